/**
 * Dialog 30 (H435, H388 leftovers): at a 0 to 10 question a number before a count word that
 * content/scoreUnits.yaml does not list ("3 mornings", "5 sessions") was noted as a score. The rule
 * is now general: a number before a plural noun, or before "a week", "each day" and the like, is a
 * count in a goal, asked about kindly and not noted; a score with words after it is still a score.
 * Through the real bot at "How important is this to you?", Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const at = 'goal.1.importance';

/** Counts in a goal, on no list: never a score. */
const counts = [
  '3 mornings',
  '2 laps',
  '4 evenings a week',
  '5 sessions',
  'walk to the shop 3 mornings',
  '3 each day',
  '2 every morning',
  'three mornings',
  'join 2 classes',
  '6 biscuits less',
];

/** Scores with words beside them: noted as ever. */
const scores: readonly (readonly [string, number])[] = [
  ['7', 7],
  ['7 I think', 7],
  ['about 7 out of 10', 7],
  ['7 because mornings are hard', 7],
  ['7 thanks', 7],
  ['8 feels right', 8],
  ['6 perhaps', 6],
  ['9 always', 9],
  ['7 as mornings are hard', 7],
  ['5 sometimes', 5],
  ['8 its important', 8],
];

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 30: a count in a goal at a 0 to 10 question (${channelId})`, () => {
    const app = freshAppPerTest(channelId);

    for (const said of counts) {
      it(`notes no score from "${said}", and asks kindly for 0 to 10`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(undefined);
        // "join 2 classes": a digit between words may be text speak ("2" for "to"), asked plainly for a number.
        expect(allText(reply)).to.match(/part of the goal|need a number/);
        expect(lastQuestion(reply)).to.equal(at);
      });
    }

    for (const [said, score] of scores) {
      it(`still notes "${said}" as ${score}`, async () => {
        const reply = await atQuestion(app.client, at, said);

        expect(await storedValue(app.running, at), allText(reply)).to.equal(score);
      });
    }
  });
