/**
 * A blind set's families in the conversation, at "What is hard?", on web chat and SMS: each
 * disclosure gets its kind's crisis reply and none of the others' lines; each hard negative gets no
 * crisis lines and no check-in. Shared by the blind-set tests (test/bot/blind29.test.ts, …).
 */
import { expect } from 'chai';
import { allText, lastQuestion } from './botClient';
import { itGivesCrisisReplyOf, type ReplyKind } from './crisisReplies';
import { atQuestion } from './scripts';
import { freshAppPerTest } from './startApp';

export type { ReplyKind } from './crisisReplies';

export function describeFamiliesAtHard(
  set: string,
  disclosures: readonly (readonly [string, ReplyKind])[],
  hardNegatives: readonly string[],
): void {
  for (const channelId of ['webchat', 'sms'] as const) {
    describe(`${set}'s families at "What is hard?", on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);
      const at = (text: string) => atQuestion(fresh.client, 'whatMatters.hard', text);

      itGivesCrisisReplyOf(at, disclosures);

      for (const text of hardNegatives)
        it(`gives no crisis lines and no check-in for "${text}"`, async () => {
          const reply = await at(text);
          expect(lastQuestion(reply)).to.not.be.oneOf(['safety.check', 'safety.checkIn']);
          expect(allText(reply)).to.not.match(/999|116 123|in danger of being hurt|thoughts of ending/);
        });
    });
  }
}
