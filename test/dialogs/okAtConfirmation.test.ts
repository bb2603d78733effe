/**
 * An "ok" opening words of their own at a confirmation (H237): words that agree or restate what is
 * asked are a yes, words asking for the opposite a no, and anything else is asked again.
 */
import { expect } from 'chai';
import { readConfirmation } from '../../dialogs/recognisers/confirmation';
import { createConfirmationPhrases } from '../../dialogs/recognisers/confirmationPhrases';
import { createPhrases } from '../../dialogs/recognisers/phrases';

const phrases = createPhrases();
const words = createConfirmationPhrases();

const agrees = [
  'ok take it back',
  'ok do it',
  'ok go for it',
  'ok please do',
  'ok sounds good',
  'ok that is right',
  'ok cool',
  'ok, please take it back',
  'ok yes',
];
const opposes = [
  'ok share it after all',
  'ok send it',
  'ok yes share it',
  "ok don't take it back",
  'ok keep it shared',
  'ok never mind',
];
const unclear = ['ok what happens then', 'ok how long does it take', 'ok my daughter'];

describe('Reading "ok ..." at "Do you want to take your plan back?"', () => {
  const asked = { kind: 'withdraw', words } as const;
  for (const text of agrees) {
    it(`takes it back at "${text}"`, () => expect(readConfirmation(text, phrases, 'en-GB', asked)).to.equal('yes'));
  }
  for (const text of opposes) {
    it(`does not take it back at "${text}"`, () =>
      expect(readConfirmation(text, phrases, 'en-GB', asked)).to.equal('no'));
  }
  for (const text of unclear) {
    it(`asks again at "${text}"`, () => expect(readConfirmation(text, phrases, 'en-GB', asked)).to.equal('unclear'));
  }
});

describe('Reading "ok ..." at other confirmations', () => {
  const table = [
    ['delete', 'ok delete it', 'yes'],
    ['delete', 'ok keep it', 'no'],
    ['delete', "ok don't delete it", 'no'],
    ['delete', 'ok send it', 'unclear'],
    ['removeGoal', 'ok take it out', 'yes'],
    ['removeGoal', 'ok leave it', 'no'],
    ['restart', 'ok start again', 'yes'],
    ['restart', 'ok carry on', 'no'],
    ['keepBack', 'ok keep it out', 'yes'],
    ['keepBack', 'ok send it', 'no'],
    ['newResults', 'ok show me', 'yes'],
    ['newResults', 'ok later', 'no'],
  ] as const;
  for (const [kind, text, answer] of table) {
    it(`reads "${text}" at ${kind} as ${answer}`, () =>
      expect(readConfirmation(text, phrases, 'en-GB', { kind, words })).to.equal(answer));
  }
});
