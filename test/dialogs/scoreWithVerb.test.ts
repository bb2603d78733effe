/**
 * Dialog 31 (H481, H435 leftovers): at a 0 to 10 question "7 helps" or "a 7 helps me" was read as a
 * count in a goal ("7 laps") and asked again. A number said as a score with a verb after it ("7
 * helps me", "a 7 suits me", "8 motivates me") is that score; a number before a count ("7 days", "7
 * laps", "walk 7 laps") is still no score. Through the real bot at "How important is this to you?",
 * Web Chat and SMS, with the wordings people use for a score ("sevn", "ten out of ten", "10/10",
 * "🔟") and what holds none (emoji alone, a pasted list).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const at = 'goal.1.importance';

/** Scores said with a verb after them, or with "a": noted as that score. */
const scores: readonly (readonly [string, number])[] = [
  ['7 helps', 7],
  ['a 7 helps me', 7],
  ['7 helps me', 7],
  ['seven helps', 7],
  ['a 7 suits me', 7],
  ['8 motivates me', 8],
  ['7 keeps me going', 7],
  ['an 8 matters to me', 8],
  ['sevn', 7],
  ['ten out of ten', 10],
  ['10/10', 10],
  ['🔟', 10],
];

/** Counts in a goal, and what holds no score (emoji alone, a pasted list): never a score, asked kindly. */
const counts = [
  '7 days',
  '7 laps',
  'walk 7 laps',
  '3 mornings',
  '5 sessions helps me',
  'do 2 laps',
  '👍',
  '😀😀',
  '1. walk\n2. swim\n3. garden',
];

/** Two numbers: asked which, nothing noted. */
const twoNumbers: readonly (readonly [string, string])[] = [
  ['5 or 6', '5 or 6'],
  ['between 6 and 7', '6 or 7'],
];

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 31: a score with a verb after it at a 0 to 10 question (${channelId})`, () => {
    const app = freshAppPerTest(channelId);

    for (const [said, score] of scores) {
      it(`notes ${score} from "${said}"`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(score);
        expect(lastQuestion(reply)).to.not.equal(at);
      });
    }

    for (const said of counts) {
      it(`notes no score from ${JSON.stringify(said)}, and asks kindly for 0 to 10`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(undefined);
        expect(allText(reply)).to.match(/part of the goal|need a number/);
        expect(lastQuestion(reply)).to.equal(at);
      });
    }

    for (const [said, which] of twoNumbers) {
      it(`asks which of ${which} after "${said}", noting nothing`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(undefined);
        expect(allText(reply)).to.include(which);
        expect(lastQuestion(reply)).to.equal(at);
      });
    }
  });
