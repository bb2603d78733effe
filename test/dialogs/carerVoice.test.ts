import { expect } from 'chai';
import { sayAll } from '../support/botClient';
import { carerToTopics } from '../support/carerScripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

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
  });
}
