/**
 * The crisis screen with what a message answers (`safety/answerContext.ts`, H120-H121). A goal is
 * something wanted: given as one, "not being here" is a wish to be dead, and a goal named in any
 * message ("change my goal to resting forever") is read as wished too. At a goal's own steps "do it"
 * and "nothing will stop me" are the goal: an answer of those and when or how sure is not read,
 * and other words beside them still are. The context only ever makes a reading graver, but at a
 * goal's steps, where a crisis read whole is at least a check-in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import type { AnswerContext } from '../../safety/answerContext';
import { createCrisisScreen, type ScreenResult } from '../../safety/screen';

const screen = createCrisisScreen();
const gravity: Readonly<Record<ScreenResult['tier'], number>> = { none: 0, checkIn: 1, crisis: 2 };
const dataDir = join(__dirname, '..', 'data');
const texts = (file: string): string[] =>
  (JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as { text: string }[]).map(({ text }) => text);

/** Every blind set's disclosures, and the everyday answers of real questions. */
const disclosures = readdirSync(dataDir)
  .filter((file) => /^crisis-(blind-\d+|independent)\.json$/.test(file))
  .flatMap(texts);
const routine = JSON.parse(readFileSync(join(dataDir, 'routine-answers.json'), 'utf8')) as {
  question: string;
  text: string;
}[];

describe('A goal read as something wanted', () => {
  const wishes = [
    'not being here',
    'to rest forever',
    'for it all to stop',
    'to see my son again in heaven',
    'to finally be at peace and not wake up',
    'not existing any more',
    'being gone for good',
    'for my life to be over',
    'to meet my husband again in heaven',
    'to just not be here anymore',
    'not waking up',
  ];
  for (const goal of wishes) {
    it(`gets the suicide crisis reply for "${goal}" given as a goal`, () => {
      expect(screen.screen(goal, 'wish')).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }

  const goals = [
    'to walk to the park',
    'sleep through the night',
    'to rest more',
    'to not be in pain',
    'for the pain to stop',
    'for the noise to stop',
    'for it all to stop hurting',
    'to see my grandson again',
    'to see my son again in Australia',
    'to see my daughter again in heaven one day',
    'to be at peace with my diagnosis',
    'not being here on my own all day',
    'to go to church and pray for my husband in heaven',
    'to be here for my grandchildren',
    'get my life back',
    'being dead fit by summer',
  ];
  for (const goal of goals) {
    it(`asks nothing about "${goal}" given as a goal`, () => {
      expect(screen.screen(goal, 'wish').tier).to.equal('none');
    });
  }

  it('reads no everyday answer as graver given as a goal', () => {
    const graver = routine.filter(({ text }) => screen.screen(text, 'wish').tier !== screen.screen(text).tier);
    expect(graver.map(({ text }) => text)).to.deep.equal([]);
  });
});

describe('A goal named in any message', () => {
  for (const text of [
    'change my goal to not being here',
    'change my goal to resting forever',
    'my only goal is not existing any more',
    // A goal's new words as the review takes them (explore 23, H151).
    'my goal should be not being here',
    'goal 2 should be for it all to stop',
    'change goal 2 to not being here',
    "edit Jean's goal to resting forever",
  ]) {
    it(`asks straight about "${text}" with no question to answer`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }

  for (const text of [
    'change my goal to walking to the shops',
    'my goal is to rest more',
    'goal: sleep through the night',
    'my goal should be walk to the shops not the park',
    'change goal 2 to swimming',
  ]) {
    it(`asks nothing about "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('none');
    });
  }
});

describe("A goal's own steps, where the goal is what they will do", () => {
  const steps = [
    "I'll do it tomorrow",
    'going to do it this weekend',
    'nothing will stop me this time',
    '9 I will do it this week',
    "I'll do it tomorrow after lunch",
    "I'll do it on Monday with my daughter",
    "I'll do it when I get home from work",
    'going to do it every morning before breakfast',
  ];
  for (const text of steps) {
    it(`asks nothing about "${text}" at a goal's step, though read as said it is asked about`, () => {
      expect(screen.screen(text, 'goalStep').tier).to.equal('none');
    });
  }
  it('asks about each of the first four read as said', () => {
    expect(steps.slice(0, 4).map((text) => screen.screen(text).tier)).to.not.include('none');
  });

  const disclosed = [
    "I'll do it tomorrow, I've got the tablets saved",
    "nothing will stop me this time, I've written my goodbye letters",
    '10 I will do it this week and end my life',
    "yes often down. I've got a plan for how I'd do it and a date",
    "I can't do this any more",
    'ill do it tonight when everyone is asleep',
  ];
  for (const text of disclosed) {
    it(`still gets the crisis reply for "${text}" at a goal's step`, () => {
      expect(screen.screen(text, 'goalStep').tier).to.equal('crisis');
    });
  }
});

describe('What a message answers never silences a disclosure', function () {
  // Every blind set's disclosures (4,280 and growing), each read four times: seconds of CPU, more
  // on a loaded machine, so not held to the suite's 20 s.
  this.timeout(120_000);
  const contexts: readonly AnswerContext[] = ['wish', 'goalStep', 'coping'];
  it("keeps every blind set disclosure at least as grave, or a check-in where read whole it was the crisis reply at a goal step, and every crisis reply at a carer's coping question", () => {
    const lowered: string[] = [];
    for (const text of disclosures) {
      const said = gravity[screen.screen(text).tier];
      for (const context of contexts) {
        // At a goal's steps a crisis may become a check-in; at a carer's coping question only a
        // check-in may go (their tiredness is the answer), never a crisis.
        const floor =
          context === 'goalStep'
            ? Math.min(said, gravity.checkIn)
            : context === 'coping'
              ? said === gravity.crisis
                ? said
                : gravity.none
              : said;
        if (gravity[screen.screen(text, context).tier] < floor) lowered.push(`${context}: ${text}`);
      }
    }
    expect(disclosures.length).to.be.greaterThan(3000);
    expect(lowered).to.deep.equal([]);
  });
});
