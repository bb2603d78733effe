/**
 * A carer asked "Is Ron safe right now?" who answers in a whole sentence ("yes he is safe", "yes
 * she is ok") was read as not safe: the urgent help came again on every message and the lead
 * contact's flag said "not safe", because only "yes he is" or "he is safe" were listed, never
 * both together (H179). The carer's own question ("Are you safe right now?") still carries on only
 * at an answer about the carer.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const aboutThePerson = [
  'yes he is safe',
  'yes she is safe',
  'yes they are safe',
  'yes he is ok',
  'yes she is fine',
  'he is fine',
  'they are fine',
  'yes theyre ok',
  'Yes, he is safe now, thanks',
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`A carer saying the person is safe in a whole sentence, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const answer of aboutThePerson) {
      it(`carries on at "${answer}" when asked "Is Ron safe right now?", and tells no one "not safe"`, async () => {
        await sayAll(fresh.client, [...carerToOwnPart, 'Ron keeps saying he wants to end it all']);
        const reply = allText(await fresh.client.say(answer));
        const record = await onlyRecord(fresh.running);

        expect(reply).to.match(/Thank you/);
        expect(reply).to.not.match(/Please get help now/);
        expect(record.progress.safetyCheckPending).to.equal(false);
        expect(record.flags[0]?.safeNow).to.equal(undefined);
      });
    }

    for (const answer of ['yes he is safe', 'yes she is fine']) {
      it(`does not end the carer's own crisis hold at "${answer}"`, async () => {
        await sayAll(fresh.client, [...carerToOwnPart, 'I cannot cope any more, I want to end it all']);
        await fresh.client.say(answer);

        expect((await onlyRecord(fresh.running)).progress.safetyCheckPending).to.equal(true);
      });
    }
  });
}
