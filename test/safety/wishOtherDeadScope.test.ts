import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast, itGivesCrisisReplies } from '../safety/screenWordings';

/**
 * Review 28 (H336): the harm-to-others check-in for a wish that someone else were dead
 * (`askFirst.wishOtherDead`, H295) read any "my …" or "the …" as a person, so a wish that one's own
 * body, legs or brain would die, or that a phone or a car would, was asked whether anyone is in danger
 * from the writer; and with `suicide.wishDead` no longer reading "I wish he was dead", the writer's
 * own wish joined to it ("… and me too") got nothing.
 */
const screen = createCrisisScreen();

/** One test per wording that must not get the harm-to-others reply or check-in. */
function itAsksNoHarmToOthers(wordings: readonly string[]): void {
  for (const text of wordings) {
    it(`does not ask about harm to others for "${text}"`, () => {
      const found = screen.screen(text);
      expect(found.tier === 'none' || found.kind !== 'harmOthers', JSON.stringify(found)).to.equal(true);
    });
  }
}

describe("review 28: a wish that one's own body, or a thing, would die is no wish to harm another (H336)", () => {
  describe('body, life or a thing: never the harm-to-others check-in', () => {
    itAsksNoHarmToOthers([
      'I wish my body would die',
      'I wish my brain would die',
      'i wish my life was dead',
      'I wish my heart would just die',
      'I wish my legs would just die',
      'I wish my knees would just die',
      'I wish my phone would die',
      'I wish my laptop would just die',
      'I wish the car would die',
      'I wish the pain would die',
      'I wish my cancer would die',
    ]);
  });
  describe("one's own body or life wished dead: the suicide check-in at least, as before", () => {
    itAsksAtLeast(screen, 'suicide', [
      'I wish my body would die',
      'I wish my brain would die',
      'i wish my life was dead',
    ]);
  });
  describe('a person wished dead: the harm-to-others check-in as H295 decided', () => {
    itAsksAtLeast(screen, 'harmOthers', [
      'I wish my husband was dead',
      'I wish my husband would just die',
      'I wish my mother in law was dead',
      'I wish my ex would drop dead',
      'I wish the neighbours would die',
      'I wish he was dead',
    ]);
  });
});

describe("review 28: the writer's own wish joined to a wish that another were dead keeps the suicide reply (H336)", () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'I wish he was dead and me too'],
    ['suicide', 'I wish he was dead. me too'],
    ['suicide', 'I wish they were dead, me as well'],
    ['suicide', 'I wish he was dead, and I wish I was too'],
    ['suicide', 'I wish she was dead and me with her'],
    ['suicide', 'I wish we were both dead'],
    ['suicide', 'I wish I was dead and so does he'],
  ]);
});
