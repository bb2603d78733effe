import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { allText, sayAll } from '../support/botClient';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const kidney = loadPackLibrary().packs.find((pack) => pack.condition === 'kidney');

for (const channelId of ['webchat', 'msteams', 'sms']) {
  describe(`A condition's own pack, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it("offers someone with kidney disease their condition's topics first", async () => {
      const asked = await sayAll(fresh.client, [...personToFirstGoal('kidney disease'), ...oneGoal]);
      const offered = asked.questions.at(-1);

      expect(offered?.linkId).to.equal('topics.selected');
      const ids = (offered?.options as { id: string }[] | undefined)?.map((option) => option.id) ?? [];
      expect(ids.slice(0, kidney?.topics.length)).to.deep.equal(kidney?.topics.map((topic) => topic.id));
    });

    it("gives someone with kidney disease who is stuck for a goal their condition's ideas", async () => {
      const stuck = await sayAll(fresh.client, [...personToFirstGoal('kidney disease'), 'not sure']);

      expect(allText(stuck)).to.include(kidney?.goalExamples[0]);
    });
  });
}
