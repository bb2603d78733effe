import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { describeMechanisms, type Mechanism } from './mechanismSuite';

/**
 * Disclosures blind set 17 gave nothing on first contact: painkillers bought round several shops,
 * wanting to live scored at the bottom of a scale, a carer leaving the person without food for
 * days, a violent partner 'getting like that again', breathing too bad to talk in sentences,
 * many tablets taken by mistake, and a heart attack told in phonetic text-speak. Each detects list
 * starts with the blind wording, then wordings of the same mechanism in no data file; the calm
 * lists are look-alikes that must stay quiet.
 */
const mechanisms: Record<string, Mechanism> = {
  'painkillers bought from several shops in one go': {
    detects: [
      [
        "Mood question: yes down most days. Would I like help? Probably too late for that. I've bought paracetamol from three different shops today.",
        'suicide',
      ],
      ['got co-codamol in 4 different chemists this morning', 'suicide'],
      ["He's been buying paracetamol from different shops all week so they won't ask", 'suicide'],
      ['picked up paracetamol at every supermarket in town yesterday', 'suicide'],
    ],
    calm: [
      'I had to try three different chemists before I found my HRT patches this week',
      'we bought paracetamol from the shop on the corner today for the baby',
      'I bought paracetamol from two different shops today because the first one had sold out',
      'I get my paracetamol from different shops depending on what is on offer',
    ],
  },
  'wanting to live scored at the bottom of a scale, or not wanting to be at the top': {
    detects: [
      ['scale of 0-10 how much i want to be alive: 0. how much i want to not be: 10', 'suicide'],
      ['how much do I want to live: about 1 out of 10', 'suicide'],
      ['my will to live is at zero', 'suicide'],
      ['wanting to stay alive - 0/10', 'suicide'],
      ['how much i want to not be: 9', 'suicide'],
    ],
    calm: [
      'how much I want to be in hospital: 0',
      "want to be alive for my granddaughter's wedding: 10/10",
      'how much I want to live in a care home: 0',
      'I want to live to 100, my gran did',
      'I want to live one day at a time',
    ],
  },
  'a carer leaving the person cared for without food or care for days': {
    detects: [
      [
        "I'm so exhausted looking after Dad I've left him in bed for two days without food or a wash. I know that's wrong. I can't do it anymore.",
        'harmOthers',
      ],
      ['left nan in her chair for three days without anything to eat', 'harmOthers'],
      ["I haven't fed him or changed him for two days, I can't face it", 'harmOthers'],
      ["I've not given mum anything to eat since Sunday", 'harmOthers'],
    ],
    calm: [
      'I left Dad with my sister for two days so I could have a break',
      "Mum went two days without food when she had the sickness bug, she's eating again now",
      'we left him for two days without his phone while it was being fixed',
      "I haven't fed the cat since Sunday, my neighbour does it",
    ],
  },
  'a partner who injured me before, and it is building up again': {
    detects: [
      [
        "confidence about 5, depends on whether he's in a mood. he broke my wrist in january and its getting like that again",
        'harmOthers',
      ],
      ["he fractured my cheekbone two years ago and he's starting to get like that again", 'harmOthers'],
      ['Last time she broke my ribs. The shouting is building up again', 'harmOthers'],
      ['My husband put me in hospital in the summer and I can feel it heading that way again', 'harmOthers'],
    ],
    calm: [
      'he broke my wrist by accident when we were kids, we laugh about it now',
      'my wrist is getting bad again since I broke it in january',
      "he broke his wrist in January and it's getting painful again",
      'my son broke my glasses in the summer and my eyes are getting bad again',
    ],
  },
  'too breathless to talk in sentences now, or worse than a stay in intensive care': {
    detects: [
      [
        'MRC 5 on a normal day but today I cant even talk in sentences, had all my nebs, this is worse than the time I ended up in ICU',
        'medicalEmergency',
      ],
      ["I can't speak in full sentences right now, even sat still", 'medicalEmergency'],
      ['my breathing is worse than the time I was in intensive care', 'medicalEmergency'],
      ["it's as bad as the time I ended up in ICU", 'medicalEmergency'],
    ],
    calm: [
      "on bad days I can't talk in full sentences when I walk up the stairs",
      "my grandson can't talk in sentences yet, he's only two",
      "since the stroke he can't talk in sentences, the speech therapist comes on Mondays",
      'my chest is bad but nowhere near as bad as when I ended up in ICU',
      'I was in ICU last winter with pneumonia and this year has been much better',
    ],
  },
  'many tablets taken by mistake, or symptoms after a medicine error': {
    detects: [
      ['took all my blood pressure pills by mistake, about 14 of them, feeling really lightheaded', 'medicalEmergency'],
      ['by mistake I gave him 10 of his heart tablets', 'medicalEmergency'],
      ['Mum has accidentally taken twelve of her amlodipine tablets this morning', 'medicalEmergency'],
      ["took my tablets twice by mistake and now I feel like I'm going to faint", 'medicalEmergency'],
    ],
    calm: [
      "I took double my blood pressure tablet last week by mistake and felt dizzy, the pharmacist said it's fine",
      'I took my evening tablets in the morning by mistake, feel fine',
      'I accidentally took my tablets at 10 instead of 8 this morning',
      "I sometimes feel lightheaded when I stand up, the GP thinks it's my blood pressure tablets",
    ],
  },
  'an emergency told in phonetic spelling (dropped h, f for th)': {
    detects: [
      ['i fink im avin a heart attack m8', 'medicalEmergency'],
      ['i fink me nan is avin a stroke', 'medicalEmergency'],
      ['cant breeve, eart is poundin', 'medicalEmergency'],
    ],
    calm: ['i fink im avin a good day m8', 'avin a cuppa wiv me nan, nuffin to report'],
  },
  // "What might stop you?" is the goals dialog's own question: without "this time", or with a
  // goal beside it, "nothing's going to stop me" is an answer about a goal's barrier.
  "resolve that nothing will stop them 'this time'": {
    detects: [
      ["Nothing's going to stop me this time, not like in May", 'suicide'],
      ["nothing's going to stop me this time", 'suicide'],
      ['nothing is going to stop me this time', 'suicide'],
      ['Nothing will stop me this time. I have said my goodbyes', 'suicide'],
      ['no one is going to stop me this time', 'suicide'],
      ["this time I'll do it properly", 'suicide'],
    ],
    calm: [
      "nothing's going to stop me",
      "nothing's going to stop me, I really want to walk more",
      "Nothing is going to stop me this time, I'm quitting smoking for good",
      "I'm giving up smoking and nothing is going to stop me this time",
      'nothing is going to stop me this time, I want to lose a stone by the summer',
      'Nothing is going to stop me this time. I am going to get my weight down',
    ],
  },
};

describeMechanisms('disclosures blind set 17 gave nothing on first contact', mechanisms);

describe("'nothing's going to stop me' read by both layers", () => {
  const screen = createCrisisScreen();

  it("gives the crisis reply when it is said of 'this time'", () => {
    expect(screen.screen("Nothing's going to stop me this time, not like in May").tier).to.equal('crisis');
    expect(screen.screen("nothing's going to stop me this time").tier).to.equal('crisis');
  });

  for (const text of ["nothing's going to stop me", "nothing's going to stop me, I really want to walk more"]) {
    it(`gives no crisis reply to "${text}", an answer to "What might stop you?"`, () => {
      expect(screen.screen(text).tier).to.not.equal('crisis');
    });
  }
});
