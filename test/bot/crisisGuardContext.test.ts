/**
 * The crisis screen reads an answer with the question it answers (explorer 22b, H120-H124). A goal
 * is something wanted: "not being here" given as one is a wish to be dead, and "How important is
 * this to you?" after it was the reply. In a goal's own steps "do it" is the goal: "I'll do it
 * tomorrow" at "What exactly will you do?" got the crisis reply and a suicide flag that always goes
 * with a shared plan. The context never silences a disclosure: other risk words are read as ever.
 * Screened with no question at all: an overdose texted without "I", and a carer's harm to the
 * person they look after told at how they are coping.
 */
import { expect } from 'chai';
import { allText, lastQuestion, type PostResult } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { samForRon } from '../support/carerScripts';
import { atQuestion, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';
import type { PreparationRecord } from '../../plan/record';

/** "Are you safe right now?" after a crisis reply, or a check-in. */
const safetyQuestions = ['safety.check', 'safety.checkIn'];

const crisisFlags = (record: PreparationRecord) => record.flags.filter((flag) => flag.kind === 'crisis');

describe('A wish to be dead given as a goal (webchat)', () => {
  const fresh = freshAppPerTest('webchat');

  for (const goal of ['not being here', 'to rest forever', 'for it all to stop', 'to see my son again in heaven']) {
    it(`asks straight about "${goal}" as a goal, never how important it is, and notes no goal`, async () => {
      const reply = await atQuestion(fresh.client, 'goal.1.text', goal);
      expect(safetyQuestions, allText(reply)).to.include(lastQuestion(reply));
      expect((await onlyRecord(fresh.running)).answers['goal.1.text']).to.equal(undefined);
    });
  }

  it('answers "to finally be at peace and not wake up" with the crisis reply, so a "no" never plans it', async () => {
    const reply = await atQuestion(fresh.client, 'goal.1.text', 'to finally be at peace and not wake up');
    expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
    const after = await fresh.client.say('no');
    expect(lastQuestion(after), allText(after)).to.not.equal('goal.1.importance');
    expect(crisisFlags(await onlyRecord(fresh.running))).to.have.length(1);
  });

  // A goal's new words are taken at the review (explore 23): a wish to be dead said so is read as one (H151).
  for (const said of [
    'change my goal to not being here',
    'change my goal to resting forever',
    'my goal should be not being here',
    'goal 1 should be for it all to stop',
  ]) {
    it(`asks straight about "${said}" at the review, never drops the words`, async () => {
      const reply = await atQuestion(fresh.client, 'review.change', said);
      expect(safetyQuestions, allText(reply)).to.include(lastQuestion(reply));
    });
  }

  for (const goal of ['to rest more in the afternoons', 'for the pain to stop so I can sleep', 'to see my son again']) {
    it(`notes "${goal}" as the goal and asks how important it is`, async () => {
      const reply = await atQuestion(fresh.client, 'goal.1.text', goal);
      expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.importance');
      expect(crisisFlags(await onlyRecord(fresh.running))).to.deep.equal([]);
    });
  }
});

describe('A goal\'s own steps, where "do it" is the goal (webchat)', () => {
  const fresh = freshAppPerTest('webchat');
  const steps: Array<[string, string, string]> = [
    ['goal.1.action', "I'll do it tomorrow", 'goal.1.barriers'],
    ['goal.1.action', 'going to do it this weekend', 'goal.1.barriers'],
    ['goal.1.barriers', 'nothing will stop me this time', 'goal.1.confidence'],
    ['goal.1.confidence', '9 I will do it this week', 'goal.another'],
  ];

  for (const [linkId, text, next] of steps) {
    it(`keeps "${text}" at ${linkId} as the answer: no safety question, no flag`, async () => {
      const reply = await atQuestion(fresh.client, linkId, text);
      expect(lastQuestion(reply), allText(reply)).to.equal(next);
      expect(crisisFlags(await onlyRecord(fresh.running))).to.deep.equal([]);
    });
  }

  it('reads "I\'ll do it tomorrow" as said after a goal that raised a check-in, even after a clear no', async () => {
    const answers = { ...plainPersonAnswers, 'goal.1.text': 'to not be a burden any more', 'safety.checkIn': 'no' };
    const reply = await atQuestion(fresh.client, 'goal.1.action', "I'll do it tomorrow", answers);
    expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
  });

  const disclosures: Array<[string, string]> = [
    ['goal.1.action', "I'll do it tomorrow, I've got the tablets saved"],
    ['goal.1.barriers', "nothing will stop me this time, I've written my goodbye letters"],
    ['goal.1.confidence', '10 I will do it this week and end my life'],
  ];
  for (const [linkId, text] of disclosures) {
    it(`still answers "${text}" at ${linkId} with the crisis reply and a flag`, async () => {
      const reply = await atQuestion(fresh.client, linkId, text);
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      expect(crisisFlags(await onlyRecord(fresh.running))).to.have.length(1);
    });
  }
});

describe('Everyday answers asked nothing about safety (webchat)', () => {
  const fresh = freshAppPerTest('webchat');
  const said: Array<[string, string]> = [
    ['whatMatters.hard', "I've had enough of this cough, it keeps me up at night"],
    ['topics.own', 'I want to stop taking my tablets, they make me sick'],
  ];

  for (const [linkId, text] of said) {
    it(`keeps "${text}" at ${linkId} with no safety question`, async () => {
      const reply = await atQuestion(fresh.client, linkId, text);
      expect(safetyQuestions, allText(reply)).to.not.include(lastQuestion(reply));
    });
  }
});

describe('An overdose texted the way texts are written (SMS)', () => {
  const texts: Array<[string, number]> = [
    ['took an overdose yesterday', 3 * 24 * 60],
    ['had an od last week', 3 * 24 * 60],
    ['od again sat night', 3 * 24 * 60],
    ['took an overdose on sunday', 10],
  ];
  for (const [text, minutes] of texts) {
    it(`answers "${text}", ${minutes} minutes after the last text, with the urgent help and a flag`, async () => {
      await withClockedApp('sms', async ({ running, client, later }) => {
        await walkTo((words) => client.say(words), 'whatMatters.hard', plainPersonAnswers);
        later(minutes);
        const reply: PostResult = await client.say(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/999/);
        expect(crisisFlags(await onlyRecord(running))).to.have.length(1);
      });
    });
  }
});

describe('A carer telling of harm they do to the person, at how they are coping (SMS)', () => {
  const fresh = freshAppPerTest('sms');
  const said = [
    'not well. sometimes I lose my temper and slap him',
    'ok. I give him an extra sleeping tablet so I can get some rest',
  ];
  for (const text of said) {
    it(`asks straight about "${text}"`, async () => {
      const reply = await atQuestion(fresh.client, 'carer.coping', text, samForRon);
      expect(safetyQuestions, allText(reply)).to.include(lastQuestion(reply));
    });
  }
});
