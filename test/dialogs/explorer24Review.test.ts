/**
 * Explorer 24, a person looking the draft plan over who changes two goals. In one message, "change
 * my first goal to walk to the park twice a week, and the second one should be cut down on sweets
 * not sleep better" made goal 1 "walk to the park twice a week, and the second one should be cut
 * down on sweets" and left goal 2 as it was: the plan for the lead contact said something untrue
 * (H182). Then, opening the goals to change them, "goal 2" typed at goal 1's words was noted as
 * goal 1's new words.
 */
import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Three goals: walk more, sleep better, cook more. */
const threeGoals: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'goal.another': 'yes',
  'goal.2.text': 'sleep better',
  'goal.3.text': 'cook more',
};

const goalWords = (record: PreparationRecord): unknown[] =>
  [1, 2, 3].map((n) => record.answers[`goal.${n}.text`]?.value);

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Explorer 24: changing two goals at the review, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const toReview = (): Promise<unknown> => walkTo((text) => fresh.client.say(text), 'review.change', threeGoals);

    for (const [said, first, second] of [
      [
        'change my first goal to walk to the park twice a week, and the second one should be cut down on sweets not sleep better',
        'walk to the park twice a week',
        'cut down on sweets',
      ],
      ['change goal 1 to swim on fridays and goal 2 to go to bed by 10', 'swim on fridays', 'go to bed by 10'],
      [
        'my first goal should be walk to the shops. my second goal should be bed by 11 not sleep better',
        'walk to the shops',
        'bed by 11',
      ],
    ]) {
      it(`changes both goals named in "${said}", and says so for each`, async () => {
        await toReview();
        const reply = await fresh.client.say(said);

        expect(goalWords(await onlyRecord(fresh.running)), allText(reply)).to.deep.equal([first, second, 'cook more']);
        expect(allText(reply)).to.include(`"${first}"`).and.to.include(`"${second}"`);
        expect(lastQuestion(reply)).to.equal('review.change');
      });
    }

    it('changes the first goal and says the rest was not noted when the second change cannot be read', async () => {
      await toReview();
      const reply = await fresh.client.say('change my first goal to swim on fridays and the second one is harder');

      expect(goalWords(await onlyRecord(fresh.running))).to.deep.equal([
        'swim on fridays',
        'sleep better',
        'cook more',
      ]);
      expect(allText(reply))
        .to.include('"the second one is harder"')
        .and.to.match(/not changed/i);
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    // Then the same person takes a topic off the list in words: "Sorry, I didn't understand".
    for (const said of ['take off eating the right amount', 'remove eating the right amount please']) {
      it(`takes the topic off the list at "${said}", says so, and shows the plan again`, async () => {
        await walkTo((text) => fresh.client.say(text), 'review.change', {
          ...threeGoals,
          'topics.selected': '1, 2 and 3',
        });
        const before = (await onlyRecord(fresh.running)).answers;
        expect(before['topics.selected']?.value).to.deep.equal(['checkUps', 'takingMedication', 'eatingAmount']);

        const reply = await fresh.client.say(said);
        const after = (await onlyRecord(fresh.running)).answers;
        expect(after['topics.selected']?.value, allText(reply)).to.deep.equal(['checkUps', 'takingMedication']);
        expect(after['topics.top']?.value ?? []).to.not.include('eatingAmount');
        expect(allText(reply))
          .to.include('Eating the right amount')
          .and.to.match(/taken .* off/i);
        expect(lastQuestion(reply)).to.be.oneOf(['review.change', 'topics.top']);
      });
    }

    it('takes nothing off for a topic that was never picked, and says so', async () => {
      await walkTo((text) => fresh.client.say(text), 'review.change', { ...threeGoals, 'topics.selected': '1 and 2' });
      const reply = await fresh.client.say('remove foot care');

      const after = (await onlyRecord(fresh.running)).answers;
      expect(after['topics.selected']?.value).to.deep.equal(['checkUps', 'takingMedication']);
      expect(allText(reply))
        .to.include('Foot care')
        .and.to.match(/not on/i);
      expect(lastQuestion(reply)).to.equal('review.change');
    });

    it('goes to goal 2 on "goal 2" typed at goal 1\'s words, never noting it as the goal', async () => {
      await toReview();
      const opened = await fresh.client.say('goals');
      expect(lastQuestion(opened), allText(opened)).to.equal('goal.1.text');

      const reply = await fresh.client.say('goal 2');
      expect(lastQuestion(reply), allText(reply)).to.equal('goal.2.text');
      expect(allText(reply)).to.include('sleep better');
      expect(goalWords(await onlyRecord(fresh.running))).to.deep.equal(['walk more', 'sleep better', 'cook more']);
    });
  });
}
