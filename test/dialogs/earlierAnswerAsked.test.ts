/**
 * Dialog 30 (H434, H390 leftovers): at "How sure are you…?" or any 0 to 10 question, a request to
 * change an earlier answer with a count in it was noted as a score: "change the answer from two
 * goals ago" and "can I fix question 2" as 2 out of 10, with "A lower number is useful"; "the one 2
 * back" got "I need a number". Now a count back is gone back to; one the bot cannot tell (goals,
 * a question's number) is asked which; scores said with words are still scores. Through the real
 * bot, on Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Requests for an earlier answer the bot cannot find by a count: asked which, nothing noted. */
const unclear = [
  'change the answer from two goals ago',
  'can i change the answer from two goals ago',
  'can I fix question 2',
  'go back 2 goals',
  'question 2',
  'can i change question number 3 please',
];

/** Counts of questions back, at "How sure are you…?": the question they name is asked again. */
const countedBack: readonly (readonly [string, string])[] = [
  ['the one 2 back', 'goal.1.action'],
  ['go back 3 steps', 'goal.1.importance'],
  ['the one two back', 'goal.1.action'],
];

/** Scores said with words: noted as ever. */
const scores: readonly (readonly [string, number])[] = [
  ['2', 2],
  ['2 i think', 2],
  ['two, not very sure', 2],
  ['maybe 3', 3],
  ['about 7 out of 10', 7],
];

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 30: an earlier answer asked for with a count at a 0 to 10 question (${channelId})`, () => {
    const app = freshAppPerTest(channelId);

    for (const at of ['goal.1.confidence', 'goal.1.importance'])
      for (const said of unclear) {
        it(`notes no score from "${said}" at ${at}, and asks which answer`, async () => {
          const reply = await atQuestion(app.client, at, said);

          expect(await storedValue(app.running, at), allText(reply)).to.equal(undefined);
          expect(allText(reply)).to.match(/(not sure|Not sure) which answer/);
          expect(allText(reply)).to.not.match(/lower number/i);
          expect(lastQuestion(reply)).to.equal(at);
        });
      }

    for (const [said, asked] of countedBack) {
      it(`goes back to ${asked} from "${said}" at how sure, noting no score`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.confidence', said);

        expect(await storedValue(app.running, 'goal.1.confidence'), allText(reply)).to.equal(undefined);
        expect(lastQuestion(reply), allText(reply)).to.equal(asked);
      });
    }

    for (const [said, score] of scores) {
      it(`still notes "${said}" at how sure as ${score}`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.confidence', said);

        expect(await storedValue(app.running, 'goal.1.confidence'), allText(reply)).to.equal(score);
      });
    }

    it('keeps nothing from "can I fix question 2" at a question in words', async () => {
      const reply = await atQuestion(app.client, 'whatMatters.hard', 'can I fix question 2');

      expect(await storedValue(app.running, 'whatMatters.hard'), allText(reply)).to.equal(undefined);
      expect(lastQuestion(reply)).to.equal('whatMatters.hard');
    });

    for (const said of ['fix 2 parts of the fence', 'go to 2 sections of the class', 'answer 2 emails a day']) {
      it(`still keeps "${said}" as what they will do`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.action', said);

        expect(await storedValue(app.running, 'goal.1.action'), allText(reply)).to.equal(said);
      });
    }
  });
