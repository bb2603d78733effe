import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

const toGoals = personToFirstGoal();
/** One goal, no second, topics 1 and 2, nothing else, the first as top: on to the mood questions. */
const toMood = [...toGoals, ...oneGoal, '1 and 2', 'skip', '1'];

for (const channelId of channels) {
  describe(`A plan that says only what is true, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('asks nothing more about a goal that was never given, and shows no empty goal in the plan', async () => {
      // The first "I don't know" brings goal ideas (stuckOnGoals.test.ts); the second is the answer.
      await sayAll(fresh.client, [...toGoals, "I don't know"]);
      const next = await fresh.client.say("I don't know");
      const plan = allText(await fresh.client.say('show my plan'));

      expect(lastQuestion(next)).to.equal('topics.selected');
      expect(plan).to.not.include('(not given)');
    });

    it('acknowledges the last mood answer before showing the draft plan', async () => {
      const reply = allText(await sayAll(fresh.client, [...toMood, 'no', 'no']));

      const ack = reply.search(/noted/i);
      const plan = reply.search(/draft plan/);
      expect(ack).to.be.at.least(0);
      expect(plan).to.be.above(ack);
    });

    it('does not promise to put mood at the top of the list after a no to help, and the plan does not', async () => {
      await sayAll(fresh.client, [...toMood, 'yes', 'no', 'no']);
      const told = allText(await fresh.client.say('no'));
      const plan = allText(await fresh.client.say('yes'));
      const discuss = plan.slice(plan.indexOf('What I want to discuss'), plan.indexOf('How I have been feeling'));

      expect(told).to.match(/NHS Talking Therapies/);
      expect(told).to.not.match(/top of (your|the) list/);
      expect(discuss).to.not.match(/Mood and feelings/);
    });

    it('keeps its promise to put mood at the top of the list after a yes to help', async () => {
      await sayAll(fresh.client, [...toMood, 'yes', 'no', 'no']);
      const told = allText(await fresh.client.say('yes'));
      const plan = allText(await fresh.client.say('yes'));
      const discuss = plan.slice(plan.indexOf('What I want to discuss'), plan.indexOf('How I have been feeling'));

      // SMS's shorter wording makes no promise; web chat and Teams do.
      if (channelId !== 'sms') expect(told).to.match(/top of your list/);
      expect(discuss).to.match(/Mood and feelings/);
    });

    it('puts mood at the top of their own copy after they ask for help with it and keep it from the care team', async () => {
      await sayAll(fresh.client, [...toMood, 'yes', 'yes', 'no', 'yes']);
      const end = allText(await sayAll(fresh.client, ['no', 'It looks right']));
      const path = /\/plan\/[0-9a-f]{64}/.exec(end)?.[0] ?? '';
      const page = await (await fetch(`${fresh.running.baseUrl}${path}`)).text();

      expect(page).to.match(/<li class="top">Mood and feelings<\/li>/);
      expect(allText(await fresh.client.say('show my plan'))).to.match(/Mood and feelings/);
    });
  });
}
