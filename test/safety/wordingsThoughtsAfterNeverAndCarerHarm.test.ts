import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Two gaps left after the never-made act became a denial (crisis18, 2026-12-06): thoughts of the
 * act after "I have never …, but I think about it a lot" got nothing, since the denial blanked
 * the act and "it" named nothing left; and a carer or someone at a home hurting the person cared
 * for ("he is covered in bruises from the carer") got only the learned layer's check-in, or
 * nothing after a denial in the same message. Calm look-alikes share the words.
 */
const mechanisms: Record<string, Mechanism> = {
  'thoughts of an act never made, told after the denial': {
    detects: [
      ['I have never self harmed, but I think about it a lot', 'selfHarm'],
      ["I've never self harmed but I keep thinking about it", 'selfHarm'],
      ['I have never self-harmed though I think about doing it most nights', 'selfHarm'],
      ['never self harmed, but I have been thinking about it lately', 'selfHarm'],
      ["I've never tried to kill myself but I think about it every day", 'suicide'],
      ['I have never tried to kill myself, but I think about it all the time', 'suicide'],
      ["I've never taken an overdose but I keep thinking about it", 'suicide'],
      ['he has never self harmed but he talks about it and thinks about it a lot', 'selfHarm'],
      ["I'm not suicidal but I think about it sometimes", 'suicide'],
    ],
    calm: [
      'I have never self harmed',
      'I have never self harmed, but I think about my weight a lot',
      "I've never tried to kill myself and I don't think about it",
      'I have never self harmed, but I think about my brother who did',
      "I've never taken an overdose, but I think about my pain a lot",
      "I have never self harmed but I don't think about it either",
      'my son has never taken an overdose',
    ],
  },
  'a carer or someone at a home hurting the person cared for': {
    detects: [
      ['he is covered in bruises from the carer', 'harmOthers'],
      ['he has never tried to kill himself, he is covered in bruises from the carer', 'harmOthers'],
      ['mum has bruises on her arms from the carers at the home', 'harmOthers'],
      ['the carer hits him', 'harmOthers'],
      ['I think the night carer has been hitting dad', 'harmOthers'],
      ['one of the carers slapped mum', 'harmOthers'],
      ['the carer pushed him over', 'harmOthers'],
      ['someone at the home is hurting her', 'harmOthers'],
      ['somebody at the care home has been hurting him', 'harmOthers'],
      ["she's scared of her carer", 'harmOthers'],
      ['he is terrified of the night carer and cries when she comes', 'harmOthers'],
    ],
    calm: [
      'he bruises easily on warfarin',
      'the carer helps him wash',
      'bruised his knee when he fell',
      'he is covered in bruises from the fall last week',
      'the carer hurt her back lifting him',
      'the carer pushed him in his wheelchair to the park',
      'the staff hurt his feelings',
      "she's scared of her carer leaving, they get on so well",
      'the carers at the home are lovely with her',
      'he has bruises from the blood tests',
    ],
  },
};

describeMechanisms('crisis detector: thoughts after a denial, and harm by a carer', mechanisms);

describe('thoughts after a denial and harm by a carer, read by both layers', () => {
  const screen = createCrisisScreen();

  // The learned layer all but rules this one out (0.013), so the pattern's finding is asked about
  // as a check-in (patternDoubt): at least the question, never nothing.
  it('asks the self-harm check-in at least for "I have never self harmed, but I think about it a lot"', () => {
    const result = screen.screen('I have never self harmed, but I think about it a lot');
    expect(result).to.include({ kind: 'selfHarm' });
    expect(['crisis', 'checkIn']).to.include(result.tier);
  });

  for (const [text, kind] of [
    ["I've never self harmed but I keep thinking about it", 'selfHarm'],
    ["I've never tried to kill myself but I think about it every day", 'suicide'],
    ['he is covered in bruises from the carer', 'harmOthers'],
    ['he has never tried to kill himself, he is covered in bruises from the carer', 'harmOthers'],
    ['someone at the home is hurting her', 'harmOthers'],
  ] as const) {
    it(`gets the ${kind} crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind });
    });
  }

  for (const text of ['he bruises easily on warfarin', 'the carer helps him wash', 'bruised his knee when he fell']) {
    it(`gets nothing for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }
});
