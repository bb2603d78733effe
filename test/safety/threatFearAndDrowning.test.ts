import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply } from '../safety/screenWordings';

/**
 * Review 28 (H337): two readings of safety leftovers 28 (H327) that reached everyday words; a lift
 * promised and said to be meant ("he means it, he's never let me down") is no threat either.
 * - "He said he'll get me later" then any fear gave the harm-to-others crisis reply, though the
 *   fear was of the operation, of being late or that he would forget the lift.
 * - A cry for help with anything "drowning" gave the medical crisis reply (999), though it was the
 *   garden, the lawn or a business.
 */
const screen = createCrisisScreen();

describe('review 28: "he\'ll get me later" and a fear of something else is no threat told (H337)', () => {
  describe('a fear of the hospital, of being late, that he will forget: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      "he said he'll get me later, I'm scared he'll forget",
      "she said she'll get me tomorrow, I'm scared of the operation",
      "he says he'll get me later, I'm scared of being late",
      "she said she'll get me later I'm afraid I can't come",
      "he said he'll get me later and he means it, he's never let me down",
      "she said she'll get me later and she means it, she'll be there at 5 to pick me up",
    ]);
  });
  describe('a fear of him, or fear alone: the harm-to-others crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "he said he'll get me later, I'm scared"],
      ['harmOthers', "he said he'll get me later, I'm scared of him"],
      ['harmOthers', "he says he'll get me later, I'm terrified"],
      ['harmOthers', "she said she'll get me tonight, I'm so frightened."],
      ['harmOthers', "he said he's going to get me later, I'm scared"],
      ['harmOthers', "he said he'll get me later, I'm petrified, he means it"],
    ]);
  });
});

describe('review 28: a garden, a lawn or a business "drowning" is no one drowning (H337)', () => {
  describe('things drowning with a cry for help: nothing', () => {
    itGetsNothing(screen, [
      'help my garden is drowning',
      'help the garden is drowning',
      'please my lawn is drowning',
      'help my basil is drowning',
      'help my business is drowning',
      'help the allotment is drowning',
    ]);
  });
  describe('a person drowning with a cry for help: the medical crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', 'help my son is drowning'],
      ['medicalEmergency', 'help the child is drowning'],
      ['medicalEmergency', 'help a man is drowning'],
      ['medicalEmergency', 'help my little boy is drowning'],
      ['medicalEmergency', 'help jack is drowning'],
      ['medicalEmergency', "help he's drowning"],
      ['medicalEmergency', 'help my dad is drowning in the bath'],
    ]);
  });
});
