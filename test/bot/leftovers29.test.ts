/**
 * Safety leftovers 29 in the conversation: calm words the learned layer alone met with crisis lines
 * (H348), a new stroke told as "since my stroke this morning" (H341), the reply after a yes to the
 * harm-to-others check-in (H330), hopelessness given back as the answer after a clear no to a
 * check-in (H349), stopping for the day in text-speak (H299), a Welsh disclosure (H328).
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll, type PostResult } from '../support/botClient';
import { storedValue } from '../support/onlyRecord';
import { atQuestion, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const rose: Readonly<Record<string, string>> = {
  'respondent.type': '1',
  'subject.name': 'Rose',
  conditions: 'heart failure',
  'goal.1.text': 'walk',
  'goal.another': 'no',
  'topics.selected': '1',
};

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety leftovers 29 at "What is going well?", on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const at = (text: string) => atQuestion(fresh.client, 'whatMatters.goingWell', text);

    for (const text of ["I'll crash at her place tonight", "he said he'll get me tomorrow, I'm frightened of the scan"])
      it(`gives no crisis lines for "${text}" (H348)`, async () => {
        const reply = await at(text);
        expect(allText(reply)).to.not.match(/999|116 123|in danger of being hurt|thoughts of ending/);
      });

    for (const text of ["I'll crash the car tonight", "he said he'll get me tomorrow, I'm frightened of him"])
      it(`still gives the crisis reply for "${text}" (H348)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      });

    for (const text of [
      "since my stroke this morning I can't feel the left side",
      "since his stroke last night he can't use his left arm",
      "since my stroke earlier can't feel the left side",
    ])
      it(`says to call 999 now for "${text}" (H341)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/Call 999 now/);
      });

    for (const text of ['i will finish tmrw', 'ill finish this tmrw', 'will finish 2moro', 'i will do the rest tmrw'])
      it(`pauses with no crisis lines for "${text}" (H299)`, async () => {
        const reply = await at(text);
        expect(reply.questions, allText(reply)).to.have.length(0);
        expect(allText(reply)).to.match(/Everything is saved/);
        expect(allText(reply)).to.not.match(/999|116 123|thoughts of ending/);
      });

    // 'Finish it': whatever 'it' is, it is not said to be the questions (H86, H299).
    for (const text of ["I'll finish it tomorrow, I've got the tablets", 'will finish it 2moro'])
      it(`still gives the crisis reply for "${text}" (H299)`, async () => {
        const reply = await at(text);
        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/116 123/);
      });
  });

  describe(`Safety leftovers 29: a yes to "in danger of being hurt?", on ${channelId} (H330)`, () => {
    const fresh = freshAppPerTest(channelId);

    /** "im not safe at home" at what is hard: the harm-to-others check-in, then `answer` to it. */
    async function answered(answer: string): Promise<PostResult> {
      const checkIn = await atQuestion(fresh.client, 'whatMatters.hard', 'im not safe at home');
      expect(allText(checkIn)).to.match(/in danger of being hurt\?/);
      return fresh.client.say(answer);
    }

    it('gives 999 for immediate danger, a domestic abuse helpline and safeguarding, and asks if they are safe', async () => {
      const reply = await answered('yes');
      const text = allText(reply);
      expect(lastQuestion(reply), text).to.equal('safety.check');
      expect(text).to.match(/999/);
      expect(text).to.match(/domestic abuse/i);
      expect(text).to.match(/safeguarding/i);
      expect(text).to.match(/safe right now\?/);
    });

    it('gives the same for "not sure"', async () => {
      const text = allText(await answered('not sure'));
      expect(text).to.match(/domestic abuse/i);
      expect(text).to.match(/safeguarding/i);
    });

    it('still gives the mental health reply, with no domestic abuse line, to a yes about thoughts of suicide', async () => {
      const checkIn = await atQuestion(fresh.client, 'whatMatters.hard', 'whats the point');
      expect(allText(checkIn)).to.match(/thoughts of ending your life\?/);
      const text = allText(await fresh.client.say('yes'));
      expect(text).to.match(/116 123/);
      expect(text).to.not.match(/domestic abuse/i);
    });
  });

  describe(`Safety leftovers 29: hopelessness after a clear no to the check-in at "would you like help?", on ${channelId} (H349)`, () => {
    const app = freshAppPerTest(channelId);

    /** Walks to the mood questions and answers yes, yes, no: "would you like help?" waits. */
    async function toWantsHelp(): Promise<PostResult> {
      await walkTo((text) => app.client.say(text), 'mood.down', rose);
      return sayAll(app.client, ['yes', 'yes', 'no']);
    }

    for (const words of ['no point', 'whats the point', 'nah whats the point', 'no point, nothing helps']) {
      it(`does not note "${words}" as no help wanted after a clear no, and asks again`, async () => {
        expect(lastQuestion(await toWantsHelp())).to.equal('mood.wantsHelp');
        const checkIn = await app.client.say(words);
        expect(lastQuestion(checkIn), allText(checkIn)).to.equal('safety.checkIn');
        const after = await app.client.say('no');

        expect(await storedValue(app.running, 'mood.wantsHelp'), allText(after)).to.not.equal(false);
        expect(lastQuestion(after), allText(after)).to.equal('mood.wantsHelp');
      });
    }

    it('still notes a plain "no" as no help wanted', async () => {
      await toWantsHelp();
      await app.client.say('no');
      expect(await storedValue(app.running, 'mood.wantsHelp')).to.equal(false);
    });
  });
}
