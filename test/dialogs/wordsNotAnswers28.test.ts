/**
 * Explorer 28, the neighbours of its findings (H335): text-speak goodbyes beside "got 2 go, back
 * later" pause; the diabetes types in text-speak are diabetes; a joke asked for is never an
 * answer. Answers that only share words with them are noted as said.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

describe('Explorer 28 neighbours: goodbyes in text-speak, on sms', () => {
  const app = freshAppPerTest('sms');
  const toGoingWell = ['hi', '1', 'Jake', '1', 'footy'];

  for (const words of [
    'gtg, ttyl',
    'g2g bk l8r',
    'got 2 go now, talk later',
    'gtg back later',
    'got to go, will be back later',
  ]) {
    it(`pauses on "${words}", noting nothing`, async () => {
      await sayAll(app.client, toGoingWell);
      const answered = await app.client.say(words);

      expect(answered.questions, allText(answered)).to.have.length(0);
      expect((await onlyRecord(app.running)).progress.paused).to.equal(true);
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    });
  }

  for (const words of ['got 2 go to the gym more', 'my mates text me ttyl', 'talk later with my son']) {
    it(`notes "${words}" as what is going well`, async () => {
      await sayAll(app.client, toGoingWell);
      await app.client.say(words);

      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(words);
    });
  }
});

describe('Explorer 28 neighbours: diabetes types in text-speak, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const words of ['T2D', 't2 diabetes', 'type 2 diabetic', 'T1DM', 'diabetes type 1']) {
    it(`notes diabetes and nothing else from "${words}"`, async () => {
      await sayAll(app.client, ['hi', 'me', 'Dev']);
      const answered = await app.client.say(words);

      expect(await storedValue(app.running, 'conditions'), allText(answered)).to.deep.equal(['diabetes']);
    });
  }

  it('keeps "t1" alone in their own words, never as diabetes', async () => {
    await sayAll(app.client, ['hi', 'me', 'Dev']);
    await app.client.say('t1');

    expect(await storedValue(app.running, 'conditions')).to.not.include('diabetes');
  });
});

describe('Explorer 28 neighbours: asking for a joke, on sms', () => {
  const app = freshAppPerTest('sms');

  for (const words of ['tell me a joke please', 'do you know any jokes?', 'could you tell me something funny']) {
    it(`does not note "${words}" and asks what matters most again`, async () => {
      await sayAll(app.client, ['hi', '1', 'Dev', '1']);
      const answered = await app.client.say(words);

      expect(await storedValue(app.running, 'whatMatters.most'), allText(answered)).to.equal(undefined);
      expect(lastQuestion(answered)).to.equal('whatMatters.most');
    });
  }

  for (const words of ['my grandson telling me a joke', 'a good laugh and a joke with friends']) {
    it(`notes "${words}" as what matters most`, async () => {
      await sayAll(app.client, ['hi', '1', 'Dev', '1']);
      await app.client.say(words);

      expect(await storedValue(app.running, 'whatMatters.most')).to.equal(words);
    });
  }
});
