import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Disclosures blind set 17 only checked in on at first contact, though they state a crisis
 * outright: suicide in learner's English, a fast to the end, 'checking out. Permanently', last
 * goodbyes done, pills swallowed, a stroke woken up with, choking that will not clear, a parent on
 * the floor not answering, chest tightness at rest that will not go off, near blackouts with a
 * heart stopping and starting, coercive control, and a client grabbed by the hair. Each detects
 * list starts with the blind wording, then wordings of the same mechanism in no data file; the
 * calm lists are look-alikes that must stay quiet.
 */
const mechanisms: Record<string, Mechanism> = {
  'not wanting to live, or finishing one’s life, in learner’s English': {
    detects: [
      [
        'my husband dead two year, I no want live more, I think every day to finish my life, today is more strong',
        'suicide',
      ],
      ['she no want live no more since the baby', 'suicide'],
      ['I am thinking to finish my life', 'suicide'],
    ],
    calm: [
      'I want to finish my life story for the grandchildren',
      'I would like to finish my life at home, not in hospital, when the time comes',
      'no want live in care home, want stay in my house',
      "I don't want to be here for Christmas, we're going to my sister's in Wales, can the review wait?",
    ],
  },
  'stopping eating and drinking until it is over': {
    detects: [
      [
        'I want to be clear: I am not depressed, I am simply finished. I intend to stop eating and drinking and taking my tablets from tomorrow until it is over.',
        'suicide',
      ],
      ["He says he's going to stop eating and drinking until he's gone", 'suicide'],
    ],
    calm: [
      'I have to stop eating and drinking from midnight until the operation is over',
      'The hospice nurse said when he stops eating and drinking it may not be long',
    ],
  },
  'checking out for good': {
    detects: [
      ["Dont bother with the care plan. I'm checking out. Permanently. Sooner rather than later.", 'suicide'],
      ['thinking of checking out for good', 'suicide'],
    ],
    calm: [
      "We're checking out of the hotel permanently and moving in with my daughter",
      'I checked out the new gym, I might go for good next month',
    ],
  },
  'last goodbyes said, as the writer’s own farewell': {
    detects: [
      ['no plans for the future as I won’t have one. last goodbyes done.', 'suicide'],
      ["I've said my final goodbyes, there's nothing left to plan", 'suicide'],
    ],
    calm: [
      'we said our last goodbyes to Dad at the hospice on Sunday',
      "I've said my last goodbyes to Mum, the funeral is on Friday",
    ],
  },
  'a handful of pills swallowed, not said what': {
    detects: [
      ['i swallowed a bunch of pills. dont want to say what. i feel funny', 'medicalEmergency'],
      ["downed a fistful of pills, don't ask what", 'medicalEmergency'],
    ],
    calm: [
      'I swallowed a handful of pills with breakfast as usual',
      'I struggle to swallow a bunch of pills so the pharmacist gave me liquids',
    ],
  },
  'one side of the body not working, woken up with or sudden': {
    detects: [
      ['woke up with one side of my body not working', 'medicalEmergency'],
      ["Dad's left side suddenly stopped working at lunch", 'medicalEmergency'],
    ],
    calm: [
      'since his stroke his left side has not worked properly, the physio comes weekly',
      'woke up with my hand not working properly, I had slept on it',
    ],
  },
  'choking that will not clear': {
    detects: [
      [
        "Sorry to interrupt - husband's choking on his dinner, he has Parkinson's, he can't cough it up",
        'medicalEmergency',
      ],
      ["mum's choking on a bit of meat and can't get it out", 'medicalEmergency'],
    ],
    calm: [
      'he chokes on his dinner sometimes because of the Parkinsons but he can always cough it up',
      'the speech therapist is helping with his choking on thin drinks',
    ],
  },
  'someone on the floor and not answering': {
    detects: [
      [
        "Mum is on the floor, not answering me, breathing funny. I'm typing this because I don't know what to do",
        'medicalEmergency',
      ],
      ["Dad's slumped in his chair and not answering me", 'medicalEmergency'],
    ],
    calm: [
      "Mum is not answering me, she's in a mood with me again",
      'my son is on the floor playing lego and not answering me, typical teenager',
      "she's on the floor doing her physio exercises and not answering me because she's counting",
    ],
  },
  'a tight chest and breathlessness at rest that will not go off': {
    detects: [
      [
        "Lately when I climb stairs I get... no wait, right now, sat still, my chest is tight and I'm very short of breath, it's not going off",
        'medicalEmergency',
      ],
      ["my chest feels heavy and I'm breathless sitting down, it won't go away", 'medicalEmergency'],
    ],
    calm: [
      'my chest gets tight and I get short of breath on the stairs, it goes off when I rest',
      'chest is tight from this cold, not short of breath though',
    ],
  },
  'near blackouts with a heart that stops and starts': {
    detects: [
      [
        'feels like my heart is stopping and starting, dizzy, nearly blacked out twice, i have a pacemaker',
        'medicalEmergency',
      ],
      ['nearly passed out again, my heart keeps skipping beats', 'medicalEmergency'],
    ],
    calm: [
      "I'm terrified of needles, I nearly passed out at my last blood test",
      'my heart skips a beat now and then, the cardiologist says it is harmless',
    ],
  },
  'coercive control with fear: money and medicine kept from the person': {
    detects: [
      [
        "I'm afraid of my husband. He controls the money and my medication and says no one will believe me because of my memory.",
        'harmOthers',
      ],
      ["I'm scared of my wife, she controls my medication and won't let me see my friends", 'harmOthers'],
    ],
    calm: [
      'my son controls my money now because I asked him to, I was afraid of getting the bills wrong',
      "I'm afraid of my husband's driving, he controls the car like a rally driver",
    ],
  },
  'someone else grabbed by the hair or throat': {
    detects: [
      [
        "Im a home carer. One of my clients' husband grabbed her by the hair while I was there today and told me to mind my own business. She's 86.",
        'harmOthers',
      ],
      ['my stepdad dragged my mum round the kitchen by her hair last night', 'harmOthers'],
    ],
    calm: [
      'my granddaughter grabbed her by the hair in the playground and they were both told off',
      'the hairdresser pulled her hair back into a bun',
    ],
  },
};

describeMechanisms('disclosures blind set 17 only checked in on, though stated outright', mechanisms);
