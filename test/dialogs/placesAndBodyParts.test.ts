/**
 * Dialog 29 at the conditions question, as a person, through the real bot. Stoke is a place:
 * "visiting stoke" was noted as a stroke (H381), where only a word that places it ("in stoke",
 * "stoke on trent") kept the town apart; "had a stoke" is still a stroke. Body parts misspelt as
 * everyday words: "my hops are bad" and "my knew is swollen" were kept only as words, with no joints
 * (H382), where "hops in beer" and "I knew" must name none.
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

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 29: Stoke the place, body parts misspelt, at the conditions on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const [words, wanted] of [
      ['had a stoke', /"stroke"/],
      ['she had a mini stoke', /"stroke"/],
      ['my hops are bad', /"musculoskeletal"/],
      ['my knew is swollen', /"musculoskeletal"/],
      ['my nees', /"musculoskeletal"/],
      ['her left knew hurts', /"musculoskeletal"/],
      ['diabetes and my hops', /"diabetes","musculoskeletal"/],
    ] as const) {
      it(`notes the condition from "${words}"`, async () => {
        expect(await conditionsFrom(app, words)).to.match(wanted);
      });
    }

    for (const [words, wrong] of [
      ['visiting stoke', /"stroke"/],
      ['diabetes, visiting stoke next week', /"stroke"/],
      ['we visited stoke', /"stroke"/],
      ['we live in stoke on trent', /"stroke"/],
      ['we live in Stoke-on-Trent', /"stroke"/],
      ['hops in beer', /"musculoskeletal"/],
      ['I knew it', /"musculoskeletal"/],
      ['diabetes, I knew you would ask', /"musculoskeletal"/],
      ['I grow hops', /"musculoskeletal"/],
    ] as const) {
      it(`does not note a condition from "${words}"`, async () => {
        expect(await conditionsFrom(app, words)).to.not.match(wrong);
      });
    }
  });
