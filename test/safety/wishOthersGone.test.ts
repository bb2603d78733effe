/**
 * Review 27, finding: safety27 let `suicide.wantDie` and `suicide.disappearForever` read "wish
 * he/she/they would/could …" (H295), so a wish that someone else would go away or not be here —
 * the builders next door, an ex-partner — now gets the writer the suicide crisis reply, which
 * stops the conversation to ask about their own life. At cea9ef7 these got nothing or a check-in.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

const screen = createCrisisScreen();

describe("Review 27: a wish that someone else would go away is not the writer's suicide crisis (H295)", () => {
  for (const text of [
    'I wish they would just go away for good',
    'the builders next door, I wish they would just not be here',
    'I wish she would go away and never come back',
  ])
    it(`gets no suicide crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.not.include({ tier: 'crisis', kind: 'suicide' });
    });
});
