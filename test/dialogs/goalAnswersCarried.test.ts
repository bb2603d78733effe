/**
 * Goal answers that carry more than the question asked, as new users give them: the number just
 * given, put right at the next question ("sorry I meant 4"), and a yes to another goal with the
 * goal in it ("yes I want to lose weight"). Found trying the bot as new users.
 */
import { expect } from 'chai';
import { goalAfterYes, wordsAfterScore } from '../../dialogs/recognisers/heardInGoal';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { recogniseRestatedScore } from '../../dialogs/recognisers/scoreCorrection';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const phrases = createPhrases();

/** Jean at her first goal's "What exactly will you do?", having said "walk to the park" and 8. */
const toAction = [...personToFirstGoal(), 'walk to the park', '8'];
/** On to "Would you like to add another goal?", having said 8 for how sure. */
const toAnother = [...personToFirstGoal(), ...oneGoal.slice(0, -1)];

// Review 23b #7: "but I will …" after a score is what they will do; a difficulty after it is not.
describe('Reading what "but" opens after a score', () => {
  const read: Array<[string, object]> = [
    ['8 but I will start with short walks', { action: 'I will start with short walks' }],
    ['8 although I am determined', {}],
    ['8 but I will struggle', { barrier: 'I will struggle' }],
    ["8 but I'll need help", { barrier: "I'll need help" }],
    ['8 but ill health', { barrier: 'ill health' }],
  ];
  for (const [said, heard] of read) {
    it(`reads "${said}" as ${JSON.stringify(heard)}`, () => {
      expect(wordsAfterScore(said, phrases)).to.deep.equal(heard);
    });
  }
});

describe('Reading a number said again', () => {
  const restated: Array<[string, number]> = [
    ['sorry I meant 4', 4],
    ['oops, make that 6', 6],
    ['actually 4 not 8', 4],
    ['Oh sorry, I meant four!', 4],
    ['I meant 4/10', 4],
    // Found playing new users (branch `explore20`): the last answer named, not only a number said again.
    ['sorry, I meant 9 for the last one', 9],
    ['I meant 9 to the last question', 9],
    ['the last one should be 9', 9],
    ['sorry the last answer should have been 9', 9],
    ['change the last answer to 9', 9],
    ['can I change my last answer to 9 please', 9],
    ['make the last one a 9', 9],
    ['sorry I meant 6', 6],
  ];
  for (const [text, value] of restated) {
    it(`reads "${text}" as ${value}`, () => {
      expect(recogniseRestatedScore(text, phrases)).to.deep.equal({ ok: true, value });
    });
  }
  for (const text of [
    '4',
    'sorry',
    'sorry, 3 times a week',
    'I meant to walk 4 times',
    'walk to the park',
    'the last one',
    'the last one was 9 times harder',
    'walk 3 times a week for the last one',
    'change the last answer',
    // Review 25: going back is no score said again.
    'go back 2',
    'back 2',
    'go back, 3',
  ]) {
    it(`reads no number said again in "${text}"`, () => {
      expect(recogniseRestatedScore(text, phrases)).to.equal(undefined);
    });
  }
});

