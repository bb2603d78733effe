import { expect } from 'chai';
import { createPhrases } from '../../dialogs/recognisers/phrases';
import { asksFearOfDying } from '../../dialogs/recognisers/fear';
import { createCrisisScreen } from '../../safety/screen';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atResult, onEach } from '../support/resultsChat';
import { chatClient, startApp } from '../support/startApp';
import { itGivesCrisisReplies } from '../safety/screenWordings';

/**
 * Late 29a (H413, the team's decision): a question of fear of dying ("am I going to die?", "is
 * this going to kill me", "will I die from this", "am i dying?") is not a suicide disclosure. At a
 * result it gets the results' worry answer, elsewhere a kind answer of its own; never the crisis
 * reply, never a flag. A wish to die, a time, a means: the crisis reply as ever.
 */
const screen = createCrisisScreen();
const phrases = createPhrases();
const fears = [
  'am I going to die?',
  'am I going to die',
  'is this going to kill me',
  'is this going to kill me?',
  'will I die from this',
  'will I die from this?',
  'am i dying?',
  'am i gonna die',
  'is mum going to die?',
  'is she dying?',
];

describe('a question of fear of dying (H413)', () => {
  for (const said of fears) {
    it(`is nothing to the crisis screen and a fear of dying: "${said}"`, () => {
      expect(screen.screen(said)).to.deep.equal({ tier: 'none' });
      expect(asksFearOfDying(said, phrases)).to.equal(true);
    });
  }
  for (const said of ['will I lose my feet', 'will I go blind', 'what does HbA1c mean', 'I want to get fitter']) {
    it(`is no fear of dying: "${said}"`, () => {
      expect(asksFearOfDying(said, phrases)).to.equal(false);
    });
  }
  describe('a wish to die, a time or a means: the crisis reply as ever', () => {
    itGivesCrisisReplies(screen, [
      ['suicide', 'I want to die'],
      ['suicide', "I'm going to die tonight"],
      ['suicide', "I'm going to die by my own hand"],
      ['suicide', 'am I going to die if I take all of them'],
    ]);
  });

  it('answers "am I going to die?" at a result as a worry, with no crisis reply and no flag', () =>
    onEach(['webchat', 'sms'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      const reply = allText(await client.say('am I going to die?'));
      expect(reply, channelId).to.match(/can't say what a result means/);
      expect(reply, channelId).to.match(/111/);
      expect(reply, channelId).to.match(/999/);
      expect(reply, channelId).to.not.match(/116 123|SHOUT|safe right now/);
      expect((await onlyRecord(running)).flags, channelId).to.deep.equal([]);
    }));

  for (const said of ['am I going to die?', 'is this going to kill me']) {
    it(`answers "${said}" at a goal kindly, keeps nothing, raises no flag and carries on where it was`, async () => {
      for (const channelId of ['webchat', 'sms']) {
        const running = await startApp();
        try {
          const client = chatClient(running, { channelId, over: 'http' });
          await sayAll(client, ['hi', 'me', 'Jean', '1']);
          const asked = lastQuestion(await client.say('family'));
          const reply = await client.say(said);
          const text = allText(reply);
          expect(text, channelId).to.match(/frightening/);
          expect(text, channelId).to.match(/111/);
          expect(text, channelId).to.match(/999/);
          expect(text, channelId).to.not.match(/116 123|SHOUT|safe right now/);
          const record = await onlyRecord(running);
          expect(record.flags, channelId).to.deep.equal([]);
          expect(JSON.stringify(record.answers), channelId).to.not.match(/die|kill/);
          const resumed = await client.say('ok');
          expect(lastQuestion(resumed), channelId).to.equal(asked);
        } finally {
          await running.stop();
        }
      }
    });
  }

  it('still gives the crisis reply to "I want to die" at a goal, with its flag', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'webchat', over: 'http' });
      await sayAll(client, ['hi', 'me', 'Jean', '1', 'family']);
      const text = allText(await client.say('I want to die'));
      expect(text).to.match(/116 123/);
      expect((await onlyRecord(running)).flags.map((flag) => flag.detail)).to.deep.equal(['suicide']);
    } finally {
      await running.stop();
    }
  });
});
