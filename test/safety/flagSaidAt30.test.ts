import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atResult, onEach } from '../support/resultsChat';
import { chatClient, startApp } from '../support/startApp';

/**
 * Safety 30 (H429, under H413): a crisis flag told the lead contact what kind it was ("Mentioned
 * thoughts of suicide…") but not where it was said, so a fear asked at a result and a wish said at
 * a goal read alike. The flag keeps the question it was said at, and the plan says where.
 */
describe('a crisis flag says where it was said (H429)', function () {
  this.timeout(120_000);

  it('says a crisis said at what matters was said at the part about what matters', async () => {
    const running = await startApp();
    try {
      const client = chatClient(running, { channelId: 'sms', over: 'http' });
      await sayAll(client, ['hi', 'me', 'Jean', '1', 'family']);
      expect(allText(await client.say("am I going to die, I can't take this"))).to.match(/116 123/);
      await client.say("yes I'm safe");
      const plan = allText(await client.say('show my plan'));
      expect(plan).to.match(/thoughts of suicide[^\n]*Said at the part about what matters to them/);
      expect((await onlyRecord(running)).flags[0]?.saidAt).to.equal('whatMatters.goingWell');
    } finally {
      await running.stop();
    }
  });

  it('says a crisis at a result was said while they read their test results', () =>
    onEach(['webchat'], async (running, channelId) => {
      const { client } = await atResult(running, channelId);
      expect(allText(await client.say("I'm scared, am I going to die? I want to"))).to.match(/116 123/);
      await client.say("yes I'm safe");
      const plan = allText(await client.say('show my plan'));
      expect(plan, channelId).to.match(/Said while they read their test results/);
    }));
});
