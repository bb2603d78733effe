import { expect } from 'chai';
import type { CrisisKind } from '../../safety/kinds';
import type { AnswerContext } from '../../safety/answerContext';
import type { CrisisScreen } from '../../safety/screen';
import { whoseCrisis } from '../../safety/whose';

/** One test per wording that must get the crisis reply of its kind from the whole screen. */
export function itGivesCrisisReplies(screen: CrisisScreen, wordings: readonly (readonly [string, string])[]): void {
  for (const [kind, text] of wordings) {
    it(`gets the ${kind} crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind });
    });
  }
}

/** One test per wording that must get no crisis reply from the whole screen (a check-in may come). */
export function itGivesNoCrisisReply(screen: CrisisScreen, wordings: readonly string[]): void {
  for (const text of wordings) {
    it(`gets no crisis reply (at most a check-in) for "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('crisis');
    });
  }
}

/** One test per wording that must get nothing at all from the whole screen: no crisis reply, no check-in. */
export function itGetsNothing(screen: CrisisScreen, wordings: readonly string[]): void {
  for (const text of wordings) {
    it(`gets nothing at all for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('none');
    });
  }
}

/** One test per wording the whole screen must still ask about, at least (a check-in or the crisis reply). */
export function itStillAsks(screen: CrisisScreen, wordings: readonly string[]): void {
  for (const text of wordings) {
    it(`still asks, at least, about "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }
}

/** One test per wording that must get at least the check-in (or the crisis reply) of `kind`. */
export function itAsksAtLeast(screen: CrisisScreen, kind: CrisisKind, wordings: readonly string[]): void {
  for (const text of wordings) {
    it(`gets at least the ${kind} check-in for "${text}"`, () => {
      const found = screen.screen(text);
      expect(found.tier, JSON.stringify(found)).to.not.equal('none');
      expect(found).to.include({ kind });
    });
  }
}

/** One test per wording that must get the check-in of `kind`, not the crisis reply. */
export function itChecksInOnly(screen: CrisisScreen, kind: CrisisKind, wordings: readonly string[]): void {
  for (const text of wordings) {
    it(`gets the ${kind} check-in, not the crisis reply, for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'checkIn', kind });
    });
  }
}

/** The contexts a message about someone else's struggle is read in: as said, and at three questions. */
const everyContext: readonly (AnswerContext | undefined)[] = [undefined, 'coping', 'wish', 'goalStep'];

/**
 * For each wording about someone the carer names (`others`): at least the suicide check-in in every
 * context, read as that person's crisis, not the carer's.
 */
export function itAsksAboutSomeoneElse(
  screen: CrisisScreen,
  others: readonly string[],
  wordings: readonly string[],
): void {
  for (const text of wordings) {
    for (const context of everyContext) {
      it(`gets at least the suicide check-in for "${text}" ${context ? `at a ${context} question` : 'as said'}`, () => {
        const found = screen.screen(text, context);
        expect(found.tier, JSON.stringify(found)).to.not.equal('none');
        expect(found).to.include({ kind: 'suicide' });
      });
    }
    it(`reads "${text}" as the person's, not the carer's`, () => {
      expect(whoseCrisis(text, screen, others)).to.equal('someoneElse');
    });
  }
}
