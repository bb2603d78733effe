import { createCrisisScreen } from '../../safety/screen';
import {
  itAsksAboutSomeoneElse,
  itAsksAtLeast,
  itChecksInOnly,
  itGetsNothing,
  itGivesCrisisReplies,
  itGivesNoCrisisReply,
} from './screenWordings';

/**
 * Safety leftovers 26b (H281-H283): an injury told as no accident after an idiom blanked it; a
 * carer telling of the person's struggle to keep going; an ex under an order at the door or the
 * workplace; and calm wordings the screen answered as a crisis (bed time with an early start, hurt
 * while being moved, a clumsy burn, living in fear). Each with fresh wordings and calm look-alikes,
 * so a fix is a family, not one string.
 */
const screen = createCrisisScreen();

describe('an injury told as no accident or on purpose (H277, H281)', () => {
  describe('told as recent: the self-harm crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['selfHarm', "I burnt my arm on the oven again, it wasn't an accident"],
      ['selfHarm', 'cut my hand on the glass yesterday, not an accident'],
      ['selfHarm', 'I scalded my hand on the kettle last night, it was not an accident'],
      ['selfHarm', 'burnt my arm on the hob again on purpose'],
    ]);
  });
  describe('said without when: at least the self-harm check-in', () => {
    itAsksAtLeast(screen, 'selfHarm', [
      "I burnt my arm on the oven, it wasn't an accident",
      'I cut my leg on the fence, not an accident',
      'she burns her hands on the iron on purpose',
    ]);
  });
  describe('an accident: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      'burnt my arm on the oven shelf, it was an accident',
      "I cut my finger chopping onions, it wasn't an accident the knife slipped",
      "I burnt my arm on the oven yesterday, it wasn't an accident the dog knocked me",
    ]);
  });
});

describe("a carer telling of the person's struggle to keep going (H282)", () => {
  itAsksAboutSomeoneElse(
    screen,
    ['mum', 'Ron'],
    [
      'mum is struggling to keep going',
      "he's struggling to keep going with it all",
      'my wife has been struggling to keep going since the stroke',
      "she's finding it really hard to keep going",
      'Ron is struggling to keep going with everything',
    ],
  );
  describe('an activity kept going, or someone or something else: nothing', () => {
    itGetsNothing(screen, [
      'mum is struggling to keep going with her exercises',
      'he is struggling to keep going to the day centre',
      'my husband is struggling to keep going on the bike',
      "she's finding it hard to keep going for walks in this weather",
      'the carer agency is struggling to keep going',
      'his old car is struggling to keep going',
      'mum is no longer struggling to keep going, the new tablets helped',
    ]);
  });
});

describe('an ex under an order at the workplace or outside (H283)', () => {
  describe('the harm-to-others crisis reply, whatever the learned layer reads', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "there's a non-molestation order but he's turned up at my work again"],
      ['harmOthers', 'my ex has broken his bail conditions and is sitting outside in his car'],
      ['harmOthers', "I've got a restraining order against him and he's turned up at my work"],
      ['harmOthers', "there's an injunction but my ex is sitting outside the house again"],
      ['harmOthers', 'she has a non-molestation order and he turned up at her work today'],
    ]);
  });
  describe('no order, or an order kept to: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      "my ex turned up at my work to drop the kids' bags",
      'the carer is sitting outside in the car',
      'my sister turned up at my work with a cake',
      "he turned up at my work before the order, he hasn't since",
      'the non-molestation order is in place and he has not turned up at my work since',
    ]);
  });
});

describe('calm wordings given the crisis reply (H277, H281)', () => {
  describe('bed time with an early start: nothing', () => {
    itGetsNothing(screen, [
      "it's time I went to sleep, I have to wake up early",
      "it's time I went to sleep, I have to wake up early tomorrow",
      'high time I went to sleep as I have to wake up early for my appointment',
      "it's about time I went to bed, I've got to get up at 6 tomorrow",
      'time for me to go to sleep, I need to be up early for work',
    ]);
  });
  describe('hurt while being moved or helped: the check-in, not the crisis reply', () => {
    itChecksInOnly(screen, 'harmOthers', [
      'my husband hurt me yesterday moving me in bed',
      'my wife hurt my shoulder yesterday turning me in bed',
      'my carer hurt me this morning lifting me out of the chair',
      'the carer hurt me when she was washing me',
    ]);
  });
  describe('a burn or cut told as clumsy: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      'burned myself with the kettle again, so clumsy',
      "cut myself on the tin lid again, I'm so clumsy",
      'scalded myself on the kettle this morning, silly me',
      "burnt myself on the oven door again, I'm so clumsy",
    ]);
  });
  describe('living in fear, worry or on ready meals: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      "I want to stop living in fear of falling, I've thought about how to make the stairs safer",
      'stop living in fear of falling',
      "I'd like to stop living in fear of another fall",
      "want to stop living in dread of the next hypo, I've thought about how to plan for it",
      'I need to stop living on ready meals',
    ]);
  });
  describe('the same words as a disclosure: still the crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "it's time I went to sleep and didn't wake up"],
      ['suicide', 'I want to stop living'],
      ['suicide', 'I want to stop living like this'],
      ['suicide', "I want to stop living, I've thought about how"],
      ['selfHarm', 'burned myself with the kettle again on purpose'],
      ['selfHarm', "burned myself with the kettle again, so clumsy, it wasn't an accident"],
      ['harmOthers', 'my husband hurt me yesterday'],
      ['harmOthers', 'my husband hurt me yesterday moving me in bed, he does it on purpose'],
    ]);
  });
});
