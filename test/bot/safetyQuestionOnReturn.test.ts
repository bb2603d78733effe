import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';

/**
 * A chat that starts again with no message (the arrival a web chat, Teams or an SMS START sends)
 * while "are you safe right now?" or a check-in waits is asked that question again, never the
 * routine one it was at (review 18, finding 3; hazard H2).
 */
for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`a safety question waiting when the chat starts again (${channelId})`, () => {
    const fresh = freshAppPerTest(channelId);
    const arrive = () => fresh.client.post({ type: 'conversationUpdate', membersAdded: [{ id: fresh.client.userId }] });

    it('asks "are you safe right now?" again after a crisis reply, and nothing routine', async () => {
      await sayAll(fresh.client, ['hi', 'I want to kill myself']);
      const back = await arrive();

      expect(lastQuestion(back)).to.equal('safety.check');
      expect(back.questions.map((question) => question.linkId)).to.deep.equal(['safety.check']);
      expect(allText(back)).to.match(/safe right now/);
      const record = await onlyRecord(fresh.running);
      expect(record.progress.safetyCheckPending).to.equal(true);
      expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(1);
    });

    it('asks the check-in again while it waits, and nothing routine', async () => {
      await sayAll(fresh.client, ['hi', 'I want to end my']);
      const back = await arrive();

      expect(back.questions.map((question) => question.linkId)).to.deep.equal(['safety.checkIn']);
      expect(allText(back)).to.match(/thoughts of ending (your|their) life/);
    });
  });
}

/**
 * Back by a greeting after days away while a safety question waits: by SMS there is no arrival, so
 * "hi" was read as the answer: to a check-in, the crisis reply and a flag "did not give a clear no"
 * (explore 22b, finding 13); to "are you safe right now?", "Please get help now". Asked again, as
 * an arrival asks it (H2, H125), on every channel.
 */
for (const channelId of ['sms', 'webchat', 'msteams']) {
  describe(`a greeting after days away while a safety question waits (${channelId})`, () => {
    it('asks the check-in again, never taking "hi" as its answer or flagging it', async () => {
      await withClockedApp(channelId, async ({ client, later, running }) => {
        await walkTo((text) => client.say(text), 'whatMatters.hard', plainPersonAnswers);
        expect(lastQuestion(await client.say('done with it all'))).to.equal('safety.checkIn');
        later(3 * 24 * 60);
        const back = await client.say('hi');

        expect(lastQuestion(back), allText(back)).to.equal('safety.checkIn');
        const record = await onlyRecord(running);
        expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.have.length(0);
        expect(record.progress.checkIn).to.not.equal(undefined);
      });
    });

    it('asks "are you safe right now?" again with the urgent help, never "Please get help now"', async () => {
      await withClockedApp(channelId, async ({ client, later, running }) => {
        await sayAll(client, ['hi', 'me', 'Jean', 'I want to kill myself']);
        later(3 * 24 * 60);
        const back = await client.say('hello');

        expect(lastQuestion(back)).to.equal('safety.check');
        expect(allText(back))
          .to.match(/116 123/)
          .and.to.match(/safe right now/);
        expect(allText(back)).to.not.match(/Please get help now/);
        const flag = (await onlyRecord(running)).flags.find((f) => f.kind === 'crisis');
        expect(flag?.safeNow).to.equal(undefined);
      });
    });

    it('takes a greeting straight after a check-in, or said again, as no clear no', async () => {
      await withClockedApp(channelId, async ({ client, later, running }) => {
        await walkTo((text) => client.say(text), 'whatMatters.hard', plainPersonAnswers);
        await client.say('done with it all');
        later(3 * 24 * 60);
        await client.say('hi');
        later(1);
        const again = await client.say('hi');

        expect(lastQuestion(again)).to.equal('safety.check');
        expect((await onlyRecord(running)).flags.filter((flag) => flag.kind === 'crisis')).to.have.length(1);
      });
    });
  });
}
