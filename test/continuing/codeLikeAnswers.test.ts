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

    // A number joined to a word was taken for a code ("4weeks" is six of a code's characters).
    for (const words of ['4weeks', '2weeks', '7years', 'stage4', '2packets', '2day']) {
      it(`starts the conversation on a first message of "${words}", never "cannot use that code"`, async () => {
        const result = await fresh.client.say(words);
        expect(allText(result)).to.not.match(/cannot use that code/i);
        expect(lastQuestion(result)).to.equal('respondent.type');
      });
    }

    for (const mistyped of ['AB2 CD4', 'ab2cd4', 'Ab2 cd4']) {
      it(`still says a mistyped continue code, "${mistyped}", cannot be used`, async () => {
        const result = await fresh.client.say(mistyped);
        expect(allText(result)).to.match(/cannot use that code/);
        expect(allText(result)).to.match(/continue on my phone/i);
      });
    }

    for (const mistyped of ['ABCD2346', 'abcd 2346', 'AB2CD34E']) {
      it(`still says a mistyped invitation code, "${mistyped}", cannot be used, and how to go on without`, async () => {
        const result = await fresh.client.say(mistyped);
        expect(allText(result)).to.match(/cannot use that code/);
        expect(allText(result)).to.match(/go on without/);
      });
    }

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
