/**
 * H213: a carer's bare "actually I'm not", a quick second text after "yes he is safe" at "Is Ron
 * safe right now?", may be the carer's own not safe or Ron's taken back: whose is not said. Read as
 * Ron's alone (H206's leftover), the carer was never asked. Neither reading is dropped: Ron's flag
 * keeps not safe, as for any taking back (H176), a crisis flag about the carer keeps their words,
 * and the carer is asked whether they are safe, with the urgent help for both.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const ronSafe = [...carerToOwnPart, 'Ron keeps saying he wants to end it all', 'yes he is safe'];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`a carer's bare take-back of "yes he is safe", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const bare of ["actually I'm not", 'no wait, im not', 'actually i am not']) {
      it(`keeps Ron's not safe and asks the carer about themselves at "${bare}"`, async () => {
        await sayAll(fresh.client, ronSafe);
        const reply = await fresh.client.say(bare);
        const { flags } = await onlyRecord(fresh.running);
        const carers = flags.filter((flag) => flag.kind === 'crisis' && flag.about === 'carer');

        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply))
          .to.match(/are you safe/i)
          .and.to.match(/Ron/);
        expect(flags[0]?.about).to.equal(undefined);
        expect(flags[0]?.safeNow).to.equal('no');
        expect(carers, JSON.stringify(flags)).to.have.length(1);
        expect(carers[0]?.message).to.contain(bare);
      });
    }

    it("reads the carer's \"I'm safe\" after it as their own, and keeps Ron's not safe", async () => {
      await sayAll(fresh.client, [...ronSafe, "actually I'm not"]);
      const reply = allText(await fresh.client.say("I'm safe"));
      const { flags, progress } = await onlyRecord(fresh.running);

      expect(reply).to.not.match(/Please get help now/);
      expect(progress.safetyCheckPending).to.not.equal(true);
      expect(flags[0]?.safeNow).to.equal('no');
    });

    it('keeps "actually he\'s not safe" as Ron\'s alone', async () => {
      await sayAll(fresh.client, ronSafe);
      const reply = allText(await fresh.client.say("actually he's not safe"));
      const { flags } = await onlyRecord(fresh.running);

      expect(reply).to.match(/Ron is safe/);
      expect(flags.filter((flag) => flag.about === 'carer')).to.have.length(0);
    });
  });
}
