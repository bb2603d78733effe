/**
 * Explorer 27: people who said they were safe held at "Please get help now" (Jake's "ya im safe,
 * was jokin", Lan's "yes I am safe. I only ask who read my answers", Pat's "sorry I meant I have to
 * go, I'm fine, not in danger"), and "delete everything" or "pause" while held given the same
 * reply; doubt, a "no" or a new disclosure beside "safe" still repeat the urgent help (H310, H2).
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const toDisclosure = ['hi', 'me', 'Jake', 'diabetes', 'footy n my mates tbh', 'bit sh*t ngl, sometimes wanna kms lol'];

for (const channelId of ['sms', 'webchat'])
  describe(`Explorer 27: safe in their own words after the crisis reply, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of [
      'ya im safe, was jokin',
      'ya im safe',
      'yeah im safe',
      'yeah I am safe',
      'yes I am safe. I only ask who read my answers',
      "sorry I meant I have to go, I'm fine, not in danger",
      "yeah I'm safe, I was only joking",
      "I'm not in danger",
      'yh im safe lol',
    ]) {
      it(`takes "${words}" as safe, not as in danger`, async () => {
        await sayAll(app.client, toDisclosure);
        const answered = await app.client.say(words);

        expect(allText(answered)).to.not.match(/Please get help now/);
        expect((await onlyRecord(app.running)).progress.safetyCheckPending).to.equal(false);
      });
    }
  });

describe('Explorer 27: doubt beside "safe" is still no clear yes, on webchat', () => {
  const app = freshAppPerTest('webchat');

  for (const words of [
    'ya im safe for now',
    'yeah im safe i think',
    'ya im not safe',
    "yeah I'm safe, was joking, but I still want to die",
    'was jokin',
    "I'm not in danger but I have the pills here",
    'yeah im safe? who reads this',
    'no, I only ask who read my answers',
    "sorry I meant I have to go, I'm not fine",
  ]) {
    it(`repeats the urgent help after "${words}"`, async () => {
      await sayAll(app.client, toDisclosure);
      const answered = await app.client.say(words);

      expect(allText(answered)).to.match(/116 123/);
      expect((await onlyRecord(app.running)).progress.safetyCheckPending).to.equal(true);
    });
  }
});

describe('Explorer 27: asking to delete or pause while "are you safe right now?" waits, on webchat', () => {
  const app = freshAppPerTest('webchat');

  it('repeats the help line and asks to confirm deleting on "delete everything"', async () => {
    await sayAll(app.client, toDisclosure);
    const answered = await app.client.say('delete everything');

    expect(allText(answered)).to.match(/116 123/);
    expect(answered.questions.map((q) => q.linkId).join(' '), allText(answered)).to.match(/delete|confirm/i);
  });

  for (const words of ['pause', 'stop']) {
    it(`repeats the help line and pauses on "${words}"`, async () => {
      await sayAll(app.client, toDisclosure);
      const answered = await app.client.say(words);

      expect(allText(answered)).to.match(/116 123/);
      expect((await onlyRecord(app.running)).progress.paused, allText(answered)).to.equal(true);
    });
  }
});

describe('Explorer 27: the answer to "delete it all?" asked while "are you safe right now?" waits, on webchat', () => {
  const app = freshAppPerTest('webchat');

  it('deletes on "yes"', async () => {
    await sayAll(app.client, [...toDisclosure, 'delete everything']);
    const answered = await app.client.say('yes');

    expect(allText(answered)).to.not.match(/Please get help now/);
    const count = await app.running.app.db.get('SELECT COUNT(*) AS n FROM records');
    expect(Number(count?.n), allText(answered)).to.equal(0);
  });

  it('deletes nothing on "no", and asks "are you safe right now?" again', async () => {
    await sayAll(app.client, [...toDisclosure, 'delete everything']);
    const answered = await app.client.say('no');

    expect(allText(answered)).to.match(/not deleted anything/);
    expect(answered.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
    expect((await onlyRecord(app.running)).flags.at(-1)?.safeNow).to.equal(undefined);
  });

  it('never deletes on a "yes" after a new disclosure', async () => {
    await sayAll(app.client, [...toDisclosure, 'delete everything', 'I want to kill myself']);
    await app.client.say('yes');

    expect((await onlyRecord(app.running)).progress.safetyCheckPending).to.equal(false);
  });
});

describe('Explorer 27: stopping for the day, a question about the service and plain disclosures, on webchat', () => {
  const app = freshAppPerTest('webchat');
  const toGoingWell = ['hi', 'me', 'Pat', 'heart failure', 'my dog'];
  const toFeelings = ['hi', 'myself', 'Lan', 'diabetes', 'my children', 'work', 'tired', 'cook', 'my husband'];

  for (const words of [
    'I need to go now, carry on tomorrow',
    'need to go, will finish tomorrow',
    'sorry I have to leave now',
  ]) {
    it(`pauses on "${words}" (H312)`, async () => {
      await sayAll(app.client, toGoingWell);
      const paused = await app.client.say(words);

      expect(paused.questions, allText(paused)).to.have.length(0);
      expect((await onlyRecord(app.running)).progress.paused).to.equal(true);
    });
  }

  it('answers "what is this for? who will read this?" without asking about ending her life (H313)', async () => {
    await sayAll(app.client, toFeelings);
    const answered = await app.client.say('what is this for? who will read this?');

    expect(answered.questions.map((q) => q.linkId).join(' '), allText(answered)).to.not.match(/safety\./);
  });

  for (const words of ['sometimes I think better I am not here', 'cba with life anymore']) {
    it(`asks about safety on "${words}" (H314)`, async () => {
      await sayAll(app.client, toFeelings);
      const answered = await app.client.say(words);

      expect(answered.questions.at(-1)?.linkId, allText(answered)).to.match(/^safety\./);
    });
  }
});
