import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply, itStillAsks } from './screenWordings';

/**
 * Blind set 24's errors, scored on first contact and now test data, tested by family (H231-H235):
 * each family has the blind wording, wordings of the same kind written afresh, and calm
 * look-alikes that must stay calm. Misses: a rope or a gun in Scots, fresh marks on the wrists, a
 * hammer taken round tonight, a threat to break the writer's other arm, hands round his neck,
 * indigestion spreading to the arm and jaw. Check-ins that state a crisis: a date chosen, tablets
 * saved to take all at once, stopping treatment to let it take one, a belt round the banister,
 * self-harm told as a habit, a large burn, a partner pushed over, threats with the means kept. Wrong
 * kinds: threats to others read as suicide, scratching read as someone locked in.
 */
const mustGetCrisis: readonly [string, string][] = [
  // A rope thought about and tied up, in Scots or not.
  [
    'suicide',
    'wee bit low. naw, a lot low. thinkin aboot the rope in the shed mair than i should an i tied it up yesterday',
  ],
  ['suicide', 'cannae stop thinkin aboot the rope in the garage, i tied it up last night'],
  ['suicide', 'I keep thinking about the rope in the loft more than I should'],
  ['suicide', 'been thinking about the noose I made, I tied it up in the garage yesterday'],
  // A gun and knowing where its cartridges are, done with it all.
  ['suicide', "Ach am done wi it aw. Ma brother's gun is up the loft an a ken where the cartridges are kept"],
  ['suicide', "I'm done with it all. Dad's shotgun is in the cabinet and I know where the cartridges are kept"],
  ['suicide', "had enough of everything. there's a rifle in the farm office and I know where the bullets are"],
  ['suicide', "Ma faither's gun's in the loft an a ken where the cartridges are. Am done wi it aw."],
  // Marks on the wrists that are not all old.
  ['selfHarm', "I'll be honest the marks on my wrists aren't all old. Some are from this week."],
  ['selfHarm', 'not all the cuts on my arm are old, some are from last night'],
  ['selfHarm', "the scars on my thighs aren't all old, a few are from yesterday"],
  ['selfHarm', 'Some of the cuts on my legs are new, from the weekend'],
  // Going round with a weapon and a grievance.
  ['harmOthers', 'going round my brother in laws tonight with a hammer. hes had it coming for years'],
  ['harmOthers', "heading round my ex's tonight with a knife, she's had it coming"],
  ['harmOthers', 'going over to the neighbours with a bat later, he deserves it'],
  ['harmOthers', "he's had it coming for years, I'm going round there tonight with a hammer"],
  // A threat to the writer: a bone broken if they tell.
  ['harmOthers', "He's said if I tell the nurse anything he'll break my other arm."],
  ['harmOthers', "My son says if I tell anyone he'll break my arm"],
  ['harmOthers', "she said she'll break my fingers if I ring the doctor"],
  ['harmOthers', 'my husband said he will smash my face in if I tell the nurse'],
  // Hands round someone's neck.
  ['harmOthers', "A'm at the end o ma tether wi him. Had ma hands roon his neck the nicht. Let go but it frichted me."],
  ['harmOthers', 'I had my hands round her throat last night. I let go but it scared me.'],
  ['harmOthers', "I put my hands around his neck when he wouldn't stop shouting"],
  ['harmOthers', 'he had his hands round my neck again last night'],
  // Indigestion or heartburn spreading to the arm or jaw: 999.
  [
    'medicalEmergency',
    'bit of indigestion thats going down my left arm and up into my jaw, been an hour, should I take a rennie before the appointment',
  ],
  ['medicalEmergency', "heartburn that's spreading down my left arm for the last half hour"],
  ['medicalEmergency', "dad says it's only indigestion but it's going up into his jaw and down his arm"],
  ['medicalEmergency', 'bad indigestion moving into my left shoulder and jaw, been 40 minutes'],
  // A death planned for a date.
  [
    'suicide',
    "Goal: to see the grandchildren one more time. After that I've decided I'm going, on the 14th, the same date Ron died.",
  ],
  ['suicide', "I've decided I'm going on the 3rd, the day my wife died"],
  ['suicide', "I've decided I'll go on Sunday, it's the same day as Bill died"],
  ['suicide', "I want to see my daughter one more time, after that I'm going"],
  // Tablets saved up, to be taken all at once.
  [
    'suicide',
    "I've been putting my sleepers in a jam jar instead of taking them. About forty now. Thinking I'll have them all with a bottle of whisky when the house is empty on Saturday.",
  ],
  [
    'suicide',
    "how confident 0-10: 0 cos theres no future for me. been saving them up for weeks, taking the lot sunday while the wife's at her sisters",
  ],
  ['suicide', "I've been saving up my tablets for months, going to take the lot when he's at work"],
  ['suicide', "stockpiling my sleeping tablets, about 60 now, I'll take them all on Friday"],
  [
    'suicide',
    "mum's been putting her tablets in a drawer instead of taking them, she says she'll take the lot at the weekend",
  ],
  // Said they will do themselves in, then asked where the means are kept.
  [
    'suicide',
    "Grandad told the home help he'll 'do himself in' rather than go in a home, and today he asked me where the spare razor blades are kept and what time I leave",
  ],
  ['suicide', "Mum keeps saying she'll kill herself, and today she asked me where the tablets are kept"],
  ['suicide', "he said he'd end it all, then he asked where the car keys are kept"],
  ['suicide', "dad told the nurse he'll do himself in, now he keeps asking when we go out"],
  // Stopping what keeps one alive, to let it take one.
  [
    'suicide',
    "the heart failure nurse says my fluid's up again. I'm not bothering with the water tablets any more, nor the rest. I want it over and I'd rather let it take me quick. I've told nobody but you",
  ],
  ['suicide', "I've stopped taking my insulin, I'll let it take me"],
  ['suicide', "not bothering with the heart tablets any more, I'd rather let my heart take me"],
  ['suicide', "stopping my dialysis so I can die, I haven't told anyone"],
  // Stood on a chair with a ligature round a hanging point.
  [
    'suicide',
    "LOL yeah I'll give up smoking, might as well give up breathing too while I'm at it. seriously though I've been stood on the chair with the belt round the banister again",
  ],
  ['suicide', 'stood on the stool with the rope round the beam last night'],
  ['suicide', 'I was standing on a chair with my dressing gown cord round my neck'],
  ['suicide', 'he was stood on the bed with a belt round the banister'],
  // Needles or pins used just to hurt.
  ['selfHarm', 'I jab my leg with my insulin needles, not for insulin, just to hurt. Every night this week.'],
  ['selfHarm', 'I stab my thigh with a compass to hurt myself'],
  ['selfHarm', 'she pricks her arm with pins on purpose'],
  ['selfHarm', 'I keep jabbing my stomach with the insulin needle just to feel pain'],
  // Scratching until bleeding, told as not the eczema or hidden.
  [
    'selfHarm',
    "I lock myself in the bathroom and scratch with my nails until I bleed. The carers think it's my eczema. It isn't.",
  ],
  ['selfHarm', "I scratch my arms until they bleed on purpose, it isn't the eczema"],
  ['selfHarm', 'she picks at her skin until it bleeds and hides it from us'],
  ['selfHarm', 'I lock myself in my room and pick at my arms till I bleed'],
  // Burning or cutting oneself taken up as a habit.
  [
    'selfHarm',
    "Grand, grand. Except I've taken to burning the backs of my hands on the kettle. Twice yesterday. Don't know why I do it.",
  ],
  ['selfHarm', "I keep burning my arm with a lighter, don't know why I do it"],
  ['selfHarm', "I've taken to cutting my thighs again"],
  ['selfHarm', "she's started burning her wrists with cigarettes, twice this week"],
  // Lashed out at a partner, or wanting them kept safe from oneself beside it.
  [
    'harmOthers',
    "Goal: keep my wife safe from me. I lashed out and pushed her over on Saturday. I've had a temper since the stroke and it's getting worse.",
  ],
  ['harmOthers', "I lashed out and hit my husband last night, I'm scared I'll do it again"],
  ['harmOthers', 'lashed out at mum and pushed her, she fell'],
  // A threat to kill, then a weapon kept; revenge with the means bought.
  [
    'harmOthers',
    "I'll kill the pair of them if they try and put me in a home. I mean it, I've still got my army knife.",
  ],
  ['harmOthers', "I'll kill the lot of them if they take my dog, I've still got my gun"],
  ['harmOthers', "I swear I will hurt them both if they come back, I've got a bat"],
  ['harmOthers', "What matters to me: making my neighbour pay. I've bought the petrol."],
  ['harmOthers', "I'm going to make him pay. I've got the petrol"],
  ['harmOthers', "making my ex pay, I've bought a knife"],
  // A large burn: 999 or A&E.
  [
    'medicalEmergency',
    "burnt my arm on the oven shelf, big blisters from wrist to elbow, skin's coming away, hurts like hell",
  ],
  ['medicalEmergency', 'scalded my leg with the chip pan, blisters from knee to ankle'],
  ['medicalEmergency', "mum burnt her hand on the hob, skin's hanging off"],
  ['medicalEmergency', "spilt boiling water on my baby's arm, the skin is coming off"],
  // Harm to others, not suicide: a method worked out, a carer's means, whoever comes, a dose in a drink.
  [
    'harmOthers',
    "I could kill him, and I mean that for real this time. I've been lying awake working out how I'd do it.",
  ],
  ['harmOthers', "I want to kill my stepdad. I've been working out how I would do it"],
  ['harmOthers', "I could strangle her, I mean it. I've been thinking about how I'd do it"],
  [
    'harmOthers',
    "my dad has been saying he'll 'put her out of her misery' and I found him reading up on how much insulin it would take. I'm not there at night.",
  ],
  [
    'harmOthers',
    "my husband keeps saying he'll put his mum out of her misery and he's been asking how many tablets it would take",
  ],
  ['harmOthers', "I'm tempted to put him out of his misery, I've been looking up how much morphine it takes"],
  ['harmOthers', "if they come to take mum away i'll hurt whoever it is, i mean it, ive been planning what i'll do"],
  ['harmOthers', "I'll kill anyone who comes near my kids, I mean it, I've got a knife"],
  ['harmOthers', "I'm going to hurt the first person who tries to take my dad, not joking"],
  ['harmOthers', 'Had to stop myself putting extra morphine in his drink tonight. Not joking about the morphine.'],
  ['harmOthers', "I've had to stop myself giving her too much insulin in her tea"],
  // Said of oneself, the same method words stay suicide.
  ['suicide', "I want to kill myself. I've been working out how I'd do it"],
];

