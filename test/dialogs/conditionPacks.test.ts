import { expect } from 'chai';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { allText, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const kidney = loadPackLibrary().packs.find((pack) => pack.condition === 'kidney');
const stroke = loadPackLibrary().packs.find((pack) => pack.condition === 'stroke');
/** Jean, who has had a stroke, to her conditions: her pack's own question comes next. */
const strokeToConditions = ['hi', 'me', 'Jean', 'stroke'];

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

    it("asks someone who has had a stroke their pack's own question, straight after their conditions", async () => {
      const asked = await sayAll(fresh.client, strokeToConditions);

      expect(asked.questions.at(-1)?.linkId).to.equal('stroke.seesTeam');
    });

    it("keeps the answer to a pack's own question and goes on to offer that condition's topics first", async () => {
      const asked = await sayAll(fresh.client, [
        ...strokeToConditions,
        'yes',
        ...personToFirstGoal().slice(4),
        ...oneGoal,
      ]);
      const offered = asked.questions.at(-1);

      expect((await onlyRecord(fresh.running)).answers['stroke.seesTeam']?.value).to.equal(true);
      expect(offered?.linkId).to.equal('topics.selected');
      const ids = (offered?.options as { id: string }[] | undefined)?.map((option) => option.id) ?? [];
      expect(ids.slice(0, stroke?.topics.length)).to.deep.equal(stroke?.topics.map((topic) => topic.id));
    });
  });
}
