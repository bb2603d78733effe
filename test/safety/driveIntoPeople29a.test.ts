import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies } from '../safety/screenWordings';

/**
 * Late 29a (H414): driving a car into people said in the present or as a habit ("i drive my car
 * into people", "i drive into the crowd") or as what will be done to "them" ("i'll drive into
 * them") got nothing; a car driven into the garage, said plainly, got the suicide crisis reply.
 */
const screen = createCrisisScreen();

describe('driving into people said in the present, as a habit or at "them" (H414)', () => {
  describe('the harm-to-others crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', 'i drive my car into people'],
      ['harmOthers', 'I drive my car into people'],
      ['harmOthers', "i'll drive into them"],
      ['harmOthers', 'ill drive into them'],
      ['harmOthers', 'i drive into the crowd'],
      ['harmOthers', 'i drive into crowds'],
      ['harmOthers', 'i keep driving my car into people'],
      ['harmOthers', 'i always drive the car into pedestrians'],
      ['harmOthers', 'I just drive my van into people'],
      ['harmOthers', "he'll drive into them"],
      ['harmOthers', "I'm going to drive my car into people"],
      ['harmOthers', 'I get thoughts about driving my car into the people at the bus stop'],
    ]);
  });
  describe('a garage, town or a pothole: nothing', () => {
    itGetsNothing(screen, [
      'I drive my car into the garage',
      'i drive into the garage',
      'I drive my car into the garage every night',
      'he drives the van into the garage',
      'drive into town',
      'I drive into town on Saturdays',
      'drove into a pothole',
      'I drove into a pothole on the way to the surgery',
      'i ran into people i know at the shop',
    ]);
  });
  describe('the garage with the engine running or anything beside it: as before', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "I'll drive my car into the garage tonight and leave the engine running"],
      ['suicide', "I'm going to drive my car into a wall tonight"],
    ]);
  });
});
