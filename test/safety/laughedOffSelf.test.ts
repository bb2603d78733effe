/**
 * Review 26, finding: blind25fix's `exclude.wantedToThrottleLaughing` (H275) blanks "wanted to /
 * was ready to / nearly … kill | strangle | throttle …" followed within twelve words by a laugh
 * ("lol", "haha", "lmao"). It never asks whose life: "myself" is blanked as a receptionist is, so
 * wanting to kill oneself said with a laugh, a common way of saying it, lost the crisis reply it
 * had at 8c7ff73 (`suicide.killSelf`, `selfHarm.actOnSelf`): nothing at all, or only the learned
 * layer's check-in. Its note says it is for past exasperation with someone else.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 26: wanting to kill oneself, said with a laugh (H275)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', 'I wanted to kill myself lol'],
    ['suicide', 'I felt like I wanted to kill myself yesterday, haha'],
    ['suicide', 'honestly wanted to kill myself today haha'],
    ['suicide', 'Was ready to kill myself lmao'],
    ['selfHarm', 'I wanted to strangle myself lol'],
  ]);
});
