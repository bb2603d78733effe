/**
 * Conversation leftovers 25 (brief dialog25), each tried as a person would say it over SMS (no
 * buttons) and on web chat:
 * 1. Asking to go back to an answer ("actually go back, i want to change what matters", "wait can I
 *    change my last answer", "go back to the what matters question") was kept as the answer to the
 *    question waiting. The answer named (or the last one) is asked again; nothing else changes.
 * 2. A score said beside the goal ("walk to allotment, 8") was only offered, and lost when the next
 *    message answered the next question: it is noted as the goal's importance, never asked again.
 * 3. A bare number at a yes/no question ("1"), once asked again, was kept as the answer's words.
 *    It is asked about instead: no yes/no question offers numbered choices.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion, personToFirstGoal, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Sam, who said "family" for what matters most and "church" for what is going well. */
const samAnswers = { ...plainPersonAnswers, 'whatMatters.most': 'family', 'whatMatters.goingWell': 'church' };

/** [what is said at "what is hard?", the question it goes back to]. */
const goingBack: ReadonlyArray<[string, string]> = [
  ['actually go back, i want to change what matters', 'whatMatters.most'],
  ['go back to the what matters question', 'whatMatters.most'],
  ['back to what matters please', 'whatMatters.most'],
  ['wait, go back to what matters', 'whatMatters.most'],
  ['hang on, can I go back to what matters most?', 'whatMatters.most'],
  ['sorry go back, I want to change what matters most', 'whatMatters.most'],
  ['can we go back to the question about what matters', 'whatMatters.most'],
  ['wait can I change my last answer', 'whatMatters.goingWell'],
  ['can I change the last answer', 'whatMatters.goingWell'],
  ['hang on, can i go back to the last question', 'whatMatters.goingWell'],
  ['wait go back i got that wrong', 'whatMatters.goingWell'],
  ['go back one', 'whatMatters.goingWell'],
  ['oops go back a question', 'whatMatters.goingWell'],
  // Found trying ten more ways by SMS: each was kept as the answer to what is hard.
  ['oops wrong answer, go back', 'whatMatters.goingWell'],
  ['can i redo the last one', 'whatMatters.goingWell'],
  ['previous question please', 'whatMatters.goingWell'],
  ['can we go back a bit', 'whatMatters.goingWell'],
  ['sorry can I go back and change my answer', 'whatMatters.goingWell'],
];

/** A goal with its score beside it, in the ways people send one. */
const scoredGoals = [
  'walk to allotment, 8',
  'walk to the allotment - 8',
  'walk to the allotment, 8 out of 10',
  'walk to allotment, about an 8',
  'walk to allotment, its an 8',
  'walk to allotment, eight',
  'walk to the allotment. importance 8',
  'walk to allotment 8/10',
  'Walk to the allotment (8)',
  'walk to the allotment, 8/10',
];

/** [what is said first at the yes/no question, then the bare number]. */
const numbersAtYesNo: ReadonlyArray<readonly string[]> = [
  ['hmm', '1'],
  ['hmm', '2'],
  ['hmm', '0'],
  ['hmm', '1.'],
  ['hmm', ' 1 '],
  ['hmm', '1', '1'],
  ['hmm', '10'],
  ['hmm', '#1'],
  ['hmm', 'option 1'],
  ['hmm', 'number 2'],
  // Found trying ten more ways by SMS: each was kept as the answer's words.
  ['hmm', 'One'],
  ['hmm', '1 please'],
];

for (const channelId of ['sms', 'webchat'] as const) {
  describe(`Going back to an answer named, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [words, linkId] of goingBack) {
      it(`takes "${words}" to ${linkId}, noting nothing and keeping every answer`, async () => {
        const reply = await atQuestion(fresh.client, 'whatMatters.hard', words, samAnswers);

        expect(lastQuestion(reply), allText(reply)).to.equal(linkId);
        expect(await storedValue(fresh.running, 'whatMatters.hard')).to.equal(undefined);
        expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal('family');
        expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal('church');
      });
    }

    it('changes what matters most and comes back to what is hard', async () => {
      await atQuestion(fresh.client, 'whatMatters.hard', 'actually go back, i want to change what matters', samAnswers);
      const after = await fresh.client.say('my grandchildren');

      expect(await storedValue(fresh.running, 'whatMatters.most')).to.equal('my grandchildren');
      expect(await storedValue(fresh.running, 'whatMatters.goingWell')).to.equal('church');
      expect(lastQuestion(after), allText(after)).to.equal('whatMatters.hard');
    });
  });

  describe(`A score said beside the goal, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const goal of scoredGoals) {
      it(`keeps 8 from "${goal}" as how important it is, and never asks it again`, async () => {
        await sayAll(fresh.client, personToFirstGoal());
        const reply = await fresh.client.say(goal);

        expect(await storedValue(fresh.running, 'goal.1.importance'), allText(reply)).to.equal(8);
        expect(allText(reply)).to.match(/\b8 out of 10\b/);
        expect(lastQuestion(reply)).to.equal('goal.1.action');

        const next = await fresh.client.say('walk there on sunday');
        expect(await storedValue(fresh.running, 'goal.1.action'), allText(next)).to.equal('walk there on sunday');
        expect(await storedValue(fresh.running, 'goal.1.importance')).to.equal(8);
        expect(lastQuestion(next)).to.equal('goal.1.barriers');
      });
    }

    it('takes another score for it later ("importance 6")', async () => {
      await sayAll(fresh.client, [...personToFirstGoal(), 'walk to allotment, 8']);
      await fresh.client.say('importance 6');

      expect(await storedValue(fresh.running, 'goal.1.importance')).to.equal(6);
    });

    for (const goal of [
      'walk 20 minutes a day, 5 days a week',
      'sleep better, 8 hours a night',
      'walk to bus stop 8',
    ]) {
      it(`hears no score in "${goal}" and asks how important it is`, async () => {
        await sayAll(fresh.client, personToFirstGoal());
        const reply = await fresh.client.say(goal);

        expect(await storedValue(fresh.running, 'goal.1.importance')).to.equal(undefined);
        expect(lastQuestion(reply)).to.equal('goal.1.importance');
      });
    }
  });

  describe(`A bare number at a yes/no question, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const [at, key] of [
      ['mood.down', 'mood.down'],
      ['goal.another', 'goal.1.another'],
    ] as const) {
      for (const said of numbersAtYesNo) {
        it(`asks about "${said.at(-1)}" after ${JSON.stringify(said.slice(0, -1))} at ${at}, never keeping it`, async () => {
          await walkTo((text) => fresh.client.say(text), at, plainPersonAnswers);
          const replies = [];
          for (const text of said) replies.push(await fresh.client.say(text));
          const reply = replies.at(-1)!;

          expect(await storedValue(fresh.running, key), allText(reply)).to.equal(undefined);
          expect(lastQuestion(reply)).to.equal(at);
          expect(allText(reply)).to.match(/yes or no|YES, NO/i);
        });
      }
    }

    it('still keeps words said after being asked again ("some days")', async () => {
      await walkTo((text) => fresh.client.say(text), 'mood.down', plainPersonAnswers);
      await sayAll(fresh.client, ['hmm', 'some days more than others']);

      expect(await storedValue(fresh.running, 'mood.down')).to.equal('some days more than others');
    });
  });
}
