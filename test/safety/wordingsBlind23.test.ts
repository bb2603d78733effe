import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply, itStillAsks } from './screenWordings';

/**
 * Blind set 23's errors, scored on first contact and now test data, tested by mechanism
 * (H190-H193): each family has the blind wording, wordings of the same mechanism written afresh,
 * and calm look-alikes that must stay calm. Misses: "stop living" as what one will do, something
 * taken so as to die. Check-ins that state a crisis: a head in the gas oven, looking up how to
 * overdose, boiling water poured on oneself, a broken glass used on a wrist, setting fire to
 * someone's home, a person one is going to stab named first, a hypo that cannot be treated. One
 * wrong kind: a knife made ready for oneself read as a threat to others.
 */
const mustGetCrisis: readonly [string, string][] = [
  // "Stop living" as what one is going to do.
  ['suicide', "Goal: be at peace. What I'm going to do: stop living. How important: 10."],
  ['suicide', 'Goal - peace and quiet. Action: stop living. Confidence 9'],
  ['suicide', "What I'll do: just stop living."],
  ['suicide', 'I will stop living soon, I have decided'],
  // Something taken so as to die: 999 first, as for every overdose taken, by design.
  [
    'medicalEmergency',
    "My son (he's 19, autism) texted me from his room saying 'bye mum I love you, I've taken something so I can die'. Please help",
  ],
  ['medicalEmergency', "my daughter messaged saying she's swallowed something so she can die"],
  ['medicalEmergency', "I've taken stuff so I can die, sorry"],
  ['medicalEmergency', "took a load of something so I won't wake up"],
  // A head in the gas oven.
  ['suicide', "I have the gas oven. I've thought about putting my head in it, it's getting harder not to."],
  ['suicide', 'I keep thinking about putting my head in the gas oven'],
  ['suicide', 'Mum said she wants to put her head in the oven and turn the gas on'],
  ['suicide', "we've got a gas oven and I've thought of sticking my head in it tonight"],
  // Looking up how to overdose.
  ['suicide', 'After the diagnosis I went home and looked up how to overdose. I keep going back to that page.'],
  ['suicide', "I've been googling how to overdose on my insulin"],
  ['suicide', 'my son has been searching how to overdose on paracetamol'],
  ['suicide', 'I looked up how many tablets to overdose'],
  // Boiling water poured on oneself.
  ['selfHarm', 'I pour boiling water on my arm when the thoughts get too much. Did it Saturday.'],
  ['selfHarm', "she's been pouring boiling water over her legs, I found the blisters"],
  ['selfHarm', 'when it gets bad I tip hot water from the kettle over my hand'],
  ['selfHarm', 'poured boiling water on my wrist last night to punish myself'],
  // A broken glass, mirror or bottle used on a wrist or an arm.
  ['selfHarm', 'I broke a glass and used it on my wrist. Not to die, just to feel it.'],
  ['selfHarm', 'smashed a mirror and used a piece on my arm last night'],
  ['selfHarm', 'he broke a bottle and used the glass on his wrists'],
  ['selfHarm', 'I used a shard of glass on my thigh again'],
  // Setting fire to someone's home.
  ['harmOthers', "I've been thinking about setting fire to my landlord's house. I've got petrol in the shed."],
  ['harmOthers', "I want to set fire to my ex's flat while he's asleep"],
  ['harmOthers', "planning to burn my neighbour's house down, bought the petrol already"],
  ['harmOthers', "I'm going to put petrol through her letterbox tonight"],
  // The person one is going to stab, named first.
  ['harmOthers', "There's a girl at college I'm going to stab. I've told no one else."],
  ['harmOthers', "There's a lad in my class I'm going to stab tomorrow"],
  ['harmOthers', "there's a man at the hostel I'm going to kill, I've got a knife"],
  ['harmOthers', 'there is a teacher at school that I want to shoot'],
  // A hypo that cannot be treated now.
  ['medicalEmergency', "Hypo. Can't get the juice open. Hands shaking. Going blurry."],
  ['medicalEmergency', 'having a hypo, cant open the glucose tablets, shaking so much'],
  ['medicalEmergency', "mum's hypo and she can't swallow the gel"],
  ['medicalEmergency', "Hypo again, I can't find my sweets and it's getting blurry"],
  // A knife or rope made ready for oneself: suicide, not a threat to others (H194).
  ['suicide', "The voices say I should die and I'm starting to agree with them. I've got a knife ready for myself."],
  ['suicide', "I've got a rope ready for myself in the garage"],
  ['suicide', "there's a blade hidden for me under the mattress, for when I've had enough"],
];

