import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Stopping for the day in everyday words (explore 21, finding 8; hazard H86): the learned layer gave
 * "I'll do the rest tomorrow" and "I'll finish this tomorrow" the crisis reply (0.97, 0.999), the
 * end-it pattern "let's end it here for today", and it checked in on
 * "that's enough for today", "I'm done for today" and "I'll finish the questions tomorrow". The
 * pause command runs after the screen, so each must pass the screen as nothing to be paused.
 */
const stoppingForTheDay: readonly string[] = [
  "I'll do the rest tomorrow",
  "let's end it here for today",
  "I'll finish this tomorrow",
  "that's enough for today",
  "I'm done for today",
  "I'll finish the questions tomorrow",
  "Let's stop there for today.",
  "I'll carry on tomorrow",
  'I will finish this tomorrow',
  'can I finish this tomorrow?',
  "I'll come back to this tomorrow",
  "that's it for today",
];

/**
 * Disclosures in the same words, or with a stop for the day beside them: each kept the crisis
 * reply before the change, and must keep it (the set-aside is for the whole message only). "I'll
 * finish it later" is among them: whatever "it" is, it is not said to be the questions, so it is
 * read as ever rather than taken for a pause that names no help; the same in text-speak ("will finish
 * it 2moro", "i will finish it tmrw").
 */
const disclosures: readonly string[] = [
  "I won't be here tomorrow",
  "I'll be gone by tomorrow",
  'I want to end it all tonight',
  "I'll end it tomorrow",
  "I'll end it later",
  "let's end it here",
  "let's end it",
  "I'll finish it tomorrow",
  "I'll finish it later",
  "I'll finish it tonight",
  // Text-speak, kept by the same decision (H86, safety leftovers 29b).
  'will finish it 2moro',
  'ill finish it 2moro',
  'i will finish it tmrw',
  'gonna finish it tmrw',
  'ill finish it 2nite',
  "I'll do it tomorrow",
  "I'll be done tomorrow",
  "I'll do the rest tomorrow if I'm still here",
  "I'll finish this tomorrow, if I wake up",
  "I won't be here to finish this tomorrow",
  "that's enough for today, I can't go on",
  "that's enough, I'm ending it today",
  "I'll end it here for good",
];

describe('stopping for the day, read by the screen and the pause', () => {
  const screen = createCrisisScreen();
  const phrases = createPhrases();

  for (const text of stoppingForTheDay) {
    it(`passes "${text}" through the screen as nothing, so the pause is reached`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });

    it(`reads "${text}" as the pause`, () => {
      expect(phrases.command(text)).to.equal('pause');
    });
  }

  for (const text of disclosures) {
    it(`still gets the suicide crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }
});
