/**
 * Explorer 28: words that were not answers to the question asked, noted as its answer and shown in
 * the plan: Pat asking to change an earlier answer ("change my answer to what matters, it should
 * be my grandson" became what is hard for him), Jake texting that he has to go ("got 2 go, back
 * later" became what is going well), a request for a joke as what matters most, and the "t1" of
 * "t1 diabetes" kept as a condition of its own.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['sms', 'webchat'])
  describe(`Explorer 28 answers: Pat changing what matters most while asked what is hard, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const toHard = ['hi', '1', 'Pat', '2', 'my dog', 'my walks'];

    for (const words of [
      'change my answer to what matters, it should be my grandson',
      'can I change what matters most to my grandson',
      'actually what matters most is my grandson not my dog',
    ]) {
      it(`does not note "${words}" as what is hard`, async () => {
        await sayAll(app.client, toHard);
        const answered = await app.client.say(words);

        expect(await storedValue(app.running, 'whatMatters.hard'), allText(answered)).to.equal(undefined);
      });
    }

    it('notes the grandson as what matters most after "change my answer to what matters, it should be my grandson"', async () => {
      await sayAll(app.client, toHard);
      const answered = await app.client.say('change my answer to what matters, it should be my grandson');

      expect(String(await storedValue(app.running, 'whatMatters.most')), allText(answered)).to.match(/grandson/);
    });
  });

describe('Explorer 28 answers: Jake texting that he has to go, on sms', () => {
  const app = freshAppPerTest('sms');
  const toGoingWell = ['hi', '1', 'Jake', '1', 'footy'];

  for (const words of ['got 2 go, back later', 'gtg bk l8r', 'got to go now, will finish later', 'g2g ttyl']) {
    it(`does not note "${words}" as what is going well`, async () => {
      await sayAll(app.client, toGoingWell);
      const answered = await app.client.say(words);

      expect(await storedValue(app.running, 'whatMatters.goingWell'), allText(answered)).to.equal(undefined);
    });

    it(`pauses on "${words}"`, async () => {
      await sayAll(app.client, toGoingWell);
      const answered = await app.client.say(words);

      expect(answered.questions, allText(answered)).to.have.length(0);
      expect((await onlyRecord(app.running)).progress.paused).to.equal(true);
    });
  }
});

describe('Explorer 28 answers: someone testing the bot, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ['tell me a joke', 'can you tell me a joke?', 'are you a real person?']) {
    it(`does not note "${words}" as what matters most`, async () => {
      await sayAll(app.client, ['hi', 'me', 'Dev', 'diabetes']);
      const answered = await app.client.say(words);

      expect(await storedValue(app.running, 'whatMatters.most'), allText(answered)).to.equal(undefined);
      expect(lastQuestion(answered)).to.equal('whatMatters.most');
    });
  }
});

describe('Explorer 28 answers: "t1 diabetes" as the conditions, on sms', () => {
  const app = freshAppPerTest('sms');

  for (const words of ['t1 diabetes', 'type1 diabetes', 'T1D']) {
    it(`notes diabetes and nothing else from "${words}"`, async () => {
      await sayAll(app.client, ['hi', '1', 'Jake']);
      const answered = await app.client.say(words);

      expect(await storedValue(app.running, 'conditions'), allText(answered)).to.deep.equal(['diabetes']);
    });
  }
});
