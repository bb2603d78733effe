import { expect } from 'chai';
import { createCrisisDetector } from '../../safety/patterns/patternDetector';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { createSealer } from '../../storage/encryption';
import { SqliteRecordStore } from '../../storage/recordStore';
import { allText, BotClient, sayAll } from '../support/botClient';
import { freshAppPerTest, withApp } from '../support/startApp';

/** A warning sign that is not a disclosure as it stands. */
const warningSign = 'I feel like such a burden on my family these days';
const routine = 'seeing my grandchildren and getting out in the garden';
/** Up to the question "What matters most to Jean at the moment?" (or to you). */
const toWhatMatters = ['hi', 'me', 'Jean', '1'];
const toWhatMattersAsCarer = ['hi', '2', 'Jean', 'Ann', 'daughter', 'yes', '1'];

describe('The safety net for warning signs', () => {
  const detector = createCrisisDetector();

  it('uses a message the detector sees as a warning sign and not a crisis', () => {
    // If the patterns change so this is a crisis or nothing, pick another example for these tests.
    expect(detector.detect(warningSign)).to.equal(null);
    expect(detector.warningSigns(warningSign)).to.include('burdenStrong');
    expect(detector.warningSigns(routine)).to.deep.equal([]);
  });

  for (const channelId of ['webchat', 'msteams', 'sms']) {
    describe(`on ${channelId}`, () => {
      const fresh = freshAppPerTest(channelId);

      it('says where urgent help is, keeps the answer and carries on to the next question', async () => {
        await sayAll(fresh.client, toWhatMatters);
        const result = await fresh.client.say(warningSign);
        const text = allText(result);
        expect(text).to.match(/not (watched|read) by a person/);
        expect(text).to.match(/999/);
        expect(text).to.match(/111, option 2|111\*\* and choose \*\*option 2/);
        expect(result.questions.at(-1)?.linkId).to.equal('whatMatters.goingWell');
        expect(text.indexOf('999')).to.be.lessThan(text.lastIndexOf('?'));

        const store = new SqliteRecordStore(fresh.running.app.db, createSealer(null));
        const [summary] = await store.list();
        const record = (await store.get(summary.id))?.value;
        expect(record?.answers['whatMatters.most']?.value).to.equal(warningSign);
        expect(record?.flags, 'a warning sign is not a crisis flag').to.have.length(0);
        expect(record?.progress.safetyCheckPending).to.not.equal(true);
      });

      it('stays quiet for an everyday answer', async () => {
        await sayAll(fresh.client, toWhatMatters);
        const result = await fresh.client.say(routine);
        expect(allText(result)).to.not.match(/999/);
        expect(result.questions.at(-1)?.linkId).to.equal('whatMatters.goingWell');
      });
    });
  }

  it('names the person when a carer is answering, and fits one GSM-7 text on SMS', () =>
    withApp(async (running) => {
      const client = new BotClient(running.baseUrl, { channelId: 'sms' });
      await sayAll(client, toWhatMattersAsCarer);
      const result = await client.say('Mum keeps saying she is such a burden on the family');
      const reminder = result.replies.find((r) => /999/.test(r.text ?? ''))?.text ?? '';
      expect(reminder).to.match(/If Jean, or anyone else, is not safe now/);
      expect(isGsm7(reminder)).to.equal(true);
      expect(gsm7Length(reminder)).to.be.at.most(320);
    }));

  it('logs which warning signs were seen, never the words', () =>
    withApp(async (running, lines) => {
      const client = new BotClient(running.baseUrl, { channelId: 'webchat' });
      await sayAll(client, [...toWhatMatters, warningSign]);
      const logged = lines.filter((line) => line.includes('crisis_safety_net'));
      expect(logged).to.have.length(1);
      expect(logged[0]).to.include('burden');
      expect(lines.join('\n')).to.not.include('such a burden');
    }));
});
