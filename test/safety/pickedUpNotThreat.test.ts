/**
 * Review 27, finding: blind26fix's `harmOthers.threatToGetMe` (H307) reads "he said he'll get me" as
 * a reported threat unless a small word follows ("a", "from", "at", "on", "up", "home"…). Being
 * picked up later, after work or tomorrow — the lift to the appointment this whole service leads
 * to — is not on that list, so it now gets the harm-to-others crisis reply, which halts the
 * preparation to ask about safety. At cea9ef7 these got nothing, or a check-in.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesNoCrisisReply } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 27: being picked up later is no reported threat (H307)', () => {
  itGivesNoCrisisReply(screen, [
    'they said theyre coming to get me tomorrow',
    'he said he would get me after work',
    "he said he's going to get me later",
  ]);
});

/**
 * The same review: blind26fix's `harmOthers.goingToBatterMe` (H307) lists "kill" beside "batter" and
 * takes "again" or "when he gets back" as proof, so the everyday "my dad is going to kill me again,
 * I failed my test" (a check-in at cea9ef7) and "ma man's gonnae kill me when he gets back, I lost
 * the dog" (nothing at cea9ef7: `exclude.killMeIf` knows "going to", not "gonnae") now get the
 * crisis reply. A check-in asks; the crisis reply halts.
 */
describe('Review 27: "going to kill me" for a failed test or a lost dog is not the crisis reply (H307)', () => {
  itGivesNoCrisisReply(screen, [
    'my dad is going to kill me again, I failed my test',
    "ma man's gonnae kill me when he gets back, I lost the dog",
  ]);
});
