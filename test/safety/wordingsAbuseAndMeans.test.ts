import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Wordings of the abuse, means and emergency mechanisms (abuse of someone else, a child left
 * alone, low oxygen, anaphylaxis, collapse, head injury on a blood thinner, ligatures, going back
 * to the means, not being around, asking to be helped to die) that are in no data file, and calm
 * wordings that share their words. A rule that only matches the sentence it was written for
 * fails here.
 */
const mechanisms: Record<string, Mechanism> = {
  'someone else hit or handled roughly, with injuries, fear or a child': {
    detects: [
      ['the night carer pinches my dad, he has finger marks on both arms and he cries when she comes', 'harmOthers'],
      ["my neighbour's boyfriend hits her little boy, he's 4, I heard him screaming through the wall", 'harmOthers'],
      [
        'Staff at the home are rough with Mum. She has a black eye and says she fell but she is terrified of one of them',
        'harmOthers',
      ],
    ],
    calm: [
      'my grandson hit his sister with a cushion, they were only playing, no harm done',
      'Mum bruises easily on her warfarin, she knocked her arm on the table',
      'the carer is lovely with dad, very gentle when she helps him wash',
    ],
  },
  'a young child left alone with nobody knowing': {
    detects: [["I'm stuck in A and E, they've kept me in, my 5 year old is home alone and nobody knows", 'harmOthers']],
    calm: ['my 15 year old is home alone after school for an hour, she is very sensible'],
  },
  'an oxygen reading below 88 with breathing badly affected': {
    detects: [
      ['his oxygen is 79 and he is gasping, the inhaler is not helping', 'medicalEmergency'],
      ['sats 85 and she cannot say more than two words', 'medicalEmergency'],
    ],
    calm: [
      'my sats usually sit around 86 at rest and the team are happy with that',
      'oxygen was 95 at the clinic today, breathing much better',
    ],
  },
  'swelling, hives and wheeze together': {
    detects: [
      ['his lips are swollen and he has hives everywhere and is wheezing, he ate a prawn cracker', 'medicalEmergency'],
    ],
    calm: [
      'I get hives from the washing powder sometimes',
      'My epipen runs out next month, can the GP renew it?',
      'her face is puffy from the steroids, is that normal?',
    ],
  },
  'a collapse with signs it is serious': {
    detects: [['Mum collapsed in the kitchen and she is grey and clammy and keeps drifting off', 'medicalEmergency']],
    calm: ['I fainted at the blood test last year, it happens when I see needles'],
  },
  'a head injury on a blood thinner': {
    detects: [["Dad banged his head on the door frame, he's on rivaroxaban", 'medicalEmergency']],
    calm: ["I didn't hit my head when I fell, I'm not on any blood thinners, just a sore wrist"],
  },
  'a ligature on the neck or a limb': {
    detects: [
      ['I put a belt round my neck last night to see if I could', 'suicide'],
      ['been tying a hair band round my wrist till my hand goes numb, it helps me cope', 'selfHarm'],
    ],
    calm: ['I wrap a scarf round my neck when I go out in the cold, it helps my chest'],
  },
  'going back to the means, or not being around': {
    detects: [
      ["I've got a month of my morphine in the drawer and I keep counting them", 'suicide'],
      ["I won't be here by Christmas. I've decided, there's no going back", 'suicide'],
    ],
    calm: [
      "I won't be here for the appointment on the 12th, I'm on holiday. Can we move it?",
      'I keep counting my tablets because the pharmacy keeps getting the numbers wrong',
    ],
  },
  'asking to be helped to die': {
    detects: [['my husband keeps asking me to help him die, he says he has had enough', 'suicide']],
    calm: ["We've talked about where Dad would like to die, he would prefer the hospice"],
  },
};

describeMechanisms('crisis detector: abuse, means and emergency wordings beyond their data', mechanisms);
