/**
 * Review 26, finding: safety26 (H259) moved "keep my wife safe from me" into
 * `harmOthers.safeFromMe`, with a new guard so that one's cold or germs are no threat: any of
 * "ill", "poorly", "cough" … within 60 characters after it, up to a full stop. A person who names
 * their own mental illness or temper as the danger ("I'm mentally ill", "ill tempered", "poorly with
 * my nerves") now gets nothing at all; at 8c7ff73 each got the harm-to-others check-in
 * (`harmOthers.lashedOutAtThem`), and H259 meant them to get the crisis reply.
 */
import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast } from '../safety/screenWordings';

const screen = createCrisisScreen();

describe('Review 26: keeping someone safe from oneself, with the illness named as the danger (H259)', () => {
  itAsksAtLeast(screen, 'harmOthers', [
    "I need to keep my wife safe from me, I'm mentally ill",
    'Goal: keep my wife safe from me, I get so ill tempered',
    "keep the kids safe from me, I'm so poorly with my nerves",
    "protect my mum safe from me, I'm not well, I'm ill",
  ]);
});
