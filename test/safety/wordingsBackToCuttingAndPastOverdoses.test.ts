import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';
import { itGivesCrisisReplies, itGivesNoCrisisReply } from './screenWordings';

/**
 * H96: self-harm taken up again, told as going back to an old habit (inside a long mood answer
 * too), and an overdose taken on purpose days ago, which is self-harm told in the past rather
 * than an emergency under way. An overdose on purpose today, last night or with no day still
 * gets the emergency reply: it may need medical help now.
 */
const screen = createCrisisScreen();

const longAnswer =
  "Mood wise I'd say yes to both questions. Work's been awful and I've gone back to my old habit of cutting, did my arm in the bathroom on Saturday. Would like to talk about it at the appointment if that's ok.";

describe('going back to cutting or self-harm (H96)', () => {
  itGivesCrisisReplies(screen, [
    ['selfHarm', longAnswer],
    ['selfHarm', "I've gone back to my old habit of cutting"],
    ['selfHarm', "I've slipped back into cutting, did my leg last night"],
    ['selfHarm', "Mood's low. Gone back to my old ways of self harming since the divorce."],
    ['selfHarm', 'back to my old habit of burning myself when it gets too much'],
    ['selfHarm', "Honestly I've gone back to cutting, nobody knows"],
    [
      'selfHarm',
      "Mood's been low most of the month. Work is stressful and money is tight. I've slipped back into cutting, did my legs on Thursday night. Would be good to talk about it.",
    ],
  ]);
  // Among everyday sentences the learned layer all but rules this one out (0.002): the pattern's
  // finding is asked about straight, and a yes or anything unclear gets the crisis reply.
  it('asks straight about going back to cutting among everyday sentences at least', () => {
    const found = screen.screen(
      "Sleep is rubbish. The kids are fine. I've fallen back into cutting my arms. My knee is still sore. Can we talk about money too?",
    );
    expect(found).to.include({ tier: 'checkIn', kind: 'selfHarm' });
  });
  itGivesNoCrisisReply(screen, [
    "I've gone back to cutting my own hair to save money",
    'gone back to my old habit of cutting out coupons',
    "I've gone back to cutting down on sugar",
    'gone back to my old habit of cutting corners at work',
    'went back to cutting the grass myself now my knee is better',
  ]);
});

describe('an overdose taken on purpose days ago is self-harm (H96)', () => {
  itGivesCrisisReplies(screen, [
    ['selfHarm', 'I took too many of my tablets on purpose on Sunday'],
    ['selfHarm', "I took too many of my tablets on purpose on Sunday and didn't tell anyone"],
    ['selfHarm', 'I deliberately took too many of my pills at the weekend'],
    ['selfHarm', 'On Saturday I took too many of my sleeping tablets on purpose'],
    ['selfHarm', 'I took too many tablets on purpose a few days ago'],
    ['selfHarm', 'I overdosed on purpose on Friday'],
  ]);
  // Today, last night, or with no day: it may need medical help now.
  itGivesCrisisReplies(screen, [
    ['medicalEmergency', 'I took too many of my tablets on purpose an hour ago'],
    ['medicalEmergency', 'I took too many of my tablets on purpose this morning'],
    ['medicalEmergency', 'I took too many of my tablets on purpose last night'],
    ['medicalEmergency', 'I took too many of my tablets on purpose'],
    ['medicalEmergency', 'I took too many of my tablets on Sunday'],
  ]);
  it('keeps a mistake days ago out of the self-harm reply', () => {
    const found = screen.screen('I took too many of my tablets by mistake on Sunday');
    expect(found).to.not.include({ kind: 'selfHarm' });
  });
});
