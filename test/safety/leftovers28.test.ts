import { createCrisisScreen } from '../../safety/screen';
import {
  itAsksAboutSomeoneElse,
  itAsksAtLeast,
  itChecksInOnly,
  itGetsNothing,
  itGivesCrisisReplies,
  itGivesNoCrisisReply,
  itStillAsks,
} from './screenWordings';

/**
 * Safety leftovers 28 (H295, H299, H309, H326, H327): stopping for the day with "tomorrow"; a wish
 * that someone else were dead; a carer telling of the person's will to keep going failing after a
 * stroke; drowning with a cry for help; a threat to "get me" said to be meant; blind set 26's wrong
 * kinds. Each with fresh wordings and calm look-alikes, so a fix is a family, not one string.
 */
const screen = createCrisisScreen();

describe('stopping for the day with "tomorrow" (H299)', () => {
  describe('finishing, coming back or carrying on tomorrow, alone or tired: nothing, so the pause is reached', () => {
    itGetsNothing(screen, [
      "I'll finish tomorrow",
      "I'm tired, I'll finish tomorrow",
      "I'll come back tomorrow",
      'can I finish tomorrow',
      'ill do the rest tmrw',
      'can we finish this tomorrow',
      "I'll carry on tomorrow",
      "I'll finish this off tomorrow night",
      "I'm exhausted, can I finish tomorrow?",
      'will finish tomorrow',
      'can I come back tomorrow?',
      "I'm knackered, I'll do the rest tomorrow",
      'ill finish 2moro',
      'i will carry on tmrw x',
    ]);
  });
  describe('a farewell, intent or the means beside "tomorrow": the suicide crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "I won't be here tomorrow"],
      ['suicide', "I'll finish it tomorrow, I've got the tablets"],
      ['suicide', "I'll finish everything tomorrow, the letters are written"],
      ['suicide', "tomorrow I'll end it"],
      ['suicide', "I'll finish it tomorrow"],
      ['suicide', "I'll finish tomorrow, I've got the tablets"],
      ['suicide', "I'm tired, I'll finish it all tomorrow"],
      ['suicide', "I'll finish it off tomorrow night"],
      ['suicide', "I won't be here tmrw"],
    ]);
    itStillAsks(screen, ["I'll finish tomorrow if I'm still here", "I'll come back tomorrow if I'm still alive"]);
  });
});

describe('a wish that someone else were dead (H295)', () => {
  describe('the writer wishing another dead: at least the harm-to-others check-in, never the suicide reply', () => {
    itAsksAtLeast(screen, 'harmOthers', [
      'I wish he would just be dead',
      'I wish he was dead',
      "I wish she'd just die",
      'sometimes I wish he would just die',
      'I wish he would die',
      'honestly I wish they were all dead',
      'I wish my husband was dead',
      "I wish he'd drop dead",
    ]);
  });
  describe("one's own wish to be dead, or the person's told by a carer: the suicide crisis reply as before", () => {
    itGivesCrisisReplies(screen, [
      ['suicide', 'I wish I was dead'],
      ['suicide', 'I wish I could just be dead'],
      ['suicide', 'he wishes he was dead'],
      ['suicide', 'mum said she wishes she was dead'],
      ['suicide', 'I wish I would just die'],
    ]);
  });
});

describe("a carer telling of the person's will to keep going failing (H326)", () => {
  itAsksAboutSomeoneElse(
    screen,
    ['Ron', 'mum', 'dad', 'Jean'],
    [
      'since the stroke Ron is struggling to keep going',
      'since his fall dad is struggling to keep going',
      'after the diagnosis Jean is finding it hard to keep going',
      "Ron's given up, says he can't keep going",
      "mum says she's had enough of living",
    ],
  );
  describe('keeping going at a task, the stairs, a heart or a business: nothing', () => {
    itGetsNothing(screen, [
      'struggling to keep going with the walking',
      "can't keep going up the stairs",
      'since the stroke Ron is struggling to keep going with the walking',
      'since the stroke Ron is struggling to keep going up the stairs',
      'since the flood the business is struggling to keep going',
      'since the stroke his heart is struggling to keep going',
    ]);
  });
});

