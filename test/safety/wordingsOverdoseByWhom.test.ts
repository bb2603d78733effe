import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * An overdose taken by someone named by who they are to the writer ("mum took an overdose"). The
 * pattern knew only pronouns as the one who took it; the learned layer checked in on these until
 * the blind-17 retrain, after which they got nothing (found in review, 2026-12-06). A first name
 * ("Ron took an overdose") was still missed, and "has never taken an overdose" was read as one
 * taken, since 'has … taken' matched whatever word came between.
 */
const mechanisms: Record<string, Mechanism> = {
  'an overdose taken by a family member or another person named by who they are': {
    detects: [
      ['mum took an overdose', 'medicalEmergency'],
      ['dad took an overdose', 'medicalEmergency'],
      ['my son took an overdose', 'medicalEmergency'],
      ['my husband has taken an overdose', 'medicalEmergency'],
      ['I think my partner just took an overdose', 'medicalEmergency'],
    ],
    calm: ['my mum took an overdose years ago', 'my daughter had an overdose when she was 15, she is fine now'],
  },
  'an overdose taken by someone named by their first name': {
    detects: [
      ['Ron took an overdose', 'medicalEmergency'],
      ['Jean took an overdose last night', 'medicalEmergency'],
      ['our Ron took an overdose', 'medicalEmergency'],
      ['I think Ron took an overdose', 'medicalEmergency'],
      ["Ron's taken an overdose", 'medicalEmergency'],
      ['Priya just took an overdose', 'medicalEmergency'],
      ['Ron tried to kill himself', 'suicide'],
      ['Ron has been cutting himself', 'selfHarm'],
    ],
    calm: ['Ron took an overdose years ago', 'Jean had an overdose when she was 15, she is fine now'],
  },
  // "has taken too many pills" was found; "took too many pills" was not, whoever took them.
  "tablets 'took too many', as 'taken too many' already was": {
    detects: [
      ['he took too many pills', 'medicalEmergency'],
      ['I took too many pills', 'medicalEmergency'],
      ['mum took too many tablets', 'medicalEmergency'],
      ['Ron took too many of his sleeping tablets', 'medicalEmergency'],
      ['I think I took way too many painkillers', 'medicalEmergency'],
    ],
    calm: [
      "Nan took too many of her heart pills by mistake years back, so we're careful with dosette boxes now",
      'I took too many tablets by mistake years ago, the pharmacist sorted it out',
      'he took too many photos on holiday',
      'she took too many days off work last year',
    ],
  },
  'an overdose, self-harm or an attempt someone has never made': {
    detects: [
      // A turn in the sentence keeps the finding: "never … before" may be told of now.
      ['I have never taken an overdose before and I have just taken one', 'medicalEmergency'],
      ['he has never taken an overdose before, but tonight he has', 'medicalEmergency'],
      ['she has never self harmed until last night when she cut her arm', 'selfHarm'],
      ['my son has never taken an overdose, he wants to die', 'suicide'],
      ['I have never felt this low, I want to die', 'suicide'],
    ],
    calm: [
      'my son has never taken an overdose',
      "my son hasn't ever taken an overdose",
      'he never has taken an overdose',
      'she has never tried to kill herself',
      'Ron has never self harmed',
      'I have never self-harmed',
      'he has never tried an overdose',
    ],
  },
};

describeMechanisms('overdoses told of by the one who found them', mechanisms);

describe('an overdose never taken, read by both layers', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'my son has never taken an overdose',
    "my son hasn't ever taken an overdose",
    'she has never tried to kill herself',
    'Ron has never self harmed',
  ]) {
    it(`gets nothing for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  // Set aside only as the whole message: beside other words, both layers read the rest.
  for (const text of [
    'I have never felt this low, I want to die',
    'Ron took an overdose',
    'he has never tried to kill himself, but tonight he says he will jump off the bridge',
    'My son has never taken an overdose. He has stockpiled his tablets in his room.',
  ]) {
    it(`gets the crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }
});
