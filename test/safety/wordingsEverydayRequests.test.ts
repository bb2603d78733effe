import { expect } from 'chai';
import { createCrisisScreen } from '../../safety/screen';

/**
 * Everyday requests typed mid-conversation that the learned layer read as a crisis (crisis18c,
 * 2026-12-06): asking who will read the answers, asking to see what was said, an SMS "stop
 * texting me", and a carer pushing someone's chair. Each got a check-in (0.75–0.92) or, for the
 * chair, the harm-to-others crisis reply (0.972). Disclosures in the same words must still get the
 * crisis reply.
 */
const everydayRequests: readonly string[] = [
  'who will read this',
  'who will see this',
  'who is going to read this',
  'who is going to see this',
  'will anyone read this',
  'will anyone see this',
  'will anybody read this',
  'is anyone going to read this',
  'who else will see this',
  'what have I told you',
  'let me see what I said',
  'let me see what I have said',
  'let me see my answers',
  'stop texting me',
  'the carer pushed her chair',
  'the carer pushed him in his wheelchair to the park',
  'the carer pushes her chair to the shops',
];

describe('everyday requests and a carer pushing a chair, read by both layers', () => {
  const screen = createCrisisScreen();

  for (const text of everydayRequests) {
    it(`gets no crisis reply and no check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  for (const text of [
    "I don't care who reads this, I'm going to end it",
    "whoever reads this, I'm sorry, I took all my pills",
    "I don't care who sees this, I want to die",
    'to whoever finds this, goodbye',
    "will anyone even read this before I'm dead",
  ]) {
    it(`still gets the suicide crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }

  // Set aside only as the whole message: beside other words both layers still read them.
  for (const text of [
    "who will read this when I'm gone",
    'the carer pushed her chair over',
    'the carer pushed her chair into the wall',
    'tell him to stop texting me, he frightens me',
  ]) {
    it(`still answers "${text}" with a crisis reply or a check-in`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }

  // Heel marks from not being turned are pressure damage from neglect of care, a safeguarding
  // concern (H1): kept as harm to others, not trained away with the pushed chair.
  it('still reads marks from staff not turning him as harm to others', () => {
    expect(screen.screen('he has marks on his heels from the staff not turning him')).to.include({
      tier: 'crisis',
      kind: 'harmOthers',
    });
  });
});

/**
 * Asking how long the preparation takes (brief fixQ, 2026-12): the learned layer checked in on
 * "how long will this take?" as thoughts of suicide (0.874), and gave "how long will this take to
 * finish" the crisis reply (0.981). Set aside only as the whole message, with "this" or the questions.
 */
describe('asking how long this takes, read by both layers', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'how long will this take?',
    'How long will this take me',
    'how long is this going to take',
    'how long is this gonna take',
    'how long will this take to finish',
    'how long will this take to do',
    'how much longer will this take',
    'how much longer is this going to take',
    'so, how long will this take?',
    'how long will the questions take',
  ]) {
    it(`gets no crisis reply and no check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  for (const text of [
    'how long will it take to die',
    'how long will this take to kill me',
    'how long will this go on, I cannot take any more',
    'I took 40 paracetamol how long will this take',
    'how long will this take to work, I took all his pills',
  ]) {
    it(`still gets a crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }

  it('still answers "how long will this take, I took all my tablets" with a crisis reply or a check-in', () => {
    expect(screen.screen('how long will this take, I took all my tablets').tier).to.not.equal('none');
  });
});