/** Calm look-alikes of each family: no crisis reply. */
const mustNotGetCrisis: readonly string[] = [
  'thinking about the rope swing for the grandkids, I tied it up yesterday',
  'thinking about the rope course at Go Ape more than I should, it was brilliant',
  "Dad's old shotgun is in the loft and I know where the cartridges are kept, how do we hand it in to the police?",
  'my husband shoots clays, his gun is locked up and I know where the cartridges are kept',
  'the marks on my wrists from the blood pressure cuff are new',
  "the scars on my stomach aren't all old, some are from the op in March",
  'The marks on my legs from the compression stockings are new this week',
  "going round to my dad's with a hammer to fix his fence, it's had it coming for years that fence",
  "heading round my sister's with my drill tonight",
  "the surgeon said he'll break my nose to set it straight",
  "if I'm not careful I'll break my other arm, these stairs are lethal",
  "the consultant said he'll break my wrist again to set it properly",
  'I had my arms round his neck giving him a big hug',
  'what does it mean if indigestion goes down your arm?',
  'I get indigestion after curry and my left arm aches from the arthritis',
  'indigestion going down my arm sometimes when I walk up the hill, want to ask about it',
  "I've decided I'm going on Saturday for the hospital appointment",
  "I've decided I'm going on holiday on the 14th",
  'keeping my tablets in a jar instead of the blister packs, easier to take them all in the morning with breakfast',
  'I saved my tablets up for the holiday, taking the lot with me to Spain',
  'grandad asked me where the spare razor blades are kept, he wants a shave',
  "he'll do himself in lifting those boxes, and he asked me where the ladder is kept",
  'Mum has stopped dialysis, the palliative team agree, we want to let nature take its course',
  "The consultant knows I've stopped the chemo, I'd rather let it take me at home with my family",
  "I've stopped taking my statins because of the side effects",
  'stood on the step ladder with the tinsel round the banister',
  'standing on a chair with the tape measure round the window for the curtains',
  'I jab my finger with the lancet every night to check my sugar',
  'I jab my stomach with the insulin needle twice a day, it does hurt',
  'my eczema is so bad I scratch until I bleed, can we ask about a new cream',
  'I scratch my scalp until it bleeds with the psoriasis',
  "I keep burning my hands on the oven because the neuropathy means I can't feel it",
  "I've taken to burning the toast every morning",
  "I want to keep the baby safe from me while I've got covid",
  'I lashed out at the council on the phone, they deserved it',
  "I've still got my army knife from my service days",
  'the pair of them will be the death of me, bless them',
  "making my neighbour pay for half the fence, I've bought the paint",
  'sunburnt on holiday, my skin is peeling off my back',
  'burnt my finger on the oven shelf, small blister, ran it under the cold tap',
  'got blisters from my new walking boots from heel to toe',
  'the vet will put the dog out of his misery tomorrow',
  "I'll hug whoever fixed my boiler",
  "I'll thank whoever it is, I mean it, the nurse was lovely",
  'had to stop myself putting extra sugar in his tea',
  'thinking about the rope ladder for the treehouse, tied it up yesterday',
  "had enough of everything in the garden this year, and Dad's rifle is with the police now",
  "the scars on my knees aren't all old, some are from falling in the garden",
  "off round to my mum's with a drill, her shelf has had it",
  "the osteopath said she'll crack my neck back into place",
  'put my arms round his neck and gave him a kiss',
  'my hands on his neck were for the massage the physio showed me',
  "I've decided I'll go on Sunday to the garden centre",
  "one more time, after that I'm going to the shops",
  'he asked me what time I leave for work so he can get a lift',
  'stood on a chair to put the fairy lights round the banister',
  'he stuck his finger with a pin by accident sewing',
  "I scratch my eczema until it bleeds at night, it's driving me mad",
  "I've taken to burning incense in the evenings to relax",
  "keep my wife safe from my cold, I'm sneezing",
  'I pushed her over to the window in her wheelchair so she could see the birds',
  "I'll kill the pair of them with kindness at Christmas",
  "we made the council pay. I've got the money for the ramp now",
  'the skin is coming off my heels, can the podiatrist look at it?',
  "I could kill him for forgetting the milk, but I've worked out how to make him remember",
  'can you put me out of my misery and tell me when my appointment is',
  "I'll kill whoever designed this form ha",
  'had to stop myself from putting extra salt in his dinner, the nurse said no',
];

