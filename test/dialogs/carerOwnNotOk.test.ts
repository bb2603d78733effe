/**
 * Review 24 (H176 with H6): "I'm safe" taken back at any time reads a later plain "I'm not ok" as
 * taking back the last "is safe", whoever it was about. A carer who said "yes he is safe" at "Is Ron
 * safe right now?" and later, in their own part, says "to be honest I'm not ok" about themselves
 * got the urgent help about Ron ("When Ron is safe, say…"), and the flag the lead contact reads
 * says Ron is not safe, with the carer's words added to Ron's disclosure; the carer is never asked
 * about their own safety.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`review 24: a carer's own "I'm not ok" after "yes he is safe", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const later of ["to be honest I'm not ok", 'honestly im not ok']) {
      it(`never tells the lead contact that Ron is not safe at "${later}"`, async () => {
        await sayAll(fresh.client, [...carerToOwnPart, 'Ron keeps saying he wants to end it all', 'yes he is safe']);
        await fresh.client.say('walk to the shops');
        const reply = allText(await fresh.client.say(later));
        const [flag] = (await onlyRecord(fresh.running)).flags;

        expect(reply).to.not.match(/When Ron is safe/);
        expect(flag?.safeNow).to.not.equal('no');
      });
    }
  });
}
