import { expect } from 'chai';
import { allText, lastQuestion, type PostResult } from './botClient';

/** What each kind's crisis reply says that the others do not. */
export const replyOf = {
  harmOthers: /safeguarding/i,
  mentalHealth: /SHOUT/,
  medical: /Call 999 now/,
} as const;

/** A crisis reply, named by what it says. */
export type ReplyKind = keyof typeof replyOf;

/**
 * One test per disclosure: said where `at` says it, it gets the crisis reply of its kind, with the
 * safety question after it, and none of the other kinds' lines.
 */
export function itGivesCrisisReplyOf(
  at: (text: string) => Promise<PostResult>,
  disclosures: readonly (readonly [string, ReplyKind])[],
): void {
  for (const [text, kind] of disclosures)
    it(`gives the ${kind} crisis reply for "${text}"`, async () => {
      const reply = await at(text);
      const said = allText(reply);
      expect(lastQuestion(reply), said).to.equal('safety.check');
      expect(said).to.match(replyOf[kind]);
      for (const [other, words] of Object.entries(replyOf)) if (other !== kind) expect(said).to.not.match(words);
    });
}
