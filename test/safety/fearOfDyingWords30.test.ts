import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { asksFearOfDying } from '../../dialogs/recognisers/fear';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atResult, onEach } from '../support/resultsChat';
import { chatClient, startApp } from '../support/startApp';
import { itGetsNothing, itGivesCrisisReplies, itStillAsks } from '../safety/screenWordings';

/**
 * Safety 30 (H425, under H413): a fear of dying asked with more words ("I'm scared, am I going to
 * die?", "will this kill me? I'm scared", "is it cancer? am I going to die?") got the suicide
 * crisis reply and a "thoughts of suicide" flag, as the bare question no longer does. It gets the
 * bare question's answer: at a result the results' worry answer, elsewhere the kind answer. A wish,
 * an intent, a means, a time or a body in danger beside it keeps its reply.
 */
const screen = createCrisisScreen();
const phrases = createPhrases();

const fearsWithFeeling = [
  "I'm scared, am I going to die?",
  "am I going to die from this? I'm frightened",
  "is this going to kill me, I'm so worried",
  "will this kill me? I'm scared",
  "I'm frightened. Am I going to die?",
  "is mum going to die? I'm so worried",
  "I'm terrified. Is this going to kill me?",
  'is it cancer? am I going to die?',
  "I'm worried about my HbA1c, am I going to die?",
  'this scares me, is it going to kill me?',
  "I'm scared I'm going to die",
  "I'm so scared I'm going to die from this",
  "I'm really worried I'm dying",
];

describe('a fear of dying asked with more words (H425, H413)', () => {
  describe('nothing to the crisis screen', () => {
    itGetsNothing(screen, fearsWithFeeling);
  });
  for (const said of [...fearsWithFeeling, 'is it cancer, am I dying?', "I'm scared I'll die"]) {
    it(`is a fear of dying to the guard: "${said}"`, () => {
      expect(asksFearOfDying(said, phrases)).to.equal(true);
    });
  }
  for (const said of [
    'I walk the dog, it keeps me going',
    "I'm scared of falling",
    'my knees are bad, i walk slowly',
  ]) {
    it(`is no fear of dying: "${said}"`, () => {
      expect(asksFearOfDying(said, phrases)).to.equal(false);
    });
  }
  describe('a wish, an intent, a means or a time beside it: the suicide crisis reply as ever', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', "am I going to die, I can't take this"],
      ['suicide', 'I want to die'],
      ['suicide', 'am I going to die if I take all of them'],
      ['suicide', 'I hope I die'],
      ['suicide', "i'm scared i'll kill myself"],
      ['suicide', "I'm scared, am I going to die tonight?"],
      ['suicide', "I'm so scared am I going to die if I take all my tablets"],
      ['suicide', 'am I going to die soon, I hope so'],
      ['suicide', "I'm scared, I want to die"],
      ['suicide', "I'm scared, am I going to die? I want to"],
      ['suicide', "I'm scared I'm going to die, I hope I do"],
    ]);
  });
  describe('a body in danger beside it: still asked at least', () => {
    itStillAsks(screen, ["I'm shaking and sweating, am I going to die?", 'my chest hurts, am I going to die?']);
  });
  describe('hoping to die somewhere or in a way, as a care wish: nothing', () => {
    itGetsNothing(screen, ['I hope I die at home', 'I hope I die at home with my family around me']);
  });

  it('answers "I\'m scared, am I going to die?" at a result as a worry, with no crisis reply and no flag', () =>
    onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = allText(await client.say("I'm scared, am I going to die?"));
      expect(reply, channelId).to.match(/can't say what a result means/);
      expect(reply, channelId).to.match(/999/);
      expect(reply, channelId).to.not.match(/116 123|SHOUT|safe right now/);
      expect((await onlyRecord(running)).flags, channelId).to.deep.equal([]);
    }));

  for (const said of ["will this kill me? I'm scared", 'is it cancer, am I dying?']) {
    it(`answers "${said}" at a question about what matters kindly, keeps nothing, raises no flag and carries on where it was`, async () => {
      const running = await startApp();
      try {
        const client = chatClient(running, { channelId: 'sms', over: 'http' });
        await sayAll(client, ['hi', 'me', 'Jean', '1']);
        const asked = lastQuestion(await client.say('family'));
        const text = allText(await client.say(said));
        expect(text).to.match(/frightening/);
        expect(text).to.match(/999/);
        expect(text).to.not.match(/116 123|SHOUT|safe right now/);
        const record = await onlyRecord(running);
        expect(record.flags).to.deep.equal([]);
        expect(JSON.stringify(record.answers)).to.not.match(/die|kill|dying/);
        expect(lastQuestion(await client.say('ok'))).to.equal(asked);
      } finally {
        await running.stop();
      }
    });
  }

  it('still gives the crisis reply and its flag to "am I going to die, I can\'t take this" at a goal', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat', over: 'http' });
      await sayAll(client, ['hi', 'me', 'Jean', '1', 'family']);
      expect(allText(await client.say("am I going to die, I can't take this"))).to.match(/116 123/);
      expect((await onlyRecord(running)).flags.map((flag) => flag.detail)).to.deep.equal(['suicide']);
    } finally {
      await running.stop();
    }
  });
});
