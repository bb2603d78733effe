import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Explorer 22b, read with no question at all (H122-H124): an overdose texted the way texts are
 * written, without "I" ("took an overdose yesterday", "od again sat night"), got nothing; a carer
 * telling of slapping the person, or of giving them an extra sleeping tablet to get some rest, at
 * how they are coping, was noted; and two everyday answers got "are you having thoughts of ending
 * your life?": a cough had enough of, tablets stopped because they make one sick. Calm look-alikes
 * share the words.
 */
const mechanisms: Record<string, Mechanism> = {
  'an overdose texted without who, with a recent time': {
    detects: [
      ['took an overdose yesterday', 'medicalEmergency'],
      ['had an od last week', 'medicalEmergency'],
      ['od again sat night', 'medicalEmergency'],
      ['took an overdose on sunday', 'medicalEmergency'],
      ['Took an overdose last night.', 'medicalEmergency'],
      ['fine. took an overdose on friday', 'medicalEmergency'],
      ['had another overdose two days ago', 'medicalEmergency'],
      ['od again', 'medicalEmergency'],
    ],
    calm: [
      'took an overdose last year',
      'took an overdose years ago',
      'had an overdose of sun yesterday lol',
      'had an overdose of chocolate at christmas',
      'watched a film about someone who took an overdose yesterday',
      'nurse said the tablets could cause an overdose on sunday if I double up',
    ],
  },
  'a carer hitting the person cared for, told as what they do': {
    detects: [
      ['not well. sometimes I lose my temper and slap him', 'harmOthers'],
      ["I sometimes smack her when she won't take her tablets", 'harmOthers'],
      ['I lose my temper and thump her', 'harmOthers'],
      ['we often pinch him when he will not settle', 'harmOthers'],
    ],
    calm: [
      'sometimes I shake him awake',
      'i always hit him up for a lift',
      'I often kick him out of bed',
      'we slap him on the back when he chokes on his food',
      'I lose my temper and shout at him',
      'I shake his hand',
    ],
  },
  'a carer giving extra sleeping tablets to quieten the person, or to rest': {
    detects: [
      ['ok. I give him an extra sleeping tablet so I can get some rest', 'harmOthers'],
      ['I sometimes give him an extra diazepam to keep him quiet', 'harmOthers'],
      ['we give mum another sleeping pill so she leaves us alone', 'harmOthers'],
    ],
    calm: [
      'I give him an extra blanket so he sleeps',
      'I give him an extra painkiller when his knee is bad',
      "I give her an extra sleeping tablet when she can't sleep, the GP said that's fine",
      'I give mum her sleeping tablet at 10 so I can get some rest too',
    ],
  },
};

describeMechanisms('Overdoses texted without who, and a carer’s hands', mechanisms);

describe('Everyday answers about a symptom or a medicine, read by both layers', () => {
  const screen = createCrisisScreen();

  for (const text of [
    "I've had enough of this cough, it keeps me up at night",
    'fed up with this rash, it keeps me awake every night',
    'I want to stop taking my tablets, they make me sick',
    'I want to come off my statins because of the side effects',
  ]) {
    it(`asks nothing about "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  for (const text of [
    "I've had enough of this cough, I want to end it all",
    'I want to stop taking my tablets',
    "I want to stop taking my tablets, they make me sick, I can't go on",
  ]) {
    it(`still asks about "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }

  for (const text of ['took an overdose yesterday', 'had an od last week', 'od again sat night']) {
    it(`gets the emergency crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'medicalEmergency' });
    });
  }
});
