/**
 * H212: at the carer's own "How are you coping?", tiredness is the answer ("barely, I haven't
 * slept properly in weeks" got the medical check-in, 0.91): it is kept and the next question
 * asked. An emergency told there still gets its reply.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`a carer's tiredness at "How are you coping?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('keeps "barely, I haven\'t slept properly in weeks" as the answer and asks the next question', async () => {
      const atCoping = await sayAll(fresh.client, carerToOwnPart);
      expect(lastQuestion(atCoping), allText(atCoping)).to.equal('carer.coping');
      const reply = await fresh.client.say("barely, I haven't slept properly in weeks");

      expect(lastQuestion(reply), allText(reply)).to.equal('carer.help');
    });

    it('still gives the urgent help for "I can\'t breathe" there', async () => {
      await sayAll(fresh.client, carerToOwnPart);
      const reply = await fresh.client.say("I can't breathe");

      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      expect(allText(reply)).to.match(/999/);
    });
  });
}
