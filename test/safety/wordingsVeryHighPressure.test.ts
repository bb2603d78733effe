import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * A very high blood pressure (180 or more on top, or 120 or more underneath: NHS) told with a
 * symptom of harm now (a severe headache, chest pain, breathlessness, blurred vision, confusion,
 * weakness) is an emergency: 999, as a very low sugar with shakiness is. A reading told calmly, an
 * ordinary one, or one only asked about "if" is not.
 */
const mechanisms: Record<string, Mechanism> = {
  'a very high blood pressure with a symptom': {
    detects: [
      ['my bp was 220/130 at home today and I have a terrible headache', 'medicalEmergency'],
      ['BP 190 over 110 and my vision has gone blurry', 'medicalEmergency'],
      ["Mum's blood pressure is 200/125, she's confused and can't find her words", 'medicalEmergency'],
      ['I have chest pain and my blood pressure is 185/100', 'medicalEmergency'],
      ['his blood pressure machine says 170/125 and he is really short of breath', 'medicalEmergency'],
      ['blood pressure was 210 this morning. I feel weak and have a splitting headache', 'medicalEmergency'],
    ],
    calm: [
      'my bp was 150 over 90 at home and I have a terrible headache',
      'bp was 220/130 back in 2019 when I had a bad headache, it is fine now on tablets',
      'my blood pressure was 190/100 at the clinic, no headache or anything',
      'If my blood pressure is over 180 and I get a headache, should I call someone?',
      'my top number was 182 at the chemist, I feel fine',
      'took 500/125 co-amoxiclav and have a bad headache',
    ],
  },
};

describeMechanisms('Wordings: a very high blood pressure', mechanisms);

describe('Wordings: ordinary and calm blood pressure readings pass the whole screen', () => {
  const screen = createCrisisScreen();
  for (const text of [
    'bp 150 over 90',
    'my blood pressure was 135/85 at home',
    'my bp was 190/100 this morning',
    'my blood pressure is usually about 140/90, sometimes a headache',
  ]) {
    it(`gives no crisis reply to "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('crisis');
    });
  }
});
