import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

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
