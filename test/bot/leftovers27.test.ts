/**
 * Safety leftovers 27 in the conversation (H282, H286, H291, H292), where the words of the reply
 * matter: a wish to stop breathing softened with "just" gets the urgent help, not a question; a car
 * at the garage and the kids' dinner joked about get the next question, not the urgent help; a
 * carer naming the person later in the message is asked about the person.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { samForRon } from '../support/carerScripts';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety leftovers 27 at "What is going well?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'whatMatters.goingWell', text);

    for (const text of ['I wish I could just stop breathing', 'some days I wish I could just not wake up'])
      it(`gives the urgent help and asks if they are safe for "${text}" (H291, H295)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply))
          .to.match(/999/)
          .and.to.match(/116 123/)
          .and.to.match(/Are you safe right now\?/);
      });

    for (const text of ["water got into the car engine, it's at the garage", "I'll kill the kids' dinner lol"])
      it(`carries on with the next question for "${text}" (H292, H286)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.not.match(/^safety\./);
        expect(allText(reply)).to.not.match(/999|116 123|thoughts of ending|in danger of being hurt/);
      });

    it('asks Sam straight whether Ron is having thoughts of ending his life when Ron is named after "and" (H282)', async () => {
      const reply = await atQuestion(
        fresh.client,
        'whatMatters.goingWell',
        'I look after mum and Ron is struggling to keep going',
        samForRon,
      );
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
      expect(allText(reply)).to.match(/Is Ron having thoughts of ending their life\?/);
      expect(allText(reply)).to.not.match(/Are you having thoughts/);
    });
  });
}
