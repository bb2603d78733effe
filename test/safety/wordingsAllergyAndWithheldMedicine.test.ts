import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Disclosures blind set 17 answered as the wrong kind on first contact: an allergic reaction with
 * 'feels like he's going to die' had the suicide reply, and a daughter withholding her father's
 * insulin as a punishment was read as self-harm. Each detects list starts with the blind wording,
 * then wordings of the same mechanism in no data file, with the kind each must keep.
 */
const mechanisms: Record<string, Mechanism> = {
  "an allergic reaction told with 'going to die' is an emergency, not a wish to die": {
    detects: [
      [
        "my husband took a bite of the cake and now he's wheezing and covered in hives and says he feels like he's going to die",
        'medicalEmergency',
      ],
      [
        "her lips have swollen up after the prawns and she keeps saying she feels like she's going to die",
        'medicalEmergency',
      ],
      ["he's wheezing after the peanut butter and thinks he's going to die", 'medicalEmergency'],
      ["my eczema has flared into hives again and honestly I want to die, I can't go on like this", 'suicide'],
    ],
    calm: [
      'I carry an EpiPen in case my throat swells, I have never needed it',
      'had hives as a child after strawberries, grew out of it',
    ],
  },
  "someone else withholding a person's insulin, medicine or food to punish them": {
    detects: [
      [
        "Support worker report: client's daughter has been withholding his insulin as a punishment. Client appears frightened of her.",
        'harmOthers',
      ],
      ["her son hides her inhalers when she's been difficult", 'harmOthers'],
      ['he withholds my insulin to punish me', 'harmOthers'],
      ['I skip my insulin on purpose to punish myself', 'selfHarm'],
    ],
    calm: [
      'I keep her tablets locked away because she gets muddled about what she has taken',
      'the ward withheld his insulin because he was nil by mouth',
      'I hid his biscuits as a punishment for swearing, we both laughed',
    ],
  },
};

describeMechanisms('disclosures blind set 17 answered as the wrong kind on first contact', mechanisms);
