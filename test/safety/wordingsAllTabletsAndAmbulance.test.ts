import { expect } from 'chai';
import { createCrisisScreen, type ScreenResult } from '../../safety/screen';

/**
 * Every tablet taken, told flatly, and an ambulance asked of the chat (H81, H82). "Took all my
 * tablets" is also how the daily round is told, so said alone it gets the medical check-in (is it
 * happening now?); with "at once", "the whole lot" or "all of them together" it is an overdose and
 * gets the emergency reply. A request to the chat for an ambulance gets the emergency reply
 * whatever the learned layer reads of it. The daily round, tablets taken back to the chemist and
 * transport booked for an appointment stay quiet.
 */
const screen = createCrisisScreen();

function expectEmergency(texts: readonly string[]): void {
  for (const text of texts) {
    it(`gives the emergency reply to "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'medicalEmergency' });
    });
  }
}

function expectQuiet(texts: readonly string[]): void {
  for (const text of texts) {
    it(`stays quiet for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' } satisfies ScreenResult);
    });
  }
}

describe('Every tablet taken, told flatly (H81)', () => {
  describe('said alone: at least the medical check-in', () => {
    for (const text of [
      'I took all my tablets',
      "I've took all my tablets",
      'I just took all my tablets',
      'he took all his tablets',
      'I took all of my tablets.',
      'mum took all her pills',
      'I took all my paracetamol',
      'took all my meds just now',
      // Together or at the same time is often the daily round: a pattern, but the learned layer's doubt asks.
      'took all of my tablets at the same time',
    ]) {
      it(`asks about "${text}" at least as a medical check-in`, () => {
        const found = screen.screen(text);
        expect(found.tier).to.not.equal('none');
        expect(found).to.include({ kind: 'medicalEmergency' });
      });
    }
  });

  describe('all at once: the emergency reply', () => {
    expectEmergency([
      'I took all my tablets at once',
      'I took all my tablets in one go',
      'I took all my tablets, the whole lot',
      'I took all my tablets, all of them together',
      'I took all my pills all at the same time',
      'I took all my tablets altogether',
      'mum took all her pills, every last one',
      'I took all my tablets. now I feel really dizzy',
    ]);
  });

  // Review 21: all of them together or at once with a drink after it is no daily round; only a meal,
  // water or the usual after it is (`medical.tookLargeAmount`, `medical.allTakenAtOnce`).
  describe('all together with drink: at least the medical check-in', () => {
    for (const text of [
      'mum took all her tablets together with vodka',
      'took all my sleeping tablets together with wine',
      'I took all my tablets together with whisky',
      'I took all my pills together with alcohol',
      'I took all my tablets at the same time with gin',
    ]) {
      it(`asks about "${text}" at least as a medical check-in`, () => {
        const found = screen.screen(text);
        expect(found.tier).to.not.equal('none');
        expect(found).to.include({ kind: 'medicalEmergency' });
      });
    }
  });

  describe('all at once with drink: the emergency reply', () => {
    expectEmergency([
      'I took all my tablets at once with vodka',
      'I took all my pills in one go with wine',
      'took all my sleeping tablets at once with whisky',
    ]);
  });

  describe('the daily round and tablets taken somewhere: nothing', () => {
    expectQuiet([
      'took all my tablets this morning like the nurse said',
      'I took all my tablets about twenty minutes ago so I should be fine for the walk',
      'I took all my tablets as prescribed',
      'I took all my tablets with breakfast',
      'I took all my tablets together with my breakfast',
      'I took all my tablets together with my tea',
      'I took all my tablets together with my evening meal',
      'I took all my tablets together with a glass of water',
      'I took all my tablets together as usual',
      'I took all my tablets at once with my breakfast',
      'I took all my tablets at once as usual',
      'took all my morning pills',
      'I took all my tablets back to the pharmacy',
      'I took all my old tablets back to the chemist in one go',
      'have you took all your tablets?',
    ]);
  });
});

describe('An ambulance asked of the chat (H82)', () => {
  expectEmergency([
    'please can you get me an ambulance',
    'could you send an ambulance please',
    'please get me an ambulance',
    'can someone get me an ambulance',
    'can you call me an ambulance',
    'will you get an ambulance for my husband please',
    'get me an ambulance now',
    'I want an ambulance',
  ]);

  expectQuiet([
    "I don't need an ambulance",
    "no need for an ambulance, I'm fine",
    'can you book an ambulance for my dialysis',
    'can you get me hospital transport for my appointment',
    'the ambulance is booked for my appointment',
    "please don't get me an ambulance, I'm fine",
    "I don't want an ambulance",
  ]);

  // Transport to an appointment, or an ambulance told of in the past, is never the crisis reply.
  for (const text of [
    'can you get me an ambulance for my hospital appointment on Tuesday',
    'could you send an ambulance to take me to my clinic next week',
    'they had to call me an ambulance last year',
  ]) {
    it(`gives no emergency reply to "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('crisis');
    });
  }
});
