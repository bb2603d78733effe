/**
 * Review 26, findings on blind25fix's new exclusions (H275), which blank words before the rest is
 * read. Each wording below got the crisis reply at 8c7ff73 (the pattern named beside it), and
 * gets less now:
 * - `exclude.riskQuestionNotRelevant` blanks "the question about hurting myself isn't relevant",
 *   so what follows ("I already do it every night") has nothing left to refer to: self-harm told
 *   outright gets nothing at all; its only guard is "because I have/did …" straight after.
 * - `exclude.characterInAStory` blanks the film's jump, and the writer's own identification with it
 *   ("I've thought about doing that myself") is only a check-in: its guard knows "do the same",
 *   "like him", "i could do", not "doing that", "I get it" or "I want to as well".
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 26: self-harm told after saying the question about it does not apply (H275)', () => {
  itGivesCrisisReplies(screen, [
    // selfHarm.actOnSelf at 8c7ff73
    ['selfHarm', "the question about hurting myself isn't relevant, I already do it every night"],
    ['selfHarm', "the question about hurting myself isn't relevant to me, I do it anyway"],
    // selfHarm.word at 8c7ff73
    ['selfHarm', "the bit about self harm doesn't apply to me, been doing it for years"],
    // suicide.killSelf at 8c7ff73
    ['suicide', "the question about killing myself isn't relevant, I've decided"],
  ]);
});

describe("Review 26: the writer's own pull towards what a film's character did (H275)", () => {
  itGivesCrisisReplies(screen, [
    // suicide.method.jump at 8c7ff73
    ['suicide', "The guy in the film jumped off a bridge at the end. I've thought about doing that myself"],
    ['suicide', "The man in the film jumped off a bridge and honestly I get it, I've been stood on the one near ours"],
    // suicide.cooc.placeAndIntent at 8c7ff73
    ['suicide', 'the woman in the book walked into the sea. I understand why she did it, I want to as well'],
  ]);
});
