import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Blind set 21's errors about harm to others and a medical emergency, and its two hard negatives
 * given a crisis reply, scored on first contact and now test data, tested by mechanism
 * (H105): each wording is paraphrased afresh, never pasted, beside calm look-alikes. Making someone
 * pay with where they live known, a gun or knife aimed at people, a threat to put someone in
 * hospital or a weapon to be used on them, thoughts of driving into people, a carer sedating the
 * person with more tablets than prescribed, a plan to kill without getting caught (harm to others,
 * not suicide), slurring then no answer; and a jokey threat over one's weight, and tablets picked
 * up off the carpet.
 */
const mustGetCrisis: readonly [string, string][] = [
  // Making someone pay, with where they live known.
  ['harmOthers', "They're going to pay for what they did to me. I know where the manager lives."],
  ['harmOthers', "I've found out where the social worker lives and she will suffer for this"],
  ['harmOthers', "I know where that doctor lives, I'll make him pay"],
  ['harmOthers', 'Goal: make my old boss regret what he did. I know his address.'],
  // A gun or knife named, then aimed or waved at people.
  ['harmOthers', 'Grandad has taken his shotgun down and is aiming it at the neighbours'],
  ['harmOthers', "he's got the air gun and keeps pointing it out of the window at people walking past"],
  ['harmOthers', 'Mum has the kitchen knife and is pointing it at my kids'],
  // A threat to put someone in hospital, or a weapon at hand to use on them.
  ['harmOthers', "if the neighbour parks there again I'll put him in hospital"],
  ['harmOthers', "I swear I'll put that carer in A&E if she grabs me again"],
  ['harmOthers', "my stick's by the bed and I'll use it on her if she comes in again"],
  // Thoughts or urges to drive into people.
  ['harmOthers', 'I keep having urges to plough my van into the queue outside the shop'],
  ['harmOthers', "sometimes I think about mowing people down with the car, the thoughts won't stop"],
  ['harmOthers', "I've been imagining driving into the crowd at the market and it scares me"],
  ['harmOthers', 'thoughts of swerving into the cyclists on my way to work, getting worse'],
  ['harmOthers', "I'm going to drive into the crowd at the market"],
  // A carer giving more of the person's sedatives than prescribed, or to keep them quiet.
  ['harmOthers', "I've started giving Mum extra of her sleeping pills so she stays quiet at night"],
  ['harmOthers', "I crush an extra diazepam into his tea so he doesn't keep me up"],
  ['harmOthers', "I double her zopiclone without telling the GP so she won't wander"],
  ['harmOthers', "been giving my husband more morphine than he's prescribed to keep him quiet"],
  // A plan to kill someone without getting caught is harm to others, not suicide.
  ['harmOthers', "I want to strangle my boss and I've planned how I'd do it without being caught"],
  ['harmOthers', "I could kill my neighbour, I've worked out how I'd do it and get away with it"],
  // Slurred speech on a call, then no answer.
  ['medicalEmergency', "Mum rang me slurring her words and now she won't answer the phone"],
  ['medicalEmergency', "my brother sounded slurred on the phone and now he's not picking up, his lights are on"],
  ['medicalEmergency', "dad's speech was all slurred on his voicemail and he isn't answering the door"],
  ['medicalEmergency', 'she was slurring on the call earlier, now no answer and her car is in the drive'],
  // A threat over a trifle set aside, but not a real one, nor what follows it.
  ['harmOthers', "I told my wife I'd kill her if she ever left me"],
  ['harmOthers', "I told him I'd kill him if he told anyone what he saw"],
  [
    'harmOthers',
    "I told my daughter I'd kill her if she told anyone my weight, and I meant it, I've got the knife ready",
  ],
  // Tablets dropped, then something more than picking them up.
  ['medicalEmergency', 'my pill organiser fell off the table and my toddler ate some of the tablets'],
];

const mustNotGetCrisis: readonly string[] = [
  'I want to make the council pay for the damage, I know where their office is',
  'My goal is to make them pay compensation. I know where the manager works',
  "I know where my daughter lives, she'll make me pay for the taxi",
  'my son got his air rifle out and is pointing it at the targets in the garden',
  "he's got his camera out and he's pointing it at the birds",
  "Dad's got the remote and is pointing it at the telly",
  'the GP wants to put her in hospital for tests',
  'I might have to put him in hospital respite for a week',
  "I've got my walking stick and I'll use it to get to the shops",
  "I've got my inhaler and I'll use it if I need to",
  "if she gets any worse I'll put her in hospital",
  'a car drove into the people at the bus stop on the news and it upset me',
  'I worry about driving into the back of someone because my eyes are bad',
  "I'm thinking about driving into town to see the Christmas lights",
  'I want to drive into the kids school car park to pick them up',
  'going to plough through the crowds at the sales',
  "the GP said I can give Dad an extra sleeping tablet if he's very unsettled",
  'I give Mum her sleeping tablet at 10 so she sleeps through',
  'the nurse gives him more painkillers than he used to have because the pain is worse',
  "I've been giving Dad more of his tablets than before because the doctor upped the dose",
  "dad slurs his words since the stroke and doesn't answer the phone much",
  "he was slurring after a few pints last night, he's fine today and answering texts",
  "I told my son I'd kill him if he told anyone my age. anyway I'm 62",
  "warned my husband I'll murder him if he tells the family how much I weigh",
  "I said to my sister I'd strangle her if she posted my real age online",
];

/** Tablets dropped and picked up, with nothing else: set aside for both layers. */
const mustGetNothing: readonly string[] = [
  'I dropped my dosette box and had to pick all the pills up off the floor',
  'knocked my pill box off the side and spent ages picking them out of the rug',
  "mum's pill organiser went flying off the table, we were picking tablets out of the carpet for ages",
];

describe('blind set 21 by mechanism: threats, sedation, slurring, and two false alarms', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);

  itGetsNothing(screen, mustGetNothing);
});
