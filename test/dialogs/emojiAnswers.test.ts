/**
 * An answer of emoji alone ("👍", "😊😊") to a question asking for words was noted as it was, and
 * came out empty where the plan is read as SMS text (which carries no emoji). It is asked again
 * kindly and nothing is noted; words with an emoji beside them are kept.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Emoji alone as an answer, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);
    const say = (text: string): ReturnType<typeof fresh.client.say> => fresh.client.say(text);

    for (const emoji of ['👍', '😊😊', '👍 🙂!']) {
      it(`asks again kindly after "${emoji}" to "What matters most?", noting nothing`, async () => {
        await walkTo(say, 'whatMatters.most', plainPersonAnswers);
        const result = await say(emoji);

        expect((await onlyRecord(fresh.running)).answers['whatMatters.most'], allText(result)).to.equal(undefined);
        expect(allText(result)).to.match(/couldn't read that as (?:an answer in )?words/);
        expect(lastQuestion(result)).to.equal('whatMatters.most');
      });
    }

    it('keeps words said with an emoji, and they are in the plan', async () => {
      await walkTo(say, 'whatMatters.most', plainPersonAnswers);
      await say('my grandchildren 😊');
      const plan = allText(await say('show my plan'));

      expect((await onlyRecord(fresh.running)).answers['whatMatters.most']?.value).to.equal('my grandchildren 😊');
      expect(plan).to.match(/my grandchildren/);
    });

    it('never keeps emoji alone as the words said to a yes/no question, however often said', async () => {
      await walkTo(say, 'goal.another', plainPersonAnswers);
      await say('😊😊');
      const result = await say('😊😊');
      const answer = (await onlyRecord(fresh.running)).answers['goal.1.another'];

      expect(answer, JSON.stringify((await onlyRecord(fresh.running)).answers)).to.equal(undefined);
      expect(lastQuestion(result)).to.equal('goal.another');
    });
  });
}