describe('Asking to take a goal out of the plan (H58)', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'take this goal out',
    'take out this goal',
    'can I take my second goal out',
    'get rid of this goal please',
    'remove goal 2',
  ]) {
    it(`gets no crisis reply and no check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  for (const text of ['remove my goal of ending it', 'take this goal out, I want to end it all']) {
    it(`still answers "${text}" with a crisis reply or a check-in`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }
});

/**
 * "Take myself out" said for ending one's life (H62): "I want to take myself out", "thinking of
 * taking myself out of the picture" got only a check-in or nothing. Said of going out, with where
 * to or what for ("take myself out for a walk", "take myself out of the house more", a goal), it
 * is everyday and gets nothing: the learned layer checked in on "I take myself out to the shops".
 */
describe('Taking oneself out: of the picture, or to the shops (H62)', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'I want to take myself out',
    'thinking of taking myself out of the picture',
    'I might just take myself out',
    'I want to take myself out of the picture',
    'sometimes I think about taking myself out',
    "I'm going to take myself out.",
    'some days I want to take myself out for good',
    'he keeps saying he wants to take himself out',
    "I'll take myself out of the equation, it's easier for everyone",
  ]) {
    it(`gets the suicide crisis reply for "${text}"`, () => {
      expect(screen.screen(text)).to.include({ tier: 'crisis', kind: 'suicide' });
    });
  }

  for (const text of [
    'take myself out for a walk',
    'I take myself out to the shops',
    'take myself out of the house more',
    'I want to take myself out for a coffee',
    "I'd like to take myself out more",
    'I need to take myself out of the situation',
    'I try to take myself out to the park every day',
    'she takes herself out to the day centre on Tuesdays',
    'I take myself out to the shops by myself',
  ]) {
    it(`gets no crisis reply and no check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  // Review 20: the car, or going alone with no place or purpose, is no everyday outing to set aside.
  for (const text of ['i will take myself out to the car', 'I might take myself out by myself']) {
    it(`still checks in on "${text}"`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }
});

/**
 * Saying it was already answered, or asking to do the rest another day (brief fixasks22): the
 * learned layer gave "I already told you" the suicide crisis reply (0.929) and "I told you already"
 * (0.950), and checked in on "i already told you that" (0.885) and "can I do this tomorrow"
 * (0.903; with "please" the crisis reply, 0.929). Set aside only as the whole message: said with
 * anything more, both layers read it as ever.
 */
describe('Saying it was already told, or asking to do this tomorrow, read by both layers', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'I already told you',
    'i already told you that',
    "I've already told you",
    'I told you already',
    'I told you that already',
    'told you already',
    'I already told you this',
    'I already told you that before',
    'yes I already told you',
    'I already said',
    'can I do this tomorrow',
    'can I do this tomorrow please',
    'could we do this tomorrow?',
    'can I do the questions another day',
    'can I finish this in the morning',
  ]) {
    it(`gets no crisis reply and no check-in for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }

  for (const text of [
    'I already told you I want to die',
    'i already told you that i wanna die',
    "I already told you I don't want to be here anymore",
    'I already told you, I want to end it all',
    "I've already told you I can't go on",
    'I already told you I took an overdose',
    "can I do this tomorrow if I'm still alive",
    'can i do this tomorrow im going to kill myself tonight',
  ]) {
    it(`still gets a crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }

  for (const text of [
    'I already told you he hits me',
    'can I do this tomorrow, I took all my tablets',
    'can I do it tonight',
    'I already told you I have been hurting myself',
  ]) {
    it(`still answers "${text}" with a crisis reply or a check-in`, () => {
      expect(screen.screen(text).tier).to.not.equal('none');
    });
  }
});

/**
 * Asking whether the doctor or nurse has been told (explorer 23b, left as a wording): the learned
 * layer checked in on it as thoughts of suicide or self-harm. Set aside only as the whole message.
 */
describe('asking whether the doctor has been told', () => {
  const screen = createCrisisScreen();

  for (const text of [
    'have you told dr patel?',
    'did you tell dr patel',
    'Have you told Dr Patel yet?',
    'has anyone told my nurse about this',
  ]) {
    it(`gets nothing at all for "${text}"`, () => {
      expect(screen.screen(text)).to.deep.equal({ tier: 'none' });
    });
  }
  for (const text of ['have you told dr patel I want to die', "have you told dr patel, I'm going to end it tonight"]) {
    it(`still gets a crisis reply for "${text}"`, () => {
      expect(screen.screen(text).tier).to.equal('crisis');
    });
  }
});
