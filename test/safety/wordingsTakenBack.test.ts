import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Wordings in which the writer takes back, discounts or dates what a pattern would otherwise
 * read as a crisis: a figure of speech taken back ("Not literally!"), a laugh after a long
 * grumble, "I'm not" after a question about risk, "nothing sinister", a past episode that has not
 * come back, a sign the person has always had, and someone else's words the writer discounts.
 * Each calm list starts with the blind-14 hard negative that showed the gap, then wordings of
 * the same mechanism in no data file; the detects lists are look-alikes that must still count.
 */
const mechanisms: Record<string, Mechanism> = {
  'a figure of speech taken back in the same message': {
    detects: [
      ['Not literally. But I do think about ending it most nights', 'suicide'],
      ["I said I want to die and they all think I'm just joking", 'suicide'],
      ["I'll top myself haha, I won't, but honestly I have been looking at the bridge on the way home", 'suicide'],
      [
        "the paperwork makes me want to hang myself. Only joking. I'm actually stockpiling my tablets though",
        'suicide',
      ],
    ],
    calm: [
      'The council paperwork makes me want to throw myself out the window. Not literally! Can someone help me fill in the blue badge form?',
      "If my wife makes me eat one more salad I'll top myself 😂 (I won't, I'm far too fond of my allotment)",
      "This form makes me want to jump off a bridge. Not literally, don't worry!",
      'honestly the hospital parking makes me want to hang myself. only joking',
      "I'll kill myself if I have to sit through another of his slideshows lol I won't",
    ],
  },
  'a laugh after a long grumble': {
    detects: [
      ["I could kill my husband he's left the toilet seat up again, I mean it, I've got a knife", 'harmOthers'],
      ['i could kill him, not joking, he has hit me again', 'harmOthers'],
    ],
    calm: [
      "i could kill my husband he's left the toilet seat up again lol. anyway goal is swimming twice a week",
      'I could strangle my son he has eaten every single biscuit in the house again haha',
    ],
  },
  '"I\'m not" after a question about risk': {
    detects: [
      ["they ask if I'm suicidal. I'm not sure any more", 'suicide'],
      ['the mood form checks whether you are suicidal. i am not, but i have thought about the train tracks', 'suicide'],
    ],
    calm: [
      "I know the mood questions are there to check if people are suicidal. I'm not, I'm just knackered from night shifts and looking after Mum",
      "The questionnaire wants to know if I'm suicidal. I'm not. Just tired of the pain",
      "The nurse asked whether I was suicidal. I'm not, just worn out with the baby",
    ],
  },
  '"nothing sinister" said of what was just described': {
    detects: [
      ["I have stockpiled my pills, nothing sinister, and tonight I'm taking them all", 'suicide'],
      ["I've been saving up my tablets. Nothing to worry about.", 'suicide'],
      ['crushing chest pain right now, the GP said nothing sinister last week', 'medicalEmergency'],
    ],
    calm: [
      'mum hoards her old medicines in a biscuit tin, nothing sinister, she just hates waste. can the pharmacist come and do a clear-out?',
      "I've got a stash of my old painkillers in the kitchen drawer, nothing sinister, I just never throw anything away",
      'Dad stockpiles his insulin pens in the garage fridge, not in a sinister way, he panics about running out',
    ],
  },
  'a past episode that has not come back': {
    detects: [
      [
        'I took 40 tablets and my sister called an ambulance, nothing like this has happened before',
        'medicalEmergency',
      ],
      ["I overdosed in March. Nothing like it has happened since, but tonight I'm going to do it again", 'suicide'],
    ],
    calm: [
      "Last year my son found me collapsed with a hypo and had to call an ambulance. Since then I've got a Libre sensor and nothing like it has happened. Want to discuss driving rules",
      "I took an overdose last spring and had to go to A&E. It hasn't happened since and I'm seeing a counsellor",
      "Two winters ago Dad had a bad chest infection and we had to ring an ambulance. He hasn't needed one since, the rescue pack works",
      'Last year I fell and had to call an ambulance, nothing like it has happened since I got the pendant alarm',
    ],
  },
  'a sign the person has always had': {
    detects: [
      [
        "her legs have always been mottled but today they are mottled up to her knees and she's very drowsy",
        'medicalEmergency',
      ],
      ['I have always been suicidal, since I was a kid', 'suicide'],
    ],
    calm: [
      "Mum's legs have always been a bit mottled and cold, it's her circulation, the vascular team check her every six months",
      "Dad's hands have always been mottled and purple in the cold, it's his Raynaud's",
    ],
  },
  "someone else's words the writer discounts": {
    detects: [
      ["My son says he wants to kill himself. The crisis team saw him and aren't worried but I am", 'suicide'],
      ["Dad says he wants to end it. He's in good spirits but I don't believe him", 'suicide'],
      ["my husband keeps saying he'll smother our daughter, he says this about everyone", 'harmOthers'],
      ['Mum keeps saying she wants to die and she has stopped eating', 'suicide'],
    ],
    calm: [
      'My mum with Alzheimer\'s said the carer "tried to murder her" because they made her take her tablets. She says this about everyone, the carers are good and I\'ve watched them. Is there a way to make tablets easier?',
      "Mum sometimes says \"I just want to die\" when she's frustrated, then an hour later she's laughing with the grandkids. The mental health nurse has seen her and isn't worried, but can we mention it at the appointment?",
      "My husband often says \"I'll be dead soon anyway, I'll have the cake\" 😂 he's 89 and in good spirits",
      "Grandad keeps saying he'll be gone by Christmas anyway, he's in great spirits",
      'my dad with dementia says the nurse tried to poison him, he says the same about everyone who gives him tablets',
      "Mum often says she'd be better off dead when her back flares up. Her psychiatrist has seen her and isn't concerned",
    ],
  },
};

describeMechanisms('crisis wordings the writer takes back, discounts or dates', mechanisms);
