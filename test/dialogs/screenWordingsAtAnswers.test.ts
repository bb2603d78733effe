/**
 * The crisis screen where the question a wording is said at matters (H88, H91, H92): a carer
 * saying who they answer for, and that they think the person has dementia, is asked nothing about
 * danger and goes on to the person's name; an ambulance for an appointment, said at a free-text
 * question, is kept as the answer; a note left for the family to find gets the crisis reply and
 * a flag at any question.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';
import { storedValue } from '../support/onlyRecord';

/** Who is answering, with dementia thought of: each got a check-in or the crisis reply before. */
const whoAnswersWithDementia = [
  'for my dad, I think he has dementia',
  "I'm answering for my dad, I think he has dementia",
  "for my dad, I think he's got dementia",
  "it's for my husband, he's got dementia",
];

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Notes, daily rounds, transport and who answers, screened at the questions they are said at, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const text of whoAnswersWithDementia) {
      it(`asks nothing about danger and flags nothing for "${text}" at who is answering`, async () => {
        await fresh.client.say('hi');
        const reply = await fresh.client.say(text);
        const asked = reply.questions.map((q) => q.linkId);
        expect(asked, allText(reply)).to.not.include('safety.checkIn');
        expect(asked).to.not.include('safety.check');
        // Who is answering goes on, or is asked again where "I think" leaves the pick unread.
        expect(lastQuestion(reply)).to.be.oneOf(['subject.name', 'respondent.type']);
        const record = await onlyRecord(fresh.running);
        expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.deep.equal([]);
      });
    }

    it("notes a carer for \"it's for my husband, he's got dementia\" and asks the person's name", async () => {
      await fresh.client.say('hi');
      const reply = await fresh.client.say("it's for my husband, he's got dementia");
      expect(lastQuestion(reply), allText(reply)).to.equal('subject.name');
      expect((await onlyRecord(fresh.running)).answers['respondent.type']?.value).to.equal('carer');
    });

    it('keeps an ambulance for an appointment as the answer to a free-text question', async () => {
      const text = 'can you get me an ambulance for my appointment';
      const reply = await atQuestion(fresh.client, 'whatMatters.hard', text);
      const asked = reply.questions.map((q) => q.linkId);
      expect(asked, allText(reply)).to.not.include('safety.checkIn');
      expect(asked).to.not.include('safety.check');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['whatMatters.hard']?.value).to.equal(text);
      expect(record.flags.filter((flag) => flag.kind === 'crisis')).to.deep.equal([]);
    });

    it('answers a note left for the husband to find with the crisis reply and a flag', async () => {
      const text = 'I left a note for my husband, he will find it when he gets home';
      const reply = await atQuestion(fresh.client, 'whatMatters.hard', text);
      expect(allText(reply)).to.match(/116 123/);
      expect(lastQuestion(reply)).to.equal('safety.check');
      const record = await onlyRecord(fresh.running);
      const flags = record.flags.filter((flag) => flag.kind === 'crisis');
      expect(flags.map((flag) => [flag.detail, flag.message])).to.deep.equal([['suicide', text]]);
    });
  });
}

// Review 23 #7: the dream look-behind (H143) read violence done after a nightmare as dreamt.
it('Screened at answers: "after a nightmare he punched mum" still gets a safety question', () =>
  withClockedApp('webchat', async ({ running, client }) => {
    await walkTo((t) => client.say(t), 'whatMatters.hard', { 'respondent.type': '1', 'subject.name': 'Jean' });
    const reply = await client.say('after a nightmare he punched mum');

    expect(lastQuestion(reply), allText(reply)).to.equal('safety.checkIn');
    expect(await storedValue(running, 'whatMatters.hard')).to.equal(undefined);
  }));
