/**
 * Review 28 (H339): the words that only look like a condition (`notConditionWords`, H315) took
 * "stoke" as never a stroke and "back again" as never the back, so "she had a stoke" (a common slip
 * for stroke) and "my back again" noted nothing and were asked again. Through the real bot at the
 * conditions question, as a person.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

/** The conditions noted (ids, and words kept as said) after `words` at the conditions question. */
async function conditionsFrom(app: ReturnType<typeof freshAppPerTest>, words: string): Promise<string> {
  await sayAll(app.client, ['hi', 'me', 'Ann']);
  const answered = await app.client.say(words);
  const record = await onlyRecord(app.running);
  return `${JSON.stringify(record.answers.conditions?.value ?? null)} | ${allText(answered)}`;
}

describe('Review 28: a stroke misspelt, the back again, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const [words, wanted] of [
    ['she had a stoke', /"stroke"/],
    ['I had a stoke last year', /"stroke"/],
    ['stoke', /"stroke"/],
    ['my back again', /"musculoskeletal"/],
    ['the back again', /"musculoskeletal"/],
    ['mini stoke', /"stroke"/],
  ] as const) {
    it(`notes the condition from "${words}"`, async () => {
      expect(await conditionsFrom(app, words)).to.match(wanted);
    });
  }

  // The town, and coming back, are still no condition.
  for (const [words, wrong] of [
    ['we live in stoke', /"stroke"/],
    ['I grew up near stoke on trent', /"stroke"/],
    ['can we come back to this', /"musculoskeletal"/],
    ["I'll be back again later", /"musculoskeletal"/],
  ] as const) {
    it(`does not note a condition from "${words}"`, async () => {
      expect(await conditionsFrom(app, words)).to.not.match(wrong);
    });
  }
});
