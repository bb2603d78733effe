/**
 * Review 30 (H472, after H433): after "I'm safe", the next message is kept as the answer when the
 * question's reader reads it. A question back, a greeting or a second word of being safe answers
 * nothing: the question waiting is asked again and nothing is kept. "thank you, I feel a bit better"
 * was kept as what is hard; thanks beside a real answer keeps the answer.
 */
import { expect } from 'chai';
import { allText, lastQuestion, type PostResult } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const notAnswers = [
  'what was the question?',
  'where were we?',
  'what now?',
  'sorry what?',
  'good morning',
  'hello',
  "yes I'm safe",
  "I'm safe now thanks",
  "I'm ok now",
  'thank you, I feel a bit better',
  'thanks. feeling calmer now',
  'ok, much better now',
];

for (const channelId of ['webchat', 'sms']) {
  describe(`Review 30: no answer kept after "I'm safe" from a question, a greeting or safety said again (${channelId})`, () => {
    const fresh = freshAppPerTest(channelId);
    const say = (text: string): Promise<PostResult> => fresh.client.say(text);
    for (const said of notAnswers) {
      it(`keeps nothing from "${said}"`, async () => {
        await walkTo(say, 'whatMatters.hard', plainPersonAnswers);
        expect(lastQuestion(await say('I want to kill myself'))).to.equal('safety.check');
        await say("I'm safe");
        const next = await say(said);
        expect((await onlyRecord(fresh.running)).answers['whatMatters.hard'], allText(next)).to.equal(undefined);
        expect(lastQuestion(next)).to.equal('whatMatters.hard');
      });
    }
    it('keeps "thanks, getting up the stairs" as what is hard: thanks beside an answer is no bar', async () => {
      await walkTo(say, 'whatMatters.hard', plainPersonAnswers);
      expect(lastQuestion(await say('I want to kill myself'))).to.equal('safety.check');
      await say("I'm safe");
      const next = await say('thanks, getting up the stairs');
      expect(await storedValue(fresh.running, 'whatMatters.hard'), allText(next)).to.match(/getting up the stairs/i);
    });
  });
}
