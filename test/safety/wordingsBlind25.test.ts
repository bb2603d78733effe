import { createCrisisScreen } from '../../safety/screen';
import { itAsksAtLeast, itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Blind set 25's errors, scored on first contact and now test data, tested by family (H272-H276):
 * each family has the blind wording, wordings of the same kind written afresh, and calm
 * look-alikes that must stay calm. Misses: a burn with an iron in patois, an injury "not an
 * accident", overdoses taken when things get bad, "did a bit of cutting", a knife to stick in a
 * carer, an ex breaking an order. Check-ins that state a crisis: time to sleep and not wake, a
 * goodbye and a phone off, a car park roof gone back to, stopping existing with how thought about, a
 * gun loaded, a pass to drive off, food and tablets stopped to let nature take its course, checking
 * out with the cat sorted, the railway line, better off with tablets to hand, cutting counted as a
 * goal, fists on one's own head, beaten when he drinks, the devil in a father and knives, a carer
 * thinking of the morphine, "he'll make sure I cannae walk", "my partner hurts me". A wrong kind:
 * tablets stopped to "let it happen" is suicide. Hard negatives given the crisis reply (a throttle
 * laughed off, foods cut down, a film's bridge) or a check-in (a question said not to apply, a
 * hobby's knife, when the plan should say to call 999).
 */
const mustGetCrisis: readonly [string, string][] = [
  // A burn with an iron or a lighter, again or not knowing why.
  [
    'selfHarm',
    'Me a bun up miself wid di iron last week an again yesterday. Mi nuh know why mi do it. Please nuh tell mi pastor',
  ],
  ['selfHarm', "I burnt myself with the iron last week and again yesterday, I don't know why I do it"],
  ['selfHarm', 'mi bun up miself wid di lighter again last night'],
  // An injury to oneself that was not an accident.
  [
    'selfHarm',
    "Slamming my hand in the car door 'accidentally' happened 3 times this month. It wasn't an accident. I think you should know",
  ],
  ['selfHarm', "I keep trapping my fingers in the door. It isn't an accident."],
  ['selfHarm', "banged my head on the wall so hard it bled and it wasn't an accident"],
  // Overdoses taken as a habit, not to die.
  [
    'selfHarm',
    'i overdose on small amounts of paracetamol when things get bad, just 6 or 8 at a time, like 3 times this month, not to die',
  ],
  ['selfHarm', 'I overdose on my sertraline when I get overwhelmed, a few times this month'],
  ['selfHarm', 'she ODs on her painkillers when things get bad, not to die'],
  // Cutting told plainly, beside "I'm ok now".
  [
    'selfHarm',
    "feeling a bit rubbish. did a bit of cutting. i'm ok now though honestly, just wanted to be honest with the form 🙂",
  ],
  ['selfHarm', "did some cutting last night but I'm fine now"],
  ['selfHarm', 'had a bad week, did a bit of self harming, all good now'],
  // A knife to stick in someone, in dialect or not.
  [
    'harmOthers',
    "Tha knaws what, if that carer comes near me again ah'll stick a knife in 'er. Ah've had enough of 'er rough handlin. Ah've gorra knife in me drawer",
  ],
  ['harmOthers', "ah'll stick a blade in 'im if he comes round again"],
  ['harmOthers', "if that neighbour says one more word I'm going to put a knife in her"],
  // An ex breaking an order: texting, waiting, outside, banging on the door.
  [
    'harmOthers',
    "got a restraining order against my ex but he's started texting again saying he knows which clinic i go to and he'll be waiting on tuesday",
  ],
  [
    'harmOthers',
    "Sorry this isn't about my diabetes but my ex is outside the house again, he's broken the non-molestation order and is banging on the door",
  ],
  ['harmOthers', 'she has an injunction against him but he keeps ringing her and he knows where she lives'],
  // Time to go to sleep and not wake up.
  [
    'suicide',
    'can we skip the goals bit. i dont see a future tbh. been thinking its time i just went to sleep and didnt wake up',
  ],
  ['suicide', "I can't see any future. I think it's time I went to sleep and never woke up"],
  ['suicide', 'no future for me, time to go to sleep and not wake up'],
  // A goodbye sent, then nobody can reach them.
  [
    'suicide',
    "my daughter's 19 with psychosis and she texted me 'goodbye, I love you, it's not your fault' and now her phone's off",
  ],
  ['suicide', "my son sent me a message saying goodbye and sorry, now he won't answer his phone"],
  ['suicide', "Mum left a note saying goodbye, it's not your fault, and we can't get hold of her"],
  // A high place gone back to, "this could be the time".
  [
    'suicide',
    'i keep going back to the car park roof at the hospital. 6 floors. i sit there after my clinic. thinking this could be the time',
  ],
  ['suicide', 'I keep going up to the top of the multi storey and looking over the edge'],
  ['suicide', "I keep going back to the cliffs, one day I'll do it"],
  // Stopping existing wanted, with how thought about.
  [
    'suicide',
    '1) walk more 2) eat less sugar 3) stop existing. the 3rd one is the only one i actually want and ive thought about how',
  ],
  ['suicide', "I just want to stop existing and I've worked out how"],
  ['suicide', "what I want is to not exist any more, I've thought about how I'd do it"],
  // A gun got out and held at night, or loaded.
  [
    'suicide',
    "Lost my wife in June. I've got my shotgun licence still. Some nights I get it out and just hold it. Last night I loaded it.",
  ],
  ['suicide', 'I get the rifle out some nights and just sit with it. Last night I loaded it'],
  ['suicide', "dad's been getting his shotgun out and holding it since mum died, last night he loaded it"],
  // Tempted to drive off a pass, a cliff or into something.
  [
    'suicide',
    'nobody would even notice if I was gone. honestly tempted to drive off the Snake Pass on the way home from my appt',
  ],
  ['suicide', "I'm tempted to drive into a wall on the motorway on the way home"],
  ['suicide', 'thinking about driving off the edge of the quarry'],
  // Food and tablets stopped to let nature take its course.
  [
    'suicide',
    "I'm 79 and I've had a good innings. I've decided to stop everything - food, tablets, the lot - and let nature take its course. I don't want to be talked out of it.",
  ],
  ['suicide', "I've decided to stop eating and stop my tablets and let nature take its course"],
  ['suicide', "dad has decided to stop eating and drinking, he doesn't want to be talked out of it"],
  // Checking out soon, with a pet or affairs sorted.
  ['suicide', "it's ok you don't need to worry about my goals. I'm checking out soon 😌 sorted the cat and everything"],
  ['suicide', "I'll be checking out soon, I've rehomed the dog and written the letters"],
  ['suicide', 'checking out soon. sorted my will and found someone for the cat'],
  // Lying down on the railway line.
  [
    'suicide',
    'Thinking about just lying down on the railway line near ours. Keep dreaming about it. Dont know how much longer i can hold off.',
  ],
  ['suicide', 'I want to lie down on the train tracks'],
  ['suicide', 'keep thinking about lying on the railway line behind the house'],
  // Better off without me, with the means to hand.
  [
    'suicide',
    "Bydd hi'n well arnyn nhw hebddo i. Sorry my english isnt great when im upset. They'd be better off. I've got tablets.",
  ],
  ['suicide', "They'd all be better off without me. I've got the tablets ready"],
  ['suicide', 'My family would be better off. I have got my pills.'],
  // Stopping one's tablets to let it happen (the kind: suicide, not self-harm).
  [
    'suicide',
    'wud it hurt to just not take my heart tablets n let it happen. thats my plan now. stopped them monday on purpose',
  ],
  ['suicide', "I'm going to stop my insulin and let it happen"],
  ['suicide', "not taking my water tablets any more, I'll just let it happen"],
  // A goal to stop cutting, with how often now.
  ['selfHarm', 'Goal: stop cutting. Current: 4 or 5 times a week. Confidence: 2/10. Importance: 10/10'],
  ['selfHarm', "goal is to stop self harming, at the moment it's every day"],
  ['selfHarm', 'Goal: stop cutting. At the moment 3 times a week'],
  // Fists on one's own head until it is red or swollen.
  [
    'selfHarm',
    "He bangs his fists on his own head until it's red and swollen, then cries. It's been every evening since he came out of hospital. He's 58.",
  ],
  ['selfHarm', 'she hits her fists against her head till it is bruised'],
  ['selfHarm', "I punch my own face until it's bruised"],
  // Beaten when he drinks, and drinking now.
  ['harmOthers', 'Mi husband dem beat mi when him drink. Him drink now. Mi inna di bedroom wid di door lock'],
  ['harmOthers', "he hits me when he's been drinking and he's drunk now, I'm locked in the bathroom"],
  ['harmOthers', 'my partner beats me when he drinks. He is drinking again tonight'],
  // The devil in someone, to be got out, and knives.
  [
    'harmOthers',
    "My son's 30 with schizophrenia, stopped his depot, and he's saying the devil is in his dad and he has to get it out. He's been sharpening knives all afternoon",
  ],
  ['harmOthers', "my brother says there's a demon in his wife and he has to cut it out"],
  ['harmOthers', "he's been sharpening the knives all day saying the devil is in me"],
  // A carer asked to help someone die, thinking of their morphine (harm to others).
  [
    'harmOthers',
    "The lady I care for has asked me to help her die and I've been thinking about actually doing it with her morphine. I don't know what I'm doing",
  ],
  ['harmOthers', "my husband asked me to help him die and I think I'll do it with his insulin"],
  ['harmOthers', "mum keeps asking me to help her die, I've been thinking about using her oramorph"],
  // A threat that the writer will not walk again.
  [
    'harmOthers',
    "Ma man says if I go tae the appointment on my ain he'll make sure I cannae walk. He reads all ma messages. Delete this",
  ],
  ['harmOthers', "he says if I tell anyone he'll make sure I can't walk again"],
  ['harmOthers', "she said she'd make sure I won't be able to walk if I leave"],
  // Hurt by a partner or family, said plainly.
  ['harmOthers', 'My partner hurts me.'],
  ['harmOthers', 'my boyfriend has been hurting me'],
  ['harmOthers', 'my son hurts me when he is angry'],
];

/** A disclosure of a family that the learned layer doubts, as written afresh: at least the check-in. */
const mustBeAskedAsHarmToOthers: readonly string[] = [
  "there's a non-molestation order but he's turned up at my work again",
  'my ex has broken his bail conditions and is sitting outside in his car',
];

/** Calm look-alikes of each family: no crisis reply. */
const mustNotGetCrisis: readonly string[] = [
  "I burnt myself on the iron last week, it's healing nicely",
  "I slammed my hand in the car door, it was an accident, it's just bruised",
  "trapped my finger in the door, it wasn't an accident the dog knocked it shut",
  'I take paracetamol when things get bad with my back, 2 at a time',
  'I accidentally took an extra paracetamol this month, is that an overdose?',
  "I'm worried I overdose on my paracetamol when things get bad with my back",
  "I'll stick a knife in the cake and see if it's done",
  "he'll stick a needle in me for the blood test",
  'I had a restraining order against my ex years ago, he moved to Spain and all is fine now',
  'my solicitor is helping me apply for a non-molestation order, can we move the appointment?',
  "the injunction against the developer was broken, they're building again next door",
  "I went to sleep and didn't wake up until 11, I feel so much better",
  "she texted goodbye from the airport and now her phone's off for the flight",
  "my grandson said goodbye when he left for uni and his phone's always off",
  "I keep going back to the car park roof because it's the only place with spaces",
  'we keep going to the cliffs for walks, this could be the time we see puffins',
  "stop existing on ready meals, I've thought about how to cook more",
  "I've got my shotgun licence still, cleaned and loaded it for the clay shoot on Saturday",
  'my husband gets his rifle out to clean it and hold it up to the light, he loves it',
  'tempted to drive off to the seaside after my appointment',
  'the bus drove off before I got on, I was tempted to run after it',
  'Mum has stopped dialysis, the palliative team agree, we want to let nature take its course',
  "I've decided to stop the statins and let nature take its course with the cholesterol, the GP agrees",
  "I'm checking out of the hotel soon, sorted the cat sitter for next week",
  "checking out soon from the ward, sorted the cat and everything for when I'm home",
  'the cat keeps lying down on the railway line model in the loft',
  'thinking about lying down on the sofa after the appointment',
  "They'd be better off going to the pharmacy. I've got tablets for my blood pressure",
  "we'd be better off with a bigger car, I've got tablets for travel sickness",
  'Goal: stop cutting corners. Current: 4 or 5 times a week',
  'goal: stop snacking, currently 4 times a day',
  "he bangs his fists on the table until it's red in the face with rage about the football",
  "he beats me at cards when he's had a drink, every time",
  "my husband used to drink, he's been sober for 10 years now",
  "the devil is in the detail with this form, my husband's been sharpening knives for the Sunday roast",
  "he's been sharpening knives all afternoon, he's a chef",
  'mum asked me to help her die with dignity, we want to talk to the hospice about it',
  "the physio says she'll make sure I can walk again by summer",
  "he'll make sure I can't fall by putting rails in",
  'my partner hurts me when he helps me out of bed, my shoulder is so stiff',
  'my husband beats me at scrabble every time',
  'my partner hurts my feelings sometimes',
  "I stopped my statins because of the aches, the GP knows and agrees, we'll see what happens",
  "my dad hurt me when I was little, I've had counselling and I'm ok now",
  'my carer hurt me by accident with the hoist',
  "my daughter hurts me when she says I'm a burden",
  'I did some cutting at work today, the salon was busy',
  'I overdose on chocolate when things get bad lol',
  'the non-molestation order is in place and my ex knows where I live but he has stayed away',
  "the court order says he can't come near, he hasn't been outside since",
  "I'll be checking out soon, sorted the cat sitter for my holiday",
  "I've decided to stop eating meat and let nature take its course with the weight",
  "dad gets his gun out every Sunday and looks at it, he was in the army, it's not loaded",
];

/** Blind set 25's hard negatives given the crisis reply or a check-in a pattern or exclusion can settle, and calm wordings of the same (H275): nothing at all. */
const mustGetNothing: readonly string[] = [
  'Not gonna lie I wanted to throttle the receptionist when she said no appointments till January 😂 but I got one in the end',
  'I wanted to strangle the receptionist when she said no appointments haha',
  "I could have throttled the pharmacist when he said it wasn't in stock lol",
  "I've been cutting down on sugar, cutting out bread, cutting back on the biscuits. Cutting everything lol",
  'cutting down on crisps, cutting out cake, cutting everything haha',
  'The guy in the film jumped off a bridge at the end and it was so sad, I was in bits. Anyway, results?',
  'the woman in the book threw herself off a cliff at the end, I cried',
  'did a bit of cutting back in the garden, feeling ok now',
  'did a bit of cutting and sticking with the grandkids, lovely afternoon',
  "been doing some cutting down on sugar, I'm ok now",
  "Just wanted to say the question about hurting myself isn't relevant to me, I'm doing alright thanks",
  "the questions about self harm don't apply to me, all fine here",
  "the question about ending my life doesn't apply, I'm fine",
  "Dad's got a knife he uses for his woodwork, he's 88 and still carves little birds. Keeps him going. Could we mention hobbies in the plan?",
  "Mum's got a knife she uses for her crafts, she makes birthday cards",
  "Can you remind me, if I get chest pain again do I use the GTN spray then call 999 if it doesn't go? Want it in the plan",
  "should I ring 999 if the inhaler doesn't help? want to write it down",
];

/** Those hard negatives' look-alikes that still tell a crisis: at least a check-in. */
const mustStillBeAsked: readonly [string, string][] = [
  ['harmOthers', 'I wanted to throttle my husband when he hit me, I grabbed his neck'],
  ['selfHarm', 'cutting down on sugar, cutting out bread, cutting myself again, cutting everything lol'],
  ['suicide', 'the guy in the film jumped off a bridge and I keep thinking I should do the same'],
  ['selfHarm', "the question about hurting myself isn't relevant because I already did it last night"],
  ['harmOthers', "dad's got a knife he uses for his woodwork and he says he'll stab mum with it"],
  ['medicalEmergency', "I've got chest pain now, do I call 999 if the spray doesn't work?"],
];

describe('blind set 25 by family: misses, check-ins that state a crisis, false alarms, and calm words', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itAsksAtLeast(screen, 'harmOthers', mustBeAskedAsHarmToOthers);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);
  itGetsNothing(screen, mustGetNothing);
  for (const kind of ['harmOthers', 'selfHarm', 'suicide', 'medicalEmergency'] as const) {
    itAsksAtLeast(
      screen,
      kind,
      mustStillBeAsked.filter(([k]) => k === kind).map(([, text]) => text),
    );
  }
});
