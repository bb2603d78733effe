/**
 * "Are you safe right now?" answered with a clear yes and a pleasantry ("yes I'm safe now", "I'm
 * safe now, thanks", "I'm fine now, carry on"): only the listed phrases counted, so a word more
 * got the reply meant for a "no" ("Please get help now. Call 999…"), again for every such answer
 * (explore 22b, finding 9). Doubt, a question back or a "not" beside the words is still no yes.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const disclosure = 'I want to end my life';

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`A clear "I'm safe" in a few more words, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const safe of [
      "yes I'm safe now",
      "I'm safe now, thanks",
      "I'm fine now, carry on",
      'Yes, safe now. Thank you',
    ]) {
      it(`takes "${safe}" as safe, never with "Please get help now"`, async () => {
        await sayAll(fresh.client, ['hi', 'me', 'Jean', disclosure]);
        const reply = await fresh.client.say(safe);

        expect(allText(reply)).to.not.match(/Please get help now/);
        expect(reply.questions.map((q) => q.linkId)).to.not.include('safety.check');
        expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(false);
      });
    }
  });
}

describe('Words near "I\'m safe" that are no clear yes', () => {
  const fresh = freshAppPerTest('webchat');

  for (const said of [
    'not safe now',
    "I'm not safe now, thanks",
    'safe?',
    "I'm safe now?",
    "I think I'm safe now",
    "I'm safe now, I think",
    "I'm safe now, not sure for how long",
    "yes I'm safe now but I still want to die",
    "I'm fine now, don't worry",
    'carry on',
    'thanks',
  ]) {
    it(`repeats the urgent help after "${said}" and asks again`, async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', disclosure]);
      const reply = await fresh.client.say(said);

      expect(allText(reply)).to.match(/116 123/);
      expect(reply.questions.map((q) => q.linkId)).to.deep.equal(['safety.check']);
      expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(true);
    });
  }
});
