import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply, itStillAsks } from './screenWordings';

/**
 * Blind set 22's errors, scored on first contact and now test data, tested by mechanism
 * (H140-H143): each family has the blind wording, wordings of the same mechanism written afresh,
 * and calm look-alikes that must stay calm. Misses: tablets sat with counted out, everything in the
 * blister packs taken, who must find the body, staying alive to a near day doubted, a ligature
 * round a neck now, razors about to be used, running someone over named with words before them.
 * Check-ins that state a crisis: means told "just so someone knows", a goodbye text then no answer,
 * one's own goodbyes written, voices telling the person to do it or to hurt someone, swimming out
 * not to come back, a cut yesterday and the wish to again, going round with a weapon, "finish the
 * job" after violence. Hard negatives: a wheeze picked from a list or cleared by the inhaler, not
 * hurrying death along, violence dreamt.
 */
const mustGetCrisis: readonly [string, string][] = [
  // Sitting or lying with the tablets counted or laid out.
  [
    'suicide',
    "it's 3am and I'm sat here with the pills counted out. I don't know why I'm typing this into a health questionnaire",
  ],
  ['suicide', 'lying on the bathroom floor with my tablets all popped out, cant stop looking at them'],
  ['suicide', "mum's sitting on her bed with all her sleeping pills laid out and won't talk to me"],
  // Everything in the blister packs, boxes or medicine cupboard taken: 999 first, by design.
  ['medicalEmergency', 'just took everything in the blister packs. sorry'],
  ['medicalEmergency', 'took everything in the boxes of tablets the pharmacy delivered, im sorry'],
  ['medicalEmergency', "he's taken everything from the medicine cupboard and is sleepy"],
  // Who must find the body, and who must not.
  ['suicide', 'what matters most - that my kids find me and not my mum. thats all i care about now'],
  ['suicide', 'as long as the neighbour finds me and not my daughter'],
  ['suicide', 'I want it to be a stranger that finds me rather than my son'],
  // Staying alive to a near day, as the aim, with the writer's own doubt.
  ['suicide', "Confidence about 2. Importance 10 - getting to the weekend alive, because I'm not sure I will"],
  ['suicide', "staying alive till the weekend, I'm not sure I can"],
  ['suicide', "goal - make it to Monday alive. honestly I don't think I will"],
  // A ligature round someone's neck now.
  ['suicide', "Dad's in the shed with the washing line round his neck and he wont open the door or talk to me"],
  ['suicide', 'found him in the loft with a cable around his neck'],
  ['suicide', "my son has a belt round his neck in the bathroom and won't come out"],
  // Razors or blades about to be used, for nothing said.
  ['selfHarm', 'ive got a bag of razors and i promised myself id stop but im about to use them'],
  ['selfHarm', 'I have my blades in the drawer and I want to use them tonight'],
  ['selfHarm', "got my razor blades and i'm about to use them, i can't stop myself"],
  // Running over someone named with words before them.
  ['harmOthers', "I'm going to run that GP receptionist over. Have her car reg. Not joking"],
  ['harmOthers', "I'm going to knock that bloody social worker down with my car, I know where she parks"],
  ['harmOthers', 'gonna run my ex over with the van, I mean it'],
  // Means told "just so someone knows".
  ['suicide', 'I have a rope in the loft. Just so someone knows'],
  ['suicide', "I've hidden a rope in the shed. thought someone should know"],
  ['suicide', "there's a noose in the garage. I'm telling you so someone knows"],
  // A goodbye sent, then no answer.
  ['suicide', 'Please can someone ring my son. He texted me "goodbye mum love you" and now his phone is off'],
  ['suicide', "my daughter texted goodbye and sorry and now she's not answering"],
  ['suicide', 'my brother rang to say goodbye, his phone is going straight to voicemail'],
  // One's own goodbyes written, bare or instead of goals.
  ['suicide', "I'm writing my goodbyes instead of goals"],
  ['suicide', "I've been writing my goodbyes."],
  ['suicide', "I'm doing my goodbyes rather than a plan"],
  // Voices telling the person to do it, or to hurt themselves or someone else.
  ['suicide', "i think i'm going to do it. the voices keep telling me to and i'm too tired to fight them"],
  ['suicide', 'the voices are telling me to kill myself'],
  ['suicide', "voices keep saying I should end it and I'm going to listen"],
  ['selfHarm', 'a voice keeps telling me to cut myself'],
  ['harmOthers', "the voices are telling me to hurt my mum. i'm trying not to listen but they're getting louder"],
  ['harmOthers', 'a voice keeps telling me to hurt the baby'],
  ['harmOthers', 'the voices tell me to stab my husband'],
  // Swimming or walking out into the water, not to come back.
  [
    'suicide',
    "They told me the cancer's back. I'm not doing chemo again. I'm going to swim out at Tynemouth tomorrow and not come back",
  ],
  ['suicide', 'going to wade out into the river till I go under'],
  ['suicide', "I'm going to walk into the sea and not come back"],
  // A cut done lately, and the wish to do it again.
  [
    'selfHarm',
    'Answer to "how are you feeling": numb. Cut for the first time in 3 years yesterday and I want to do it again tonight',
  ],
  ['selfHarm', 'relapsed, cut last night for the first time in ages, need to cut again'],
  ['selfHarm', 'cut myself yesterday after two years clean and I want to do it again tonight'],
  // Going round to someone's with a weapon, meant or after a last straw.
  [
    'harmOthers',
    "If my neighbour plays that music one more time I'm going round there with a hammer, I mean it, I've got it by the door",
  ],
  ['harmOthers', "if he parks across my drive again I'm going round with a baseball bat, I'm not joking"],
  ['harmOthers', "one more word from him and I'm going round there with the cricket bat"],
  // "Finish the job" after hitting someone.
  [
    'harmOthers',
    "the care home rang to say dad punched another resident. now he's saying he'll \"finish the job\" and they can't settle him",
  ],
  ['harmOthers', "mum hit the carer this morning and says she'll finish what she started"],
  ['harmOthers', "she attacked her roommate and keeps saying she'll finish her off"],
];