describe('Reading the next goal said with a yes', () => {
  const goals: Array<[string, string]> = [
    ['yes I want to lose weight', 'I want to lose weight'],
    ['yes, swimming', 'swimming'],
    ['of course - walk the dog', 'walk the dog'],
  ];
  for (const [text, goal] of goals) {
    it(`hears "${goal}" in "${text}"`, () => {
      expect(goalAfterYes(text, phrases)).to.equal(goal);
    });
  }
  // A command after the yes ("yes carry on", "yes go on") is going on, never a goal to offer.
  for (const text of [
    'yes',
    'yes please',
    'yes another one please',
    'yes but later',
    'yeah I would like to',
    'yes!',
    'yes carry on',
    'yes go on',
  ]) {
    it(`hears no goal in "${text}"`, () => {
      expect(goalAfterYes(text, phrases)).to.equal(undefined);
    });
  }
});

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Goal answers that carry more than the question asked, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);

    // "8" for how important, then at "what exactly will you do?" "sorry I meant 4": noted as what
    // they will do, with importance left at 8. ("can I change the importance to 6?" worked.)
    it('takes "sorry I meant 4" as 4 for how important, says so, and asks what they will do again', async () => {
      await sayAll(fresh.client, toAction);
      const reply = await fresh.client.say('sorry I meant 4');
      const answers = (await record()).answers;

      expect(answers['goal.1.action']?.value, allText(reply)).to.equal(undefined);
      expect(answers['goal.1.importance']?.value).to.equal(4);
      expect(allText(reply)).to.include('not 8');
      expect(lastQuestion(reply)).to.equal('goal.1.action');
    });

    it('takes "sorry I meant 4" said straight after how sure as how sure, and goes on', async () => {
      await sayAll(fresh.client, toAnother.slice(0, -1));
      await fresh.client.say('8');
      const reply = await fresh.client.say('sorry I meant 4');

      expect((await record()).answers['goal.1.confidence']?.value).to.equal(4);
      expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.moreLikely');
    });

    // Found playing new users (branch `explore20`): the correction was noted as what they will do,
    // and importance kept at the number they had just put right.
    for (const said of [
      'sorry, I meant 9 for the last one',
      'the last one should be 9',
      'change the last answer to 9',
    ]) {
      it(`takes "${said}" as 9 for how important, never as what they will do`, async () => {
        await sayAll(fresh.client, toAction);
        const reply = await fresh.client.say(said);
        const answers = (await record()).answers;

        expect(answers['goal.1.action']?.value, allText(reply)).to.equal(undefined);
        expect(answers['goal.1.importance']?.value).to.equal(9);
        expect(allText(reply)).to.include('not 8');
        expect(lastQuestion(reply)).to.equal('goal.1.action');
      });
    }

    it('changes no score on "the last one should be 9" once the answer before was no score', async () => {
      await sayAll(fresh.client, [...toAction, 'walk after lunch']);
      await fresh.client.say('the last one should be 9');

      expect((await record()).answers['goal.1.importance']?.value).to.equal(8);
    });

    it('keeps "sorry, 3 times a week" as what they will do', async () => {
      await sayAll(fresh.client, toAction);
      await fresh.client.say('sorry, 3 times a week');
      const answers = (await record()).answers;

      expect(answers['goal.1.action']?.value).to.equal('sorry, 3 times a week');
      expect(answers['goal.1.importance']?.value).to.equal(8);
    });

    it('keeps "sorry I meant 4" as what they will do once another answer came after the score', async () => {
      await sayAll(fresh.client, [...toAction, 'walk after lunch']);
      await fresh.client.say('sorry I meant 4');
      const answers = (await record()).answers;

      expect(answers['goal.1.barriers']?.value).to.equal('sorry I meant 4');
      expect(answers['goal.1.importance']?.value).to.equal(8);
    });

    // "8 and I will walk after lunch" at how important: 8 was noted and what they will do dropped (explore 23).
    it('notes 8 from "8 and I will walk after lunch", offers the rest as what they will do, and keeps it on a yes', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park']);
      const offered = await fresh.client.say('8 and I will walk after lunch');

      expect((await record()).answers['goal.1.importance']?.value).to.equal(8);
      expect(lastQuestion(offered), allText(offered)).to.equal('goal.1.action');
      expect(allText(offered)).to.include('walk after lunch');
      const kept = await fresh.client.say('yes');
      expect(lastQuestion(kept), allText(kept)).to.equal('goal.1.barriers');
      expect((await record()).answers['goal.1.action']?.value).to.equal('I will walk after lunch');
    });

    // Review 23 #9: what might stop them, said after the score, was offered as what they will do.
    for (const said of ['8 but my knees might stop me', '8 although the weather might stop me']) {
      it(`notes 8 from "${said}" and never offers the rest as what they will do`, async () => {
        await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park']);
        const reply = await fresh.client.say(said);

        expect((await record()).answers['goal.1.importance']?.value).to.equal(8);
        expect(allText(reply)).to.not.match(/Is that what you will do/);
        expect((await record()).answers['goal.1.action']).to.equal(undefined);
      });
    }

    // Review 23b #7: any "but" after the score opened what might stop them, so "8 but I will start
    // with short walks" was offered at "what might stop you?" as the barrier.
    for (const [said, action] of [
      ['8 but I will start with short walks', 'I will start with short walks'],
      ["8 but I'm going to walk after lunch", "I'm going to walk after lunch"],
      ['8 although I am determined', undefined],
    ] as const) {
      it(`notes 8 from "${said}" and never offers the rest as what might stop them`, async () => {
        await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park']);
        const offered = await fresh.client.say(said);
        expect((await record()).answers['goal.1.importance']?.value).to.equal(8);
        if (action) expect(allText(offered)).to.include(action);
        else expect(allText(offered)).to.not.match(/Is that what you will do/);
        const reply = await fresh.client.say(action ? 'yes' : 'walk after lunch');

        expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.barriers');
        expect(allText(reply)).to.not.match(/Is that what might stop you/);
      });
    }

    it('offers "my knees might stop me" from "8 but my knees might stop me" at what might stop them', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), 'walk to the park', '8 but my knees might stop me']);
      const reply = await fresh.client.say('walk after lunch');

      expect(lastQuestion(reply), allText(reply)).to.equal('goal.1.barriers');
      expect(allText(reply)).to.match(/"my knees might stop me"\. Is that what might stop you/);
    });

    // "Would you like to add another goal?" "yes I want to lose weight": noted yes, then "What is
    // something you would like to achieve?" with the goal they had just typed dropped.
    it('offers the goal in "yes I want to lose weight" to "add another goal?", and keeps it as goal 2 on a yes', async () => {
      const asked = await sayAll(fresh.client, toAnother);
      expect(lastQuestion(asked), allText(asked)).to.equal('goal.another');
      const reply = await fresh.client.say('yes I want to lose weight');

      expect(lastQuestion(reply), allText(reply)).to.equal('goal.2.text');
      expect(allText(reply)).to.include('lose weight');
      const kept = await fresh.client.say('yes');
      expect(lastQuestion(kept), allText(kept)).to.equal('goal.2.importance');
      expect((await record()).answers['goal.2.text']?.value).to.equal('I want to lose weight');
    });

    it('takes another goal given in place of the one offered', async () => {
      await sayAll(fresh.client, [...toAnother, 'yes I want to lose weight']);
      await fresh.client.say('sleep better');

      expect((await record()).answers['goal.2.text']?.value).to.equal('sleep better');
    });

    it('asks for the goal in its own words after "yes another one please"', async () => {
      await sayAll(fresh.client, toAnother);
      const reply = await fresh.client.say('yes another one please');

      expect(lastQuestion(reply), allText(reply)).to.equal('goal.2.text');
      expect(allText(reply)).to.not.include('another one');
    });
  });
}
