/**
 * Review 27, findings on blind26fix's exclusions (H308), which blank words before the rest is read:
 * - `exclude.accusedOfPoisoning` was meant for someone with dementia who *thinks* they are being
 *   poisoned; its subject ("I am", "the carers are", "someone is") is optional, so "thinks/believes
 *   poisoning her/him" — a third person's own idea of poisoning someone — is blanked too.
 * - `exclude.couldThrottleAtAHabit` blanks "I could throttle her" after "keeps … every night" about a
 *   mother with dementia: a carer at breaking point, which is a safeguarding disclosure.
 * Each wording got the harm-to-others crisis reply at cea9ef7; now nothing, or a check-in.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe("Review 27: someone else's plan to poison a person is not blanked as a belief (H308)", () => {
  itGivesCrisisReplies(screen, [
    ['harmOthers', 'my husband thinks poisoning her would be kinder'],
    ['harmOthers', 'my son believes poisoning him is the only way, he said it twice'],
  ]);
});

describe('Review 27: a carer who could throttle the mother who wanders every night (H308)', () => {
  itGivesCrisisReplies(screen, [['harmOthers', 'mum keeps wandering every night, i could throttle her']]);
});
