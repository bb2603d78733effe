import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Wordings of the poisoning, pregnancy, cancer-fever, first-seizure, very-high-sugar, repeated
 * fainting and take-them-all mechanisms, and of a question that plans for an emergency rather than telling one, that are in
 * no data file. A rule that only matches the sentence it was written for fails here.
 */
const mechanisms: Record<string, Mechanism> = {
  'a small child who got at medicines': {
    detects: [
      ['our toddler found my nan’s dosette box and has eaten some of the pills', 'medicalEmergency'],
      ['my grandson (3 year old) swallowed two of my blood pressure tablets off the table', 'medicalEmergency'],
    ],
    calm: ['my daughter sorts my tablets into the box every Sunday for me', 'my son is 4 and has his own inhaler'],
  },
  'carbon monoxide': {
    detects: [
      ['the carbon monoxide alarm keeps beeping and I feel woozy', 'medicalEmergency'],
      [
        'me and my husband are both drowsy with headaches indoors, they go away once we get out in the garden',
        'medicalEmergency',
      ],
    ],
    calm: ['I get headaches from my new glasses, they are better once I take them off'],
  },
  'waters breaking early': {
    detects: [['32 weeks pregnant and I think my waters have gone, there is fluid everywhere', 'medicalEmergency']],
    calm: ['my waters broke at 40 weeks with my first, it all went fine'],
  },
  'a fever during chemotherapy': {
    detects: [['on chemo since March, tonight my temperature is 38.4 and I am shivering', 'medicalEmergency']],
    calm: ['I finished chemo two years ago and my energy is slowly coming back'],
  },
  'a first seizure': {
    detects: [['Dad has just had his first ever fit, he is 70, he is very confused now', 'medicalEmergency']],
    calm: ['I had a fit as a child and have never had one since'],
  },
  'a very high sugar with symptoms': {
    detects: [['BM is reading HI and he is vomiting and not making sense', 'medicalEmergency']],
    calm: ['my sugars were 25 over Christmas, the nurse changed my insulin and they are fine now'],
  },
  'a plan to take every tablet': {
    detects: [
      ['about to neck every one of my water tablets once the house is empty', 'suicide'],
      ['going to take all of my blood pressure tablets tonight', 'suicide'],
    ],
    calm: [
      "I'm going to take all my tablets to the pharmacist so she can check them",
      'I need to take all my medication with me when we go on holiday',
    ],
  },
  'too much paracetamol over days': {
    detects: [['been on 12 co-codamol a day since Monday for my tooth and I feel rough', 'medicalEmergency']],
    calm: ['I take 2 paracetamol four times a day for my hip, never more than 8'],
  },
  'fainting again and again today': {
    detects: [['Mum has collapsed 4 times today, she is on heart tablets', 'medicalEmergency']],
    calm: ['I fainted three times last winter and they fitted a pacemaker, no trouble since'],
  },
  'a question about how a method would work': {
    detects: [
      ['if someone swallowed a whole box of co-codamol how long would it take to die', 'suicide'],
      ['would it be painless if I took all my insulin in one go', 'suicide'],
    ],
    calm: ['if I take my inhaler before the walk will it help?', 'if I stop my statin would my cholesterol go up?'],
  },
  'advice they were given, reported': {
    detects: [
      [
        'The GP said to call 999 if the chest pain lasts more than 15 minutes and it has been 20 minutes now, crushing',
        'medicalEmergency',
      ],
    ],
    calm: [
      'The GP said to call 999 if the chest pain lasts more than 15 minutes. It never has, the spray works.',
      'If his temperature goes above 38 on chemo, do we ring the hospital line or 111?',
    ],
  },
  'a question told about something that has happened': {
    detects: [['what do we do if he has swallowed his whole week of tablets this morning', 'medicalEmergency']],
    calm: ['what should we do if he has a fit while we are on holiday?'],
  },
  'a death long ago, and a denial after a dash': {
    detects: [],
    calm: [
      'My uncle killed himself in the 90s, it still affects my mum and I would like her to get some support',
      'You asked about suicide - no, never, I just want my knee sorted',
    ],
  },
  'a dangerous result phoned through': {
    detects: [
      ['renal unit called this morning, potassium 7.1, they want him to come in now', 'medicalEmergency'],
      ['the GP rang and told me to go to A and E tonight because my INR is 8', 'medicalEmergency'],
    ],
    calm: ['the surgery rang to say my bloods were fine and the review is on Tuesday'],
  },
  'eyes and airways': {
    detects: [
      ['a shadow came down across my left eye an hour ago', 'medicalEmergency'],
      ['splashed descaler in my eye and it is burning', 'medicalEmergency'],
      ["his trach tube fell out and we can't get the new one in", 'medicalEmergency'],
    ],
    calm: [
      'the blinds came down in the storm',
      'got shampoo in my eye, stinging a bit haha',
      'I want to ask about my cataract operation, my sight is a bit cloudy',
    ],
  },
  'rehearsal, readiness and a note to be read after': {
    detects: [
      ['been practising knots for when the time comes', 'suicide'],
      ['I will not be here by the time my son opens the letter', 'suicide'],
      ['Mum says she has stopped eating so she can die, she is 91', 'suicide'],
    ],
    calm: ['practising knots at sea cadets with my grandson was the best bit of the week'],
  },
  'a young child left at home alone': {
    detects: [['we had to leave our 3 year old on her own in the flat while I took his dad to A&E', 'harmOthers']],
    calm: ['my 15 year old is fine at home on his own for an hour after school'],
  },
  'back pain with a numb bottom, clozapine with a fever, a large scald': {
    detects: [
      ['sciatica for weeks and today I lost control of my bladder', 'medicalEmergency'],
      ['my son takes clozapine and he has had a fever and a sore throat since Tuesday', 'medicalEmergency'],
      ['knocked the pan of boiling water over, the skin on my whole arm is coming off', 'medicalEmergency'],
    ],
    calm: [
      'my clozapine blood test is due on Friday and I feel well, no temperature',
      'caught my hand on the kettle, one small blister, it is fine',
    ],
  },
  'places, letters, stashes and checking out': {
    detects: [
      ['been looking up which car parks in town have no railings on the top floor', 'suicide'],
      ['left a letter for my wife saying why I did it', 'suicide'],
      ['I have a stockpile of my sleeping tablets now', 'suicide'],
      ['getting everything in order this week, then I am checking out', 'suicide'],
    ],
    calm: [
      'I have got a little stash of chocolate for the grandchildren',
      'I want my affairs in order, a will and a lasting power of attorney',
    ],
  },
  'a question that plans for an emergency': {
    detects: [
      ['What should I do if it happens? I have crushing chest pain right now', 'medicalEmergency'],
      [
        'if he ever fits for more than 5 minutes we call 999, and he has been fitting for 7 minutes now',
        'medicalEmergency',
      ],
      ['If his sugar is below 3.5 now and he is shaking and sweating, should I ring 999?', 'medicalEmergency'],
    ],
    calm: [
      'If I ever get chest pain that the spray does not shift, do I call an ambulance or go to A&E?',
      "What's the plan if Mum has a seizure that lasts longer than five minutes while we are out?",
      'I would like to know what signs should tell me to ring 999 instead of 111',
      'If my temperature goes over 38.5 and I get chest pain, should I call 999?',
    ],
  },
};

describeMechanisms(
  'Poisoning, pregnancy, cancer fever, first seizures, high sugars and planning questions',
  mechanisms,
);
