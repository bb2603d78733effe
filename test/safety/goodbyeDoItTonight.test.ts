/**
 * Review 27, finding: blind26fix's `setAside.goodbyeForNowFinishLater` (H308) sets a whole message
 * aside for both layers when it is a goodbye "for now" followed by "I'll finish/do/go through/carry
 * on with it/this" and an optional time. It was meant for "I'll finish the rest tomorrow when my
 * daughter's here", but "it" and "this" with "tonight" are the oldest way of saying a suicide plan:
 * each wording below got the suicide crisis reply at cea9ef7 and gets nothing at all now.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 27: a goodbye for now with "I will do it tonight" is not set aside (H308)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "Goodbye for now, I'll finish it tonight"],
    ['suicide', 'goodbye for now. im going to do it tonight'],
    ['suicide', 'Bye for now. I am going to do it tonight x'],
    ['suicide', 'see you for now, I will do it tonight'],
    ['suicide', 'cheerio for now, I will finish this tonight'],
    ['suicide', 'bye for now, ill carry on with it tonight'],
    ['suicide', 'bye for now ill finish it'],
  ]);
});
