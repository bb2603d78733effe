import { expect } from 'chai';
import type { PreparationRecord } from '../../plan/record';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** To the first goal, answering for themselves with `conditions`. */
const toGoals = personToFirstGoal;

for (const channelId of channels) {
  describe(`Someone stuck for a goal, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    const record = (): Promise<PreparationRecord> => onlyRecord(fresh.running);

    it('offers short goal ideas drawn from their conditions after "I don\'t know", and asks again', async () => {
      const result = await sayAll(fresh.client, [...toGoals('diabetes and copd'), "I don't know"]);

      expect(lastQuestion(result)).to.equal('goal.1.text');
      expect(allText(result)).to.include('Walk for 10 minutes after the evening meal');
      expect(allText(result)).to.include('Walk to the end of the road and back');
      expect(allText(result)).to.not.match(/That's fine\. I've noted that you are not sure/);
      expect((await record()).answers['goal.1.text']).to.equal(undefined);
    });

    it('takes a goal given after the ideas, and asks how important it is', async () => {
      await sayAll(fresh.client, [...toGoals('diabetes'), 'dunno']);
      const result = await fresh.client.say('Check both feet every night before bed');

      expect(lastQuestion(result)).to.equal('goal.1.importance');
    });

    it('takes a second "not sure" as not sure and asks nothing about a goal never given', async () => {
      await sayAll(fresh.client, [...toGoals('diabetes'), 'not sure']);
      const result = await fresh.client.say('not sure');

      expect(lastQuestion(result)).to.equal('topics.selected');
      expect((await record()).answers['goal.1.text']?.status).to.equal('unknown');
    });

    it('offers general ideas for a condition with no pack of its own', async () => {
      const result = await sayAll(fresh.client, [...toGoals('dementia'), 'no idea']);

      expect(lastQuestion(result)).to.equal('goal.1.text');
      expect(allText(result)).to.include('See friends or family once a week');
    });
  });
}
