/**
 * A blind set's families in the conversation, at "What is hard?", on web chat and SMS: each
 * disclosure gets its kind's crisis reply and none of the others' lines; each hard negative gets no
 * crisis lines and no check-in. Shared by the blind-set tests (test/bot/blind29.test.ts, …).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from './botClient';
import { atQuestion } from './scripts';
import { freshAppPerTest } from './startApp';

/** What each kind's crisis reply says that the others do not. */
export const replyOf = {
  harmOthers: /safeguarding/i,
  mentalHealth: /SHOUT/,
  medical: /Call 999 now/,
} as const;

export type ReplyKind = keyof typeof replyOf;

export function describeFamiliesAtHard(
  set: string,
  disclosures: readonly (readonly [string, ReplyKind])[],
  hardNegatives: readonly string[],
): void {
  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`${set}'s families at "What is hard?", on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);
      const at = (text: string) => atQuestion(fresh.client, 'whatMatters.hard', text);

      for (const [text, kind] of disclosures)
        it(`gives the ${kind} crisis reply for "${text}"`, async () => {
          const reply = await at(text);
          const said = allText(reply);
          expect(lastQuestion(reply), said).to.equal('safety.check');
          expect(said).to.match(replyOf[kind]);
          for (const [other, words] of Object.entries(replyOf)) if (other !== kind) expect(said).to.not.match(words);
        });

      for (const text of hardNegatives)
        it(`gives no crisis lines and no check-in for "${text}"`, async () => {
          const reply = await at(text);
          expect(lastQuestion(reply)).to.not.be.oneOf(['safety.check', 'safety.checkIn']);
          expect(allText(reply)).to.not.match(/999|116 123|in danger of being hurt|thoughts of ending/);
        });
    });
  }
}
