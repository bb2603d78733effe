import { createCrisisDetector } from '../../safety/patterns/patternDetector';
import { createCrisisScreen } from '../../safety/screen';
import { itGetsNothing, itGivesCrisisReplies } from './screenWordings';

/**
 * 'Ready to die' said calmly (H513, under H501): `exclude.blind30.readyToDieAtPeace` was written for
 * a carer telling of a mother of 97 who is at peace and waiting for the priest, but it read "am" as
 * well as "is", so a person saying it of themself ("I am ready to die. I have had a good life and I
 * am at peace") got nothing at all, and "I am ready to die, I am not depressed, I have just had
 * enough" only a check-in. A calm readiness to die in a person's own words is a warning sign, and is
 * read as `suicide.wantDie` reads it; so is one told of someone else with "had enough", a goodbye or
 * tonight after it. Told of an old parent at peace, it is still set aside.
 */
const mustGetCrisis: readonly [string, string][] = [
  ['suicide', 'I am ready to die. I have had a good life and I am at peace.'],
  ['suicide', "I'm ready to die, I've had a good life and I'm at peace now"],
  ['suicide', 'I am ready to die, I am at peace'],
  ['suicide', 'I am ready to die, I am not depressed, I have just had enough'],
  ['suicide', 'im ready to die, not sad, at peace with it'],
];

/** The pattern alone reads these, whatever the learned layer scores. */
const patternMustRead: readonly string[] = [
  'Mum is ready to die, she is at peace, she says she has had enough',
  'he is ready to die, at peace, he has said goodbye to us all',
  'my dad says he is ready to die, he is not sad, he wants it to be tonight',
];

/** Told of an old parent at peace: still nothing, as blind set 30 decided. */
const mustGetNothing: readonly string[] = [
  "Dad says he's ready to die, he's 95 and at peace, he wants the vicar",
  "my gran is ready to die, she's had a full life and isn't sad",
  'Mum says she is ready to die, she is at peace, she had a good life',
];

describe("'ready to die' in a person's own words is read; an old parent at peace is set aside", () => {
  const screen = createCrisisScreen();
  itGivesCrisisReplies(screen, mustGetCrisis);
  itGetsNothing(screen, mustGetNothing);

  const detector = createCrisisDetector();
  for (const text of patternMustRead)
    it(`the patterns read "${text}"`, () => {
      if (detector.detect(text) === null) throw new Error(`no pattern read "${text}"`);
    });
});