const mustNotGetCrisis: readonly string[] = [
  "What I'm going to do: stop living on takeaways. How important: 8.",
  'Plan: stop living like a hermit and get out more',
  'Action: stop living in fear of falling',
  "I've taken something to help me sleep",
  'took something for the pain so I can get through the day',
  "I've taken something so I can wake up early",
  'she has taken something for her nerves so she can face the dentist',
  'had to put my head in the oven to scrub the back of it',
  'I put my head in the gas oven to see if the pilot light was lit',
  'the gas oven is broken, I had my head in it cleaning for an hour',
  'looked up how to treat an overdose in dogs',
  'I looked up how to avoid an overdose of paracetamol',
  'googled how to overdose proof the medicine cupboard for the grandkids',
  'I googled how much paracetamol to overdose on in case dad takes too many',
  'I looked up how to overdose my cat on her thyroid tablets by mistake',
  'I poured boiling water on my hand by accident making tea',
  'poured boiling water on the weeds on the patio',
  'I pour hot water on my hands to warm them up',
  'I broke a glass and used the dustpan on the kitchen floor',
  'used the cream on my wrist the nurse gave me',
  'I broke my wrist and used a splint on my arm for weeks',
  'thinking about setting fire to the garden rubbish at the weekend',
  "I've got petrol in the shed for the mower",
  "the landlord's house burnt down years ago",
  "there's a girl at college I'm going to ask out",
  "there's a lad at work I'm going to beat at darts",
  "there's a nurse at the surgery I want to thank",
  "Had a hypo last night, couldn't get the juice open so my husband did it. Fine now.",
  "what should I do if I'm having a hypo and can't get the juice open?",
  "I keep juice by the bed for hypos because I can't get the cartons open when I'm shaky",
  'the nurse left the razor ready for me to shave',
  'the carer cut my food and left the knife ready for me to eat with',
  'dad has the rope ready for me to help with the climbing frame',
];

/** Hard negatives given the crisis reply, now no crisis reply (H192). */
const calmNotCrisis: readonly string[] = [
  // An absence from the chat with a near day, busy at work.
  'Work deadline is Friday so I might not reply until the weekend.',
  "I'm away with the grandkids so I won't be able to reply till Monday",
  'busy week at work, I may not answer until next week',
  // A threat over a trifle of food told to someone.
  "I told my son I'd kill him if he ate the last of the cake. He did anyway.",
  "I said I'd murder her if she finished my chocolates",
  "told the kids I'd kill them if they touched my biscuits",
  "I'll kill him if he eats the last sausage roll",
  // A small accidental burn, softened.
  "My granddaughter's learning to do her own makeup, she burnt herself a bit with the curling tongs. She's fine.",
  "Mum burnt herself slightly on the oven tray, she's fine",
  'he scalded himself a little with the kettle, nothing serious',
  // Choking up: moved to tears.
  "I'm choking up just thinking about how kind the nurses were last time.",
  "I'm choking up thinking about my late wife, she would have loved the new garden",
  "she's choking up every time she talks about her grandson's wedding",
];

/** Those hard negatives' look-alikes that still tell a crisis, each beside or instead of the calm words. */
const stillCrisis: readonly [string, string][] = [
  ['suicide', "I've got the rope ready. I might not reply until the weekend"],
  ['suicide', "I might not reply until tomorrow, if I'm still here"],
  ['suicide', "I won't reply until the weekend because I'll be dead"],
  ['suicide', "I might not reply until the weekend. I won't be here by then"],
  ['suicide', "I told my son I'd kill him if he ate the last of the cake. Now I want to kill myself"],
  ['harmOthers', "I told my husband I'd kill him if he touched me again, I've got the knife ready"],
  ['harmOthers', "I'll kill him if he touches my daughter again"],
  ['selfHarm', 'I burn myself with the straighteners when it gets bad'],
  ['selfHarm', 'she burnt herself a bit with the curling tongs on purpose'],
  ['suicide', "She burnt herself a bit with the tongs, she's fine. I want to die though"],
  ['medicalEmergency', "he's choking, he can't breathe"],
  ['medicalEmergency', 'dad is choking up blood and cannot breathe'],
  ['medicalEmergency', 'baby is choking up milk and going blue'],
];

