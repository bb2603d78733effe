/**
 * Safety leftovers 26 in the conversation (H256-H259), where the words of the reply matter: a
 * struggle to keep going is asked about straight; a threat to a person taken back as a joke is asked
 * about, not answered with the urgent help; an overdose, a calm word and a symptom get 999 first;
 * revenge with the means got and keeping a wife safe from oneself get the urgent help. And a
 * carer's bare "actually he's not" after "yes he is safe" is read as "actually he's not safe" (H258).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToOwnPart } from '../support/carerScripts';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const ronSafe = [...carerToOwnPart, 'Ron keeps saying he wants to end it all', 'yes he is safe'];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety leftovers 26 at "What is going well?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'whatMatters.goingWell', text);

    it('asks straight about thoughts of ending their life for "I\'m struggling to keep going with it all" (H256)', async () => {
      const reply = await at("I'm struggling to keep going with it all");
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
      expect(allText(reply)).to.match(/Are you having thoughts of ending your life\?/);
    });

    it('asks whether anyone is in danger for a threat to him taken back as a joke, without the urgent help (H257)', async () => {
      const reply = await at("I'll strangle him, I swear! Only kidding, but he drives me mad");
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
      expect(allText(reply)).to.match(/Are you, or is anyone else, in danger of being hurt\?/);
      expect(allText(reply)).to.not.match(/116 123/);
    });

    it('says to call 999 now for all the tablets taken, a calm word, then dizziness (H259)', async () => {
      const reply = await at("I took all my tablets. I'm in a good place now. I feel really dizzy");
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      expect(allText(reply)).to.match(/This could be an emergency\. \**Call 999 now\./);
    });

    for (const text of ['making that landlord pay. Already got hold of the petrol', 'keep my wife safe from me'])
      it(`gives the urgent help and asks if they are safe for "${text}" (H259)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply))
          .to.match(/999/)
          .and.to.match(/116 123/)
          .and.to.match(/Are you safe right now\?/);
      });
  });

  describe(`A carer's bare "actually he's not" after "yes he is safe", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const bare of ["actually he's not", 'no wait, he is not', 'actually he isnt'])
      it(`keeps Ron's not safe and gives the urgent help again at "${bare}", as for "actually he's not safe"`, async () => {
        await sayAll(fresh.client, ronSafe);
        const reply = await fresh.client.say(bare);
        const { flags } = await onlyRecord(fresh.running);

        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply))
          .to.match(/Please get help now/)
          .and.to.match(/When Ron is safe/);
        expect(flags[0]?.safeNow).to.equal('no');
        expect(flags.filter((flag) => flag.about === 'carer')).to.have.length(0);
      });
  });
}