const mustNotGetCrisis: readonly string[] = [
  'sitting with mum’s tablets counted out into her dosette for the week',
  "I sit with my pills laid out at breakfast so I don't forget them",
  'I took everything in the blister pack this morning like the nurse showed me',
  'took the blister packs back to the chemist',
  'if I fall I want the carer to find me and not my mum',
  'I hope my kids find me a good care home and not the one mum was in',
  'I hope the carers find me rather than my daughter if I have a fall in the night',
  "I want to make it to Christmas alive, the doctors aren't sure I will",
  'get the tomato plants through the weekend alive, not sure they will',
  "just getting through to the weekend alive at work, I don't think I will, so busy haha",
  'dad wears his glasses on a cord round his neck',
  'the pendant alarm hangs on a cord round her neck',
  'the cord was round his neck when he was born',
  'got the stanley blades for the carpet, going to use them tomorrow',
  'razors for my legs are in the bathroom, going to use them later',
  "I'm going to run the new nurse over to the surgery for her appointment",
  "I'm going to run my ex down the road to the station",
  'the spare key is under the plant pot, just so someone knows',
  "there's a rope ladder in the loft, just so someone knows",
  'my son texted me goodbye mum love you from the airport and now his phone is off for the flight',
  'she texted goodbye when she left work',
  "I'm writing my goodbyes to the team, I retire on Friday",
  'the voices have gone quiet since the new injection',
  "the voices tell me I'm rubbish but I ignore them",
  'going to swim out to the buoy and come back',
  "I'm going to walk out and not come back to this job",
  'cut my hair yesterday for the first time in 3 years and I want to do it again',
  'the grass was cut yesterday and I want to do it again at the weekend',
  "I'm going round there with a hammer to help him put up his shelves",
  "going round to mum's with the hammer and nails to fix the fence",
  "the builder hit a snag but says he'll finish the job next week",
  "dad punched the air when the match finished and said he'd finish the job on the shed tomorrow",
];

/** Hard negatives a warning sign checked in on: nothing at all now (H143). */
const mustGetNothing: readonly string[] = [
  // A wheeze picked from a list, or worse at times and cleared by the inhaler.
  "it's a killer this cold weather for my chest. circle breathlessness and wheezing please",
  'its a killer this damp for my chest. tick wheezing and cough',
  'can you put down wheezing and a cough for the nurse',
  'My wheeze is worse in the mornings, it clears after my inhalers',
  'My wheeze is worse at night, it settles with my blue inhaler',
  // Ready for death, not hurrying it along.
  "I'm 91 and I've had a good life. I'm ready when it comes but I'm not doing anything to hurry it along. I'd like to stay at home to the end",
  "I'm 88 and ready to go when it's time but I won't do anything to hurry it along",
  "I've lived my life, I'm not going to help it along, I'll let nature take its course",
  // Violence dreamt, told as a dream.
  'The new tablets give me vivid dreams, last night I dreamt I strangled my boss haha. Can we look at changing them',
  'had a nightmare I punched my husband, woke up shaking',
  'I dreamed that I was hitting my brother, so weird',
];

/** Look-alikes of those hard negatives that are still asked about, or answered as a crisis. */
const mustStillBeAsked: readonly string[] = [
  "I'm wheezing so much I can't finish a sentence",
  "he's wheezing and his inhaler isn't helping",
  "I've got the tablets and the whisky to hurry it along",
  "I'd like something to speed things along now",
  'I punched my husband last night',
  "my son hit his sister and she's got a black eye",
];

describe('blind set 22 by mechanism: misses, check-ins that state a crisis, and warning signs on calm words', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);

  itGetsNothing(screen, mustGetNothing);
  itStillAsks(screen, mustStillBeAsked);
});

/**
 * Review 23 #7: the dream look-behind (H143) set aside real violence after a dream or because of
 * one. Only violence told as happening in the dream is set aside (H168).
 */
describe('violence after a dream is still violence', () => {
  const screen = createCrisisScreen();

  itStillAsks(screen, ['after a nightmare he punched mum', 'after the dream last night she slapped my dad']);
  for (const text of ['when he woke from the dream he hit her', 'he woke from a nightmare and he hit her']) {
    it(`gives the crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }
  itGetsNothing(screen, [
    'in my dream he punched mum',
    'I had a dream that I hit my wife',
    'in the nightmare she slapped my dad',
  ]);
});

/**
 * Words between who struck and the blow ("he woke up and punched mum", "he had a nightmare and
 * punched mum"): `harmOthers.assaulted` took at most one, so these got nothing at all (H168).
 */
describe('a blow told after what the one who struck did first', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'he woke up and punched mum',
    'she got up and then slapped him',
    'he came in and kicked my dad',
  ]) {
    it(`gives the crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }
  it('still asks, at least, about "he had a nightmare and punched mum"', () => {
    expect(screen.screen('he had a nightmare and punched mum').tier).to.not.equal('none');
  });
  itGetsNothing(screen, ['I tried hard and beat him at chess', 'we went round and beat them at darts']);
});
