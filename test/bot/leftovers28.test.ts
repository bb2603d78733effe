/**
 * Safety leftovers 28 in the conversation (H299, H295, H327), where the words of the reply matter:
 * stopping for the day with "tomorrow" is paused, not met with crisis lines; drowning with a cry for
 * help gets 999 at once; a wish that someone else were dead is asked about as harm, not as the
 * writer's own suicide.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety leftovers 28 at "What is going well?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'whatMatters.goingWell', text);

    for (const text of [
      "I'll finish tomorrow",
      "I'm tired, I'll finish tomorrow",
      "I'll come back tomorrow",
      'can I finish tomorrow',
    ])
      it(`pauses with no crisis lines for "${text}" (H299)`, async () => {
        const reply = await at(text);
        expect(reply.questions, allText(reply)).to.have.length(0);
        expect(allText(reply)).to.match(/Everything is saved/);
        expect(allText(reply)).to.not.match(/999|116 123|thoughts of ending/);
      });

    for (const text of ["help I'm drowning", 'help my son is drowning'])
      it(`says to call 999 now for "${text}" (H327)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/Call 999 now/);
        expect(allText(reply)).to.not.match(/116 123/);
      });

    it('asks whether anyone is in danger of being hurt for "I wish he would just be dead" (H295)', async () => {
      const reply = await at('I wish he would just be dead');
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
      expect(allText(reply)).to.match(/in danger of being hurt\?/);
      expect(allText(reply)).to.not.match(/thoughts of ending/);
    });
  });
}