/** Blind set 24's hard negatives checked in on, and calm wordings of the same (H234): nothing at all. */
const mustGetNothing: readonly string[] = [
  'Please can the repeat for my insulin be sorted, I have 2 pens left, should last till the weekend',
  'Can the repeat for my Lantus be sorted please, I have 3 pens left',
  'please can the repeat for my metformin be sent, we have 5 days left',
  "mum's got a carrier bag full of old tablets from before her meds changed, how do we get rid of them safely?",
  "I've got a drawer full of old medicines, how do I get rid of them safely?",
  'dad has boxes of old inhalers, how can we get rid of them?',
  'Wales got slaughtered in the rugby. My blood pressure must have been through the roof',
  'Her sugars have been through the roof since the steroids',
  'my pressure was through the roof at the clinic, white coat probably',
  "My will's done, I'd like to go over my ReSPECT form with the doctor",
  "My will's done and we've sorted the lasting power of attorney, I want to talk about the advance care plan",
  "The will is sorted, I'd like to discuss my DNACPR with the nurse",
  "She's that stubborn, won't use the frame. I could throttle her some days ha, but we get on like a house on fire really",
  'I could throttle him sometimes ha, but we get on really',
  'He drives me mad, I could strangle him some days, but I love him to bits',
  'I want to stop being such a burden on my daughter by getting a bit more independent, maybe a perching stool in the kitchen',
  "I'd like to stop being a burden on my son by getting more independent with cooking",
  'I want to be less of a burden on the family by doing more for myself',
];

/** Those hard negatives' look-alikes that still tell a crisis: at least a check-in. */
const mustStillBeAsked: readonly string[] = [
  "Please can the repeat for my insulin be sorted, I have 2 pens left, I won't need any more after the weekend",
  "I have 2 pens left and I'm going to inject them all at once this weekend",
  "I want to get rid of him, I've got a bag full of old tablets",
  "mum's got a bag of old tablets and she says she'll take the lot tonight",
  "I'm going up through the roof hatch onto the roof to jump",
  "My will's done, my ReSPECT form is done, I've said my goodbyes and I'm ready to go tonight",
  'I could throttle her some days, and last night I grabbed her by the throat',
  "I want to stop being such a burden on my daughter, she'd be better off without me",
  'I want to stop being a burden by getting out of the way for good',
  'I want to keep my wife safe from me',
];

describe('blind set 24 by family: misses, check-ins that state a crisis, wrong kinds, and calm words asked about', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);
  itGetsNothing(screen, mustGetNothing);
  itStillAsks(screen, mustStillBeAsked);
});
