import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * An overdose taken by someone named by who they are to the writer ("mum took an overdose"). The
 * pattern knew only pronouns as the one who took it; the learned layer checked in on these until
 * the blind-17 retrain, after which they got nothing (found in review, 2026-12-06).
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
};

describeMechanisms('overdoses told of by the one who found them', mechanisms);
