import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Wordings in which the writer disowns, clarifies or dates what a pattern would otherwise read as
 * a crisis, in the ways blind set 15's hard negatives showed. Each calm list starts with the
 * blind-15 hard negative that showed the gap, then wordings of the same mechanism in no data file;
 * the detects lists are look-alikes that must still count.
 */
const mechanisms: Record<string, Mechanism> = {
  'a take-back straight after the words, or "not serious!"': {
    detects: [
      ["I'll top myself tonight - not literally going to wait for the bus, I mean it", 'suicide'],
      ['i said id throw myself under a train. it is not serious to them but i mean it', 'suicide'],
      ["I'll kill myself - not literally, obviously, but tonight I'm taking the lot", 'suicide'],
    ],
    calm: [
      "I'll top myself if the bus is late again - not literally, obviously, I'm fine, it's just a saying.",
      "ha I said I'd throw myself under a train if the physio made me do another squat. not serious!! love the physio really",
      'this heat makes me want to throw myself off a cliff - not literally of course, just want a fan for the bedroom',
      "I'd jump off the pier for a decent cup of tea on that ward lol not serious!",
    ],
  },
  'the writer says what a phrase meant': {
    detects: [
      ['I said I wanted to end it all and I meant it. I have the tablets here', 'suicide'],
      ['when I said end it all I meant end it all, my life, I have had enough', 'suicide'],
    ],
    calm: [
      "Don't panic about what I said to the GP last time about wanting to end it all, I meant end it all with the smoking. 3 weeks smoke free!",
      'When I told the nurse I was ready to end it, I only meant end it with the dating apps',
    ],
  },
  'the writer names what the feeling is': {
    detects: [
      ["I wish I'd gone with him and it's not just the grief talking", 'suicide'],
      ["that's just grief talking, but tonight I'm going to end it", 'suicide'],
    ],
    calm: [
      "I wish I'd gone with him, sometimes, but I know that's just grief talking and I've got too much to live for with the grandkids. I have no plans to harm myself.",
      "Some nights I wish I'd died with her, but it's only the tiredness talking, I'm looking forward to the grandkids' visit",
    ],
  },
  "the writer's own words, disowned": {
    detects: [
      ['I told the nurse I want to die and I meant every word', 'suicide'],
      [
        "I say I'll kill him but I'd never lay a finger on him, but tonight he hit me again and I've got a knife",
        'harmOthers',
      ],
      ["I said I want to kill myself. I'm fine but I have the rope ready", 'suicide'],
    ],
    calm: [
      "Sometimes I say I want to die when I'm in pain, but I don't mean it, I'd never do anything. I just want the pain managed better.",
      "When the kids play up I say I'll murder them but I'd never lay a finger on them. I'm a softie really. It's just the tiredness.",
      "Mood: I joke that I'll jump off the pier if one more person tells me to 'think positive' but honestly I'm alright, just fed up of being patronised.",
      "I tell everyone I'd rather be dead than go into a home, I don't mean it, I just want to stay in my flat",
      'we joke that we will throw ourselves off the roof when the lift breaks again',
    ],
  },
  'a "one more" nuisance threat, laughed off': {
    detects: [
      ["If I have to get through one more night like this I'll kill myself", 'suicide'],
      ["if I have to fill in one more form I'll kill myself, I mean it", 'suicide'],
    ],
    calm: [
      "if I have to fill in one more questionnaire I'll top myself lol. Anyway, goal is to get back to bowls.",
      "If I hear one more advert for stairlifts I'll throw myself off the landing haha",
    ],
  },
  'a plain denial, in plain or learner English': {
    detects: [
      ["I keep picturing hitting him. I don't want to hurt him but I might", 'harmOthers'],
      ["I don't want to hurt myself any more than I already have, but I cut again tonight", 'selfHarm'],
      ["The urges are strong and I don't want to hurt anyone, please help", 'harmOthers'],
    ],
    calm: [
      "I don't feel unsafe and I don't want to hurt anyone. I'm a bit irritable with the pain but that's all.",
      'I am fine, I no want to hurt myself. Only the sleep is bad because of the pain in my back. My daughter help me to write this.',
      'lol no im not gonna top myself u lot always ask that 😂 just want my inhaler changed its rubbish',
      'He does not want to harm anyone, he just gets loud when the pain is bad',
      'me no want kill myself, only I am tired from work',
    ],
  },
  'a weapon that is not there': {
    detects: [
      ["he says he'll shoot me and he has got a gun in the shed", 'harmOthers'],
      ["He hasn't got a gun but he's got a knife and he says he'll stab me", 'harmOthers'],
    ],
    calm: [
      "My husband says he'll shoot the pigeons eating his veg. He won't, he hasn't got a gun, he'll just wave a tea towel at them.",
      "Dad says he'll get his shotgun to the squirrels. He's never had a gun in his life, he just shouts at them",
    ],
  },
  'a how-to question about a rescue device': {
    detects: [
      ["how do I use the epipen, his lips are swelling and he can't breathe", 'medicalEmergency'],
      ['been reading up how to do it quietly so nobody has to find a mess. got most of what i need now', 'suicide'],
    ],
    calm: [
      "Can the nurse show me how to use an EpiPen properly? I've had it two years and never needed it.",
      'Could the pharmacist show my son how to give my glucagon injection? I have never needed it yet',
    ],
  },
  'an episode dated to a season, and fine now': {
    detects: [
      [
        'He had a bad hypo at Christmas and today he is confused and sweating again, I need an ambulance',
        'medicalEmergency',
      ],
      ['I took an overdose and had to call an ambulance. I am fine now', 'medicalEmergency'],
    ],
    calm: [
      "My husband had a bad hypo at Christmas and I had to call 999, it frightened the life out of us. He's fine now. Can we talk about a Libre sensor for him?",
      "Last winter Mum had a chest infection and we had to ring an ambulance. She's doing well now, can we talk about a flu jab?",
    ],
  },
  "someone else's words said for years or flatly denied": {
    detects: [
      ["My brother says he's going to poison Mum. He's not joking, he bought rat poison", 'harmOthers'],
      ['Mum keeps saying she wants to die and this week she stopped eating and drinking', 'suicide'],
    ],
    calm: [
      "My mum keeps saying she wants to die but she's said it every week for 30 years, it's her way of saying she's fed up. She's fine and still goes to the club. I'd like her hearing checked.",
      "My brother reckons the care home are trying to poison Mum with the food. They're not, it's just bland. She's well looked after.",
      "Grandad says he wants to be dead, he's said that for years, it's his way of saying he misses Nan",
      "Dad reckons the neighbours are trying to kill him with their wifi. They aren't, he's just anxious about it",
    ],
  },
};

describeMechanisms('crisis wordings the writer disowns, clarifies or dates (blind 15)', mechanisms);
