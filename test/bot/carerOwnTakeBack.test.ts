/**
 * H206: a carer's "yes he is safe" for Ron, taken back in the carer's own words ("to be honest I'm
 * not ok"), is the carer's own not safe: a crisis flag about the carer, the urgent help in words for
 * the carer and "are you safe right now?" asked of them, Ron's flag left as it was. Taken back in
 * words about Ron ("actually he's not safe"), it stays Ron's (H176).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

const ronSafe = [...carerToOwnPart, 'Ron keeps saying he wants to end it all', 'yes he is safe'];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`a carer's own take-back of "yes he is safe", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    const cases: Array<[string, readonly string[], string]> = [
      ['later, after another answer', ['walk to the shops'], "to be honest I'm not ok"],
      ['as a quick second text', [], 'honestly im not ok'],
      ['later, after "i lied"', ['walk to the shops'], 'i lied earlier, i am not safe'],
    ];
    for (const [when, between, later] of cases) {
      it(`asks the carer whether they are safe at "${later}" ${when}`, async () => {
        await sayAll(fresh.client, [...ronSafe, ...between]);
        const reply = await fresh.client.say(later);
        const { flags } = await onlyRecord(fresh.running);
        const carers = flags.filter((flag) => flag.kind === 'crisis' && flag.about === 'carer');

        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply))
          .to.match(/you are safe/i)
          .and.to.not.match(/Ron is safe/);
        expect(carers.map((flag) => flag.safeNow)).to.deep.equal(['no']);
        expect(flags[0]?.about).to.equal(undefined);
        expect(flags[0]?.safeNow).to.not.equal('no');
      });
    }

    it('reads the carer\'s "I\'m safe" after it as their own, and carries on', async () => {
      await sayAll(fresh.client, [...ronSafe, 'walk to the shops', "to be honest I'm not ok"]);
      const reply = allText(await fresh.client.say("I'm safe"));
      const record = await onlyRecord(fresh.running);

      expect(reply).to.not.match(/Please get help now/);
      expect(record.progress.safetyCheckPending).to.not.equal(true);
      expect(record.flags.filter((flag) => flag.about === 'carer').map((flag) => flag.safeNow)).to.deep.equal(['no']);
    });

    it('keeps "actually he\'s not safe" as Ron\'s', async () => {
      await sayAll(fresh.client, [...ronSafe, 'walk to the shops']);
      const reply = allText(await fresh.client.say("actually he's not safe"));
      const { flags } = await onlyRecord(fresh.running);

      expect(reply).to.match(/Ron is safe/);
      expect(flags[0]?.safeNow).to.equal('no');
      expect(flags.filter((flag) => flag.about === 'carer')).to.have.length(0);
    });
  });
}
