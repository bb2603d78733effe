import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Wordings of the neglect and emergency mechanisms (neglect and taking money, a child touched or
 * with an adult "boyfriend", car fumes, method questions, seizures that do not stop, headache red
 * flags, children struggling to breathe, objects swallowed) that are in no data file, and calm
 * wordings that share their words. A rule that only matches the sentence it was written for
 * fails here.
 */
const mechanisms: Record<string, Mechanism> = {
  'neglect, and money taken or controlled': {
    detects: [
      [
        "my nephew has Nan's bank card and PIN and there's no food in her fridge, she's lost so much weight",
        'harmOthers',
      ],
      ['the carers leave Dad in soiled sheets and he has not been fed properly since Friday', 'harmOthers'],
    ],
    calm: [
      "my son looks after Mum's money for her now, it's all set up with power of attorney and she's happy with it",
      'I lost a lot of weight after the operation but it is coming back now',
    ],
  },
  'a child harmed by an adult': {
    detects: [
      ['my 6 year old says the man next door touched her and told her to keep it a secret', 'harmOthers'],
      ["she's only 13 and her 24 year old boyfriend picks her up from school", 'harmOthers'],
    ],
    calm: ['my 4 year old keeps touching everything in the shop, she is a nightmare'],
  },
  'means and method questions': {
    detects: [
      ['how do you hang yourself without it hurting', 'suicide'],
      ['Dad has been sitting in the car with the engine running in the garage with the door shut', 'suicide'],
      ["I've got 2 months of my water tablets and heart tablets saved and I just want it all over", 'suicide'],
    ],
    calm: [
      'Dad sits in the car with the engine running to warm it up before he drives to the shop',
      'how do you manage yourself when the pain flares up?',
    ],
  },
  'seizures, headaches and breathing': {
    detects: [
      ['she has been fitting for 6 minutes now, I have given the buccal and it has not worked', 'medicalEmergency'],
      ['he has a stiff neck and a headache and cannot stand the light', 'medicalEmergency'],
      [
        'my little one is wheezing and her tummy is sucking in, she has had her blue inhaler every few minutes',
        'medicalEmergency',
      ],
    ],
    calm: [
      'I get headaches when I do not drink enough water',
      'her last seizure was two years ago and it stopped after a minute',
    ],
  },
  'objects or corrosives swallowed': {
    detects: [
      ['my toddler has swallowed a button battery from the remote', 'medicalEmergency'],
      ['she keeps swallowing drawing pins when she gets upset', 'selfHarm'],
    ],
    calm: ['the tablets are hard to swallow, can I get them as a liquid?'],
  },
  'idioms set aside, never a disclosure beside them': {
    detects: [
      ["you don't know how much I want to die", 'suicide'],
      ["I'm at the point where I want to die", 'suicide'],
      ["It's not in my character to complain but I took an overdose an hour ago", 'medicalEmergency'],
      ["I'll kill her if she leaves me", 'harmOthers'],
      ["I'll kill him if he does that again", 'harmOthers'],
      ["I'm going up through the roof hatch tonight to jump", 'suicide'],
    ],
    calm: [
      'We talked about where Mum wants to die - at home, with the family',
      'he hit the roof when I told him the appointment had moved',
      "I'll murder him if he's late picking me up again",
    ],
  },
  'devices, readings and timed notes that say it is happening now': {
    detects: [
      ['his defib has gone off twice in the last hour and he is grey', 'medicalEmergency'],
      ['blood sugar is 1.6, had two lots of juice and still not coming up', 'medicalEmergency'],
      ['she is still fitting, it has been eight minutes', 'medicalEmergency'],
      ['after the fall there is clear liquid dripping out of her ear', 'medicalEmergency'],
      [
        'he is in crisis with his sickle cell and the doctors said before it could turn into acute chest',
        'medicalEmergency',
      ],
      ['the baby drank some of the washing up liquid', 'medicalEmergency'],
    ],
    calm: [
      'my ICD has never gone off, I want to ask if I can drive',
      'sugar was 2.9 on Sunday, I had a biscuit and it came straight up',
      'what should I do if my libre reads LO overnight? want a plan for it',
    ],
  },
  'a threat from someone else, reported by the person it is made against': {
    detects: [
      ["my husband told me he'll kill me if I ever leave him", 'harmOthers'],
      ['my son texts me every night saying he will hurt me if I do not send money', 'harmOthers'],
      ['I want to kill me, nobody listens', 'suicide'],
    ],
    calm: ["haha my sister said she'll kill me if I eat the last scone"],
  },
  'a stroke had today, and the lasting effects of one had before': {
    detects: [
      ['I think he had another stroke this morning', 'medicalEmergency'],
      ["Dad's had a mini stroke today", 'medicalEmergency'],
      ['he had a small stroke 2 hours ago', 'medicalEmergency'],
      ['his speech is slurred since the stroke this morning', 'medicalEmergency'],
      ['after the stroke an hour ago his speech is slurred', 'medicalEmergency'],
      ['her speech is slurred since her stroke, I think she had another stroke this morning', 'medicalEmergency'],
      ['my speech is slurred since this morning', 'medicalEmergency'],
    ],
    calm: [
      'yes, my speech is slurred since the stroke',
      'since the stroke my speech is slurred',
      'his speech is slurred since his stroke last year',
      'since my stroke I slur my words',
      'slurred speech since her stroke in March',
      'he had a stroke last year',
      'I had a stroke this time last year',
    ],
  },
};

describeMechanisms('crisis detector: neglect and emergency wordings beyond their data', mechanisms);
