/**
 * Review 27, finding: safety27 widened `suicide.stopBreathing`'s negative lookahead (H294, meant for
 * "stop breathing down my neck", "on my glasses", "the fumes") with bare "down", "on", "over",
 * "near", "around" and "all over". Those words also begin a place, a time or a plan ("on my
 * birthday", "over christmas", "near my family so they find me", "down here"), and nothing else
 * reads the wish: each wording below got the suicide crisis reply (or a check-in) at cea9ef7 and
 * gets nothing at all now.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 27: a wish to stop breathing said with when or where it would be (H294)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'I want to stop breathing on my birthday'],
    ['suicide', 'I want to stop breathing over christmas'],
    ['suicide', 'i just want to stop breathing around everyone'],
    ['suicide', 'I want to stop breathing near my family so they find me'],
    ['suicide', 'I want to stop breathing down here'],
    ['suicide', 'i want to stop breathing all over again'],
  ]);
});