describe('drowning with a cry for help (H327)', () => {
  describe('a literal emergency in a few words: the medical crisis reply (999)', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', "help I'm drowning"],
      ['medicalEmergency', 'help im drowning!'],
      ['medicalEmergency', "help he's drowning"],
      ['medicalEmergency', 'help my son is drowning'],
      ['medicalEmergency', "please help she's drowning"],
      ['medicalEmergency', "someone help he's drowning in the pool"],
      ['medicalEmergency', "he's drowning in the pool"],
      ['medicalEmergency', "I'm drowning help"],
      ['medicalEmergency', "help I can't breathe"],
      ['medicalEmergency', "help he's choking"],
    ]);
  });
  describe('drowning in things: nothing', () => {
    itGetsNothing(screen, [
      "I'm drowning in paperwork",
      'drowning in forms',
      "help I'm drowning in paperwork",
      "help, we're drowning in forms here",
      "he's drowning in debt",
    ]);
  });
  describe('drowning said alone, no cry for help: the suicide check-in as H292 decided', () => {
    itChecksInOnly(screen, 'suicide', ["I'm drowning", "I'm drowning here"]);
  });
});

describe('a threat to "get me" said to be meant (H327)', () => {
  describe('said to be meant, feared or with harm named: the harm-to-others crisis reply', () => {
    itGivesCrisisReplies(screen, [
      ['harmOthers', "he said he'll get me later, he means it"],
      ['harmOthers', "he said he's going to get me later, I'm scared"],
      ['harmOthers', "he said he's going to hurt me when he gets home"],
      ['harmOthers', "she said she'll get me tonight and she means it"],
      ['harmOthers', "he texted that he'll get me later, he meant it"],
      ['harmOthers', "he says he'll get me later, I'm terrified"],
    ]);
  });
  describe('a lift or a pick-up: nothing', () => {
    itGetsNothing(screen, [
      "he said he's going to get me later from the station",
      "he said he'll get me later after work",
      "she said she'll get me later, we're going shopping",
      "he said he'll get me later, he means it about the lift",
    ]);
  });
  describe('"get me later" with nothing more: no crisis reply', () => {
    itGivesNoCrisisReply(screen, ["he said he's going to get me later"]);
  });
});

describe('blind set 26: the wrong kinds that can be told apart (H309)', () => {
  itGivesCrisisReplies(screen, [
    ['suicide', "I overdosed on Friday and didn't go to hospital, just slept it off. Might do it again tonight"],
    ['suicide', 'took an overdose last week, slept it off. going to do it again tonight'],
    [
      'harmOthers',
      'whats the point of goals when my ex has been parked outside every night this week and sent me a photo of my front door',
    ],
    ['harmOthers', "my ex keeps parking outside my house every night, I'm scared"],
    [
      'harmOthers',
      "I've been thinking about driving into my ex husband's car when he picks the kids up on saturday. I've picked the spot",
    ],
    [
      'harmOthers',
      'My husband beat me when I not do what he say. Yesterday he burn my hand with cigarette. I am not allow to go to the doctor alone',
    ],
    ['harmOthers', 'he stubbed his fag out on my arm last night'],
    [
      'suicide',
      "My husband said tonight he's taking the shotgun out to the top field and not coming back. He's gone quiet and locked himself in the barn",
    ],
  ]);
  describe('an overdose today, or one told with no repeat: the medical crisis reply as before', () => {
    itGivesCrisisReplies(screen, [
      ['medicalEmergency', 'I took an overdose an hour ago, might do it again tonight'],
      ['medicalEmergency', 'I overdosed this morning'],
    ]);
  });
  describe('an ex parked outside to collect the children, a gun taken out for the rabbits: no crisis reply', () => {
    itGivesNoCrisisReply(screen, [
      'my ex has been parked outside to pick up the kids',
      'he took the shotgun out to the top field for the rabbits',
    ]);
  });
  describe("a burn of one's own: self-harm as before; someone else's on the iron: nothing", () => {
    itGivesCrisisReplies(screen, [
      ['selfHarm', 'I stubbed a cigarette out on my arm last night'],
      ['selfHarm', 'he stubs his fags out on his arm when he is upset'],
    ]);
    itGetsNothing(screen, ['she burnt her hand on the iron']);
  });
});
