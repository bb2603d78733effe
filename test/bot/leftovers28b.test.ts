/**
 * Safety leftovers 28b in the conversation (H341, H299): a carer's plain word about the person at the
 * name question is not met with a crisis check-in before the name is read; stopping for the day
 * with "tomorrow" in text-speak ("tmrw", "2moro", "tomoz") pauses, as "tomorrow" does.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { atQuestion, plainPersonAnswers } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** A carer answering for someone else, to the name question. */
const forSomeoneElse: Readonly<Record<string, string>> = { ...plainPersonAnswers, 'respondent.type': '2' };

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety leftovers 28b at the name question for someone else, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'subject.name', text, forSomeoneElse);

    for (const text of ['she is housebound', "he's housebound", 'he is drunk'])
      it(`asks no crisis question for "${text}", and asks the name again (H341)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
        expect(allText(reply)).to.not.match(/999|116 123|in danger of being hurt|thoughts of ending/);
      });

    it('still answers "he is drunk and threatening me" as harm now (H341)', async () => {
      const reply = await at('he is drunk and threatening me');
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      expect(allText(reply)).to.match(/999/);
    });
  });

  describe(`Safety leftovers 28b at "What is going well?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'whatMatters.goingWell', text);

    for (const text of [
      'ill do the rest tmrw',
      'ill finish 2moro',
      'i will carry on tmrw',
      'can i finish tomoz',
      "I'll come back tmoz",
      'gotta go, ill do the rest tmrw',
    ])
      it(`pauses with no crisis lines for "${text}" (H299)`, async () => {
        const reply = await at(text);
        expect(reply.questions, allText(reply)).to.have.length(0);
        expect(allText(reply)).to.match(/Everything is saved/);
        expect(allText(reply)).to.not.match(/999|116 123|thoughts of ending/);
      });
  });
}
