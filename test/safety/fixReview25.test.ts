/**
 * Review 25's fixes (H253-H255): the disclosures the review found silenced or missed are read,
 * and the look-alikes beside them stay quiet, so no false alarm rises with them.
 */
import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

const screen = createCrisisScreen();

describe('at how a carer is coping, a tiredness phrase that ends there is the answer (H253)', () => {
  for (const text of [
    "I'm exhausted and I haven't slept in weeks",
    'tired but ok',
    "really struggling if I'm honest",
    'struggling a bit',
    "shattered, he's up all night",
    'tired all the time',
  ])
    it(`reads "${text}" there as the answer: nothing`, () => {
      expect(screen.screen(text, 'coping')).to.deep.equal({ tier: 'none' });
    });
  for (const text of ["I'm tired of it all", 'tired of fighting'])
    it(`reads "${text}" there as ever: not nothing`, () => {
      expect(screen.screen(text, 'coping').tier).to.not.equal('none');
    });
});

describe('"all my tablets" taken before a good place (H255)', () => {
  for (const text of [
    "I took all my tablets today like the doctor said. I'm in a good place now.",
    "I took all my tablets this morning and I'm in a good place now",
    "I took all my tablets as a teenager. I'm in a much better place now.",
  ])
    it(`still sets aside "${text}", taken as prescribed or long ago`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
});

describe('own tablets taken to sleep forever, or a sedative with drink (H255)', () => {
  it('gives the medical crisis reply for "I took my zopiclone so I can sleep forever"', () => {
    expect(screen.screen('I took my zopiclone so I can sleep forever')).to.include({
      tier: 'crisis',
      kind: 'medicalEmergency',
    });
  });
  it('asks about "had a few glasses of wine then took my zopiclone"', () => {
    expect(screen.screen('had a few glasses of wine then took my zopiclone')).to.include({
      tier: 'checkIn',
      kind: 'medicalEmergency',
    });
  });
  it('gives the medical crisis reply for sleeping tablets with vodka and drowsy after', () => {
    expect(screen.screen("I've taken my sleeping tablets with vodka. I feel really drowsy")).to.include({
      tier: 'crisis',
      kind: 'medicalEmergency',
    });
  });
  for (const text of [
    "I've taken my sleeping tablets so I can sleep tonight",
    'I had a sleeping tablet with a cup of tea so I can sleep',
    'I took my tablets with a glass of water',
    'I never take my sleeping tablets with wine',
    'can I take my zopiclone with a glass of wine?',
    "he takes his warfarin so he doesn't die of a clot",
  ])
    it(`gives nothing for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
});
