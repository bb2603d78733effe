/**
 * Explorer 28 (H334): once finished, "send it to my GP please" was told only "You have finished
 * getting ready". Only the lead contact can be sent the plan: that is said, with whether it has been
 * sent to them, and nothing is sent by these words. Asking to send it to family is still H301's.
 */
import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { allText, lastQuestion } from '../support/botClient';
import { invitationCode } from '../support/invitations';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { atQuestion, jeanToShare, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const toTheTeam = ['send it to my GP please', 'can you send my plan to the nurse?', 'please share it with my doctor'];

for (const channelId of ['webchat', 'sms'] as const) {
  const yes = channelId === 'sms' ? 'YES' : 'yes';
  const no = channelId === 'sms' ? 'NO' : 'no';

  describe(`Explorer 28: asking to send the plan to the care team, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const finished = async (answer: string): Promise<void> => {
      const code = await invitationCode(app.running);
      await walkTo((text) => app.client.say(text), 'share.consent', { ...jeanToShare, 'share.send': 'all' }, code);
      await app.client.say(answer);
    };

    for (const said of toTheTeam) {
      it(`says only Dr Sam Patel can be sent it, and that it has gone to them, on "${said}" after sharing`, async () => {
        await finished(yes);
        const reply = await app.client.say(said);

        expect(allText(reply)).to.match(/only send your plan to Dr Sam Patel/);
        expect(allText(reply)).to.match(/has been sent to them|on its way|not reached them yet/);
        expect(allText(reply)).to.not.match(/finished getting ready|have not been sent|has not been sent/);
      });
    }

    it('says it has not been sent, as she chose not to, after a no to sharing; and sends nothing', async () => {
      await finished(no);
      const reply = await app.client.say('send it to my GP please');

      expect(allText(reply)).to.match(/only send your plan to Dr Sam Patel/);
      expect(allText(reply)).to.match(/not been sent/);
      expect(allText(reply)).to.not.match(/finished getting ready|has been sent to them/);
      expect(sharedRecord(await onlyRecord(app.running))).to.equal(undefined);
    });

    it('says mid-way that it has not been sent, and asks the question again, noting nothing', async () => {
      const reply = await atQuestion(app.client, 'whatMatters.goingWell', 'send it to my GP please');

      expect(allText(reply)).to.match(/No care team is linked/);
      expect(lastQuestion(reply), allText(reply)).to.equal('whatMatters.goingWell');
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    });

    // Near miss: an answer that only mentions the GP is noted.
    it('notes "I send my readings to my GP" as what is going well', async () => {
      await atQuestion(app.client, 'whatMatters.goingWell', 'I send my readings to my GP');

      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal('I send my readings to my GP');
    });
  });
}
