import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * Blind set 19's errors, scored on first contact (2026-12-06) and now test data: five
 * disclosures that got no crisis reply (or only a check-in), and three denials or answers about
 * the past that got one. Each is tested with paraphrases, not only the words it was seen in.
 */
const mustGetCrisis: readonly [string, string][] = [
  ['suicide', "7. but honestly I can't see the point of going on much longer"],
  ['suicide', "I can't see the point in carrying on"],
  ['suicide', 'honestly cannot see the point of living much longer'],
  ['suicide', "Q9 thoughts that you'd be better off dead - nearly every day (3)"],
  ['suicide', 'q9 not at all, but honestly I think they would be better off without me'],
  ['selfHarm', 'not suicidal, just cut sometimes to cope 🤷‍♀️'],
  ['selfHarm', 'I cut myself sometimes, not to die, just to cope'],
  ['selfHarm', "I'm not suicidal, I just burn myself when it gets too much"],
  ['selfHarm', 'I just cut sometimes to cope, not to die'],
  ['suicide', "tbh I've been writing a note for my family"],
  ['suicide', "I've written a letter to my kids for after I'm gone"],
  ['suicide', 'been writing goodbye notes to my family'],
  ['suicide', 'honestly I have written a note to my kids'],
  // Seen while fixing this set, not in it: having had enough of life itself got nothing.
  ['suicide', 'I have had enough of life.'],
  ['suicide', "I've had enough of living"],
  ['suicide', "I've had enough of being alive"],
  ['harmOthers', "I'm not safe at home. He said he'd kill me if I told anyone"],
  ['harmOthers', 'my husband says he will kill me if I leave'],
  ['harmOthers', "my partner told me she'd kill me if I went to the police"],
  ['harmOthers', 'he threatened to kill me if I tell anyone'],
  [
    'medicalEmergency',
    "The pain in my chest is crushing and I've been sick. Wife wants to drive me to the GP but I can barely stand up",
  ],
  ['medicalEmergency', 'crushing pain in my chest and I feel sick'],
  ['medicalEmergency', 'my chest feels crushed and I am sweating'],
  ['medicalEmergency', 'the pressure in his chest is unbearable'],
  ['medicalEmergency', 'no sleep, chest pain since 4am'],
];

const mustNotGetCrisis: readonly string[] = [
  "I've had enough of this diet",
  'fed up with my knees, they keep me awake',
  'had enough of the hospital cancelling on me',
  'I had a heart attack 6 years ago and had two stents, no chest pain since',
  'had a stent in 2019, no chest pain since then',
  'bypass three years ago and no chest pains since',
  'had a stent in 2019, not had any chest pain since',
  'nope no cutting, no hurting myself, just the usual aches',
  'no hurting myself, just the usual aches and pains',
  'nope, no harming myself, only the back pain',
  "Q9 thoughts that you'd be better off dead - not at all (0)",
  'Q9 thoughts that you would be better off dead or of hurting yourself: not at all',
  'PHQ 9 question 9 better off dead or hurting yourself - not at all',
  'item 9 (better off dead): not at all',
  'the pain in my chest was crushing when I had my heart attack in 2015',
  'I left a note for my husband about my tablets',
  'I cut back on sugar to cope',
  'I cut corners to cope with the workload',
  "I'd never hurt myself",
  'I would never hurt myself, I just feel tired',
];

describe('blind set 19: misses and false crisis replies, with paraphrases', () => {
  const screen = createCrisisScreen();

  itGivesCrisisReplies(screen, mustGetCrisis);
  itGivesNoCrisisReply(screen, mustNotGetCrisis);
});
