/**
 * Explorer 28, beside answers28 (H332): new words for an earlier answer, said with its question
 * named, change that answer, say so from what to what, and ask the question waiting again; an
 * answer that only mentions what matters is noted as the answer waiting.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['sms', 'webchat'])
  describe(`Explorer 28: an earlier answer said anew by its name, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const toHard = ['hi', '1', 'Pat', '2', 'my dog', 'my walks'];

    for (const words of [
      'actually what matters most is my grandson not my dog',
      'sorry, what matters most should be my grandson',
      'change my answer to what matters most to my grandson',
      'what matters most is my grandson, not my dog',
    ]) {
      it(`changes what matters most on "${words}", says so, and asks what is hard again`, async () => {
        await sayAll(app.client, toHard);
        const answered = await app.client.say(words);

        expect(await storedValue(app.running, 'whatMatters.most'), allText(answered)).to.equal('my grandson');
        expect(await storedValue(app.running, 'whatMatters.hard')).to.equal(undefined);
        expect(allText(answered)).to.match(/what matters most/);
        expect(lastQuestion(answered)).to.equal('whatMatters.hard');
      });
    }

    it('changes what is going well on "going well should be my garden"', async () => {
      await sayAll(app.client, toHard);
      await app.client.say('going well should be my garden');

      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal('my garden');
    });

    for (const words of [
      'what matters most is hard to say',
      'my grandson matters most, not my dog',
      'the stairs are hard',
    ]) {
      it(`notes "${words}" as what is hard, changing nothing before`, async () => {
        await sayAll(app.client, toHard);
        await app.client.say(words);

        expect(await storedValue(app.running, 'whatMatters.hard')).to.equal(words);
        expect(await storedValue(app.running, 'whatMatters.most')).to.equal('my dog');
      });
    }
  });
