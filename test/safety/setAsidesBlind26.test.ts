/**
 * Review 27, findings on set-asides and an exclusion new this session, which blank words (or the
 * whole message) for both layers before the rest is read:
 * - safety27's `setAside.carAtTheGarage` (H292) blanks "the car is at the garage" whatever comes
 *   next unless a car-fumes word is near; a method swapped because the car is away ("so it will
 *   have to be the tablets instead", "I'll use the gas cooker instead") then stands alone and is
 *   read as nothing. At cea9ef7 these got the crisis reply, or a check-in.
 * - blind26fix's `setAside.readyToGoOnAWalk` (H308) needs no walk at all: "ready to go", a bag packed
 *   or tickets bought, and "off tomorrow" is set aside as a whole. At cea9ef7 the crisis reply.
 * - blind26fix's `exclude.bodyPartKillingThem` (H308) blanks "her hands are killing him": another
 *   person's hands, not one's own aching body. At cea9ef7 the harm-to-others crisis reply.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itStillAsks } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 27: a way of dying chosen because the car is at the garage (H292)', () => {
  itGivesCrisisReplies(screen, [['suicide', 'the car is at the garage, so it will have to be the tablets instead']]);
  itStillAsks(screen, ["the car is at the garage. I'll use the gas cooker instead"]);
});

describe('Review 27: "ready to go" with a bag packed and no walk named is not set aside (H308)', () => {
  itStillAsks(screen, [
    "I'm ready to go. bag packed, tickets bought, off tomorrow",
    'im ready to go. map bought, route planned, off on saturday',
  ]);
});

describe("Review 27: someone else's hands killing a person are no aching body part (H308)", () => {
  itGivesCrisisReplies(screen, [['harmOthers', 'her hands are killing him']]);
});
