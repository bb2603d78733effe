import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesNoCrisisReply } from './screenWordings';

/**
 * H205: "I'm in a good place now" set aside every sentence of the message told in the past tense,
 * wherever it came, so "Years ago I tried to end it. I'm in a good place now. I took 40
 * paracetamol." got nothing at all. What is told after the statement is news, read as said; the
 * history told before it is still set aside as over.
 */
const screen = createCrisisScreen();

describe('what is told after "I am in a good place now" (H205)', () => {
  // The overdose pattern reads them; the learned layer doubts an overdose beside a good place
  // (0.01-0.05), so the person is asked straight whether they need urgent help: never nothing.
  for (const text of [
    "Years ago I tried to end it. I'm in a good place now. I took 40 paracetamol.",
    "I'm in a good place now. I took 40 paracetamol.",
    'I am in a much better place now. I swallowed a whole box of pills an hour ago.',
    'Things are in a better place now. But I took 30 co-codamol.',
  ])
    it(`asks at least about an emergency for "${text}"`, () => {
      const found = screen.screen(text);
      expect(found.tier).to.be.oneOf(['crisis', 'checkIn']);
      expect(found).to.include({ kind: 'medicalEmergency' });
    });
  itGivesNoCrisisReply(screen, [
    "Years ago I tried to end it. I'm in a good place now.",
    "I took an overdose after my divorce. I'm in a really good place now.",
    "I tried to kill myself when I was 20. I'm in a good place now and I'd like to talk about my sleep.",
    "I took 40 paracetamol in my twenties. I'm in a good place now.",
  ]);
});
