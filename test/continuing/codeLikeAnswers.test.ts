import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;

/** Jean for herself, with diabetes, to the first goal's "how important is it, 0 to 10?". */
const toGoalImportance = [...personToFirstGoal(), 'walk to the park'];

for (const channelId of channels) {
  describe(`Answers that only look like codes, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    it('does not tell a person who opens with "Hey there" that their code cannot be used', async () => {
      const result = await fresh.client.say('Hey there');
      expect(allText(result)).to.not.match(/code/i);
    });

    for (const words of ['daughter', 'Margaret']) {
      it(`takes "${words}" at "who is answering?" as an answer, not a wrong code and "Welcome back"`, async () => {
        await fresh.client.say('hi');
        const result = await fresh.client.say(words);
        expect(allText(result)).to.not.match(/code|Welcome back/i);
      });
    }

    for (const words of ['3 a week', '4 weeks', '4weeks']) {
      it(`takes "${words}" as the answer to "what exactly will you do?", never suggesting deleting data`, async () => {
        await sayAll(fresh.client, [...toGoalImportance, '8']);
        const result = await fresh.client.say(words);
        const record = await onlyRecord(fresh.running);
        expect(allText(result)).to.not.match(/delete my data/i);
        expect(lastQuestion(result)).to.equal('goal.1.barriers');
        expect(record.answers['goal.1.action']?.value).to.equal(words);
      });
    }

    it('reads "the 5th" at a 0 to 10 score as an answer, not as a code', async () => {
      await sayAll(fresh.client, toGoalImportance);
      const result = await fresh.client.say('the 5th');
      expect(allText(result)).to.not.match(/code|delete my data/i);
    });
  });
}