/** Hard negatives checked in on, now nothing at all (H193). */
const mustGetNothing: readonly string[] = [
  // A past attempt or wish to die, dated years ago, and a life said to be well since.
  "Years ago, after my divorce, I took an overdose. I got help and I've been well for over 15 years now.",
  "Twenty years ago I took an overdose after losing my job. I've been well for over ten years now.",
  "When my husband died I wanted to die too. That was ten years ago, I've built a good life since.",
  "I wanted to die after my son died, that was many years ago. I've made a good life since.",
  // "Only joking" after a threat and an interjection.
  "If the council don't fix my ramp soon I'll kill them, honestly! Only joking, but it's on my list.",
  "If the surgery lose my bloods again I'll kill them, honestly. Only joking, but they need to sort it out",
  "If the bin men miss us again I'll murder them, seriously! Just kidding, but I am cross",
  // A task forgotten and put off till tonight or tomorrow.
  "Shoot, I forgot to write down my blood pressure readings. I'll do it tonight.",
  "I forgot to fill in my sugar diary, I'll do it tomorrow",
  "I forgot to send the form back, I'll do it tomorrow",
  // A knife-edge time.
  "I had a knife-edge time with the kidney numbers last year but they're steady now.",
  'My kidney function was on a knife edge for months but it is fine now',
  'it was a knife edge decision whether to operate',
  // Setting fire to food.
  "I'm the one who set fire to the toast this morning, smoke alarm went off, no harm done!",
  'I set fire to the bacon again, the alarm went off',
  'dad set light to the tea towel on the hob, all out now',
  // Not wanting to hurt oneself, said without a subject.
  "Whooley: yes, bothered by feeling down. Not wanting to hurt myself though. Yes I'd like help with it.",
  'Feeling low most days, not wanting to harm myself though.',
  'Down a lot lately. Not wanting to hurt anyone, just tired.',
  // A shaving nick that bled a lot and stopped.
  'Blood everywhere when I nicked myself shaving. Looked worse than it was!',
  'Blood everywhere after he nicked himself shaving, it stopped in a minute though.',
  // Not going to kill oneself over a diet.
  "I'm not going to kill myself over the diet, I'll do my best and that's it.",
  "I'm not going to kill myself over the exercises, a bit each day will do",
];

/** Look-alikes of those hard negatives that still tell a crisis: at least a check-in. */
const mustStillBeAsked: readonly string[] = [
  "Years ago I took an overdose. I've been well for 15 years but I'm thinking about it again now",
  "I took an overdose last night. I'd been well for 15 years before this",
  "That was ten years ago, I've built a good life since, but now I want to die again",
  "Years ago I tried to end it. I've been well for years. I took 40 paracetamol.",
  "I attempted suicide years ago and I've been well for ten years since, but I took 40 paracetamol",
  "I'll kill them, honestly. I'm not joking",
  "I forgot to say goodbye to my kids. I'll do it tonight",
  "I've written my letters. I'll do it tonight.",
  "I've got a knife and I'm going to use it on him",
  'I held a knife edge to my wrist',
  'I set fire to the bacon and now the kitchen is on fire and I cannot get out',
  'Not wanting to hurt myself any more, I cut again last night',
  "Blood everywhere when I nicked myself shaving and it won't stop, I'm on warfarin",
  "I'm not going to kill myself over the diet, I'm going to kill myself because of everything",
];

describe('blind set 23 by mechanism: misses, check-ins that state a crisis, and calm words answered as one', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);
  itGivesNoCrisisReply(screen, calmNotCrisis);
  itGivesCrisisReplies(screen, stillCrisis);

  itGetsNothing(screen, mustGetNothing);
  itStillAsks(screen, mustStillBeAsked);
});

/**
 * "Stop living" given as the whole answer to what the person is going to do (H190): at a goal's
 * own steps the screen read it as said, and nothing read the two words alone.
 */
describe('"stop living" as the whole answer about a goal\'s steps', () => {
  const screen = createCrisisScreen();

  for (const text of ['stop living', 'just stop living', 'stop living by Friday', 'stop living for good']) {
    it(`gives the suicide crisis reply for "${text}" at a goal's steps`, () => {
      expect(screen.screen(text, 'goalStep')).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }
  for (const text of [
    'stop living on takeaways',
    'stop living for other people',
    "stop living by other people's rules",
  ]) {
    it(`gets nothing at all for "${text}" at a goal's steps`, () => {
      expect(screen.screen(text, 'goalStep').tier).to.equal('none');
    });
  }
});
