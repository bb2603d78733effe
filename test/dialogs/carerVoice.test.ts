import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { carerToTopics } from '../support/carerScripts';
import { invitationCode } from '../support/invitations';
import { carerAnswers } from '../support/resultsChat';
import { personToFirstGoal, plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** Sam for Ron up to the first goal's "how sure are you?" (the carer script before its last goal answers). */
const carerToConfidence = carerToTopics.slice(0, carerToTopics.length - 3);

/** Sam for Ron, invited by Dr Sam Patel, on to "may I send it?" with every part ticked. */
const carerToConsent: Record<string, string> = {
  'respondent.type': 'I am the carer',
  'subject.name': 'Ron',
  'respondent.name': 'Sam',
  'respondent.relationship': 'wife',
  'respondent.personAgrees': 'yes',
  conditions: 'diabetes',
  'goal.1.text': 'Walk to the park',
  'goal.another': 'no',
  'review.change': 'It looks right',
  'share.send': 'all',
};

for (const channelId of channels) {
  describe(`One voice about the person when a carer answers, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('offers topic labels that read right for a carer: no "your" that could mean the carer', async () => {
      const topics = await sayAll(fresh.client, carerToTopics);
      const offered = (topics.questions.at(-1)?.options ?? []) as { label: string }[];

      expect(topics.questions.at(-1)?.linkId).to.equal('topics.selected');
      expect(offered.map((o) => o.label)).to.include.members(['Taking medicines', 'Support for carers']);
      for (const option of offered) expect(option.label).to.not.match(/\byour?\b/i);
    });

    it("tells a carer Ron's goals are saved, not theirs", async () => {
      const saved = allText(await sayAll(fresh.client, carerToTopics.slice(0, -1)));

      expect(saved).to.match(/Ron's goals are saved/);
      expect(saved).to.not.match(/Your goals are saved/);
    });

    it('asks a carer how sure Ron is that he can do the goal, not how sure the carer is', async () => {
      const asked = await sayAll(fresh.client, carerToConfidence);

      expect(lastQuestion(asked)).to.equal('goal.1.confidence');
      // The plan shows this number as Ron's confidence, beside Ron's importance.
      expect(allText(asked)).to.match(/How sure is Ron\b/);
      expect(allText(asked)).to.not.match(/How sure are you\b/);
    });

    it('still asks a person answering for themselves how sure they are', async () => {
      const asked = await sayAll(fresh.client, [
        ...personToFirstGoal(),
        'walk to the park',
        '5',
        'walk after lunch',
        'skip',
      ]);

      expect(lastQuestion(asked)).to.equal('goal.1.confidence');
      expect(allText(asked)).to.match(/How sure are you\b/);
    });

    it('says Ron may need more help after a low score for how sure, not the carer', async () => {
      await sayAll(fresh.client, carerToConfidence);
      const told = allText(await fresh.client.say('3'));

      expect(told).to.match(/lower number/);
      expect(told).to.not.match(/you may need more help/);
    });

    it("tells a carer it will send Ron's plan and gives them a copy of Ron's plan, never calling it theirs", async () => {
      const code = await invitationCode(fresh.running);
      await walkTo((text) => fresh.client.say(text), 'share.consent', carerToConsent, code);
      const sent = allText(await fresh.client.say('yes'));

      expect(sent).to.match(/I will send Ron's plan to Dr Sam Patel/);
      expect(sent).to.match(/copy of Ron's plan/);
      expect(sent).to.not.match(/\byour plan\b|your own copy/i);
    });
  });
}

// Found playing a carer (branch explore21, test/explore/findings21b.test.ts): Ann, answering for her
// mother Jean, got the person's own help about "your tablets", and the draft plan was called hers.
describe('One voice about the person when a carer asks for help or sees the plan', () => {
  const fresh = freshAppPerTest('webchat');

  it("gives a carer help about the person's tablets and worries at anything else to talk about, not the carer's", async () => {
    await walkTo((text) => fresh.client.say(text), 'topics.own', carerAnswers);
    const reply = await fresh.client.say('help');

    expect(lastQuestion(reply)).to.equal('topics.own');
    expect(allText(reply)).to.match(/Jean's tablets/);
    expect(allText(reply)).to.not.match(/\byour tablets\b|\byou might be worried\b/i);
  });

  it("calls the draft plan shown to a carer the person's, never the carer's own", async () => {
    const asked = await walkTo((text) => fresh.client.say(text), 'review.change', carerAnswers);
    const text = allText(asked);

    expect(text).to.not.match(/\byour draft plan\b|\bit is yours\b/i);
    expect(text).to.match(/Jean's draft plan/);
  });

  it('still tells a person answering for themselves that the draft plan is theirs', async () => {
    const asked = await walkTo((text) => fresh.client.say(text), 'review.change', plainPersonAnswers);

    expect(allText(asked)).to.match(/Here is your draft plan\. It is yours/);
  });
});
