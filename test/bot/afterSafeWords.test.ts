/**
 * After "I'm safe" the bot said "send any message and we will carry on where you were", but that
 * next message was never kept, even when it answered the question waiting (H416). It is kept now
 * when it reads as an answer (H433, test/dialog30/answerAfterSafe.test.ts), and the words say so:
 * answer the question, or any message brings it back. Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms']) {
  describe(`the words after "I'm safe" say what the next message does (${channelId})`, () => {
    const fresh = freshAppPerTest(channelId);

    it('says to answer the question or send any message, and keeps the answer sent next', async () => {
      const say = (text: string) => fresh.client.say(text);
      await walkTo(say, 'whatMatters.hard', plainPersonAnswers);
      expect(lastQuestion(await say('I want to kill myself'))).to.equal('safety.check');
      const thanked = allText(await say("I'm safe"));

      expect(thanked).to.not.match(/carry on/i);
      expect(thanked).to.match(
        /answer the question we were on, or (send any message|text anything) and I will ask it again/i,
      );
      const answered = await say('Getting up the stairs');
      expect(lastQuestion(answered)).to.not.equal('whatMatters.hard');
      expect((await onlyRecord(fresh.running)).answers['whatMatters.hard']?.value).to.equal('Getting up the stairs');
    });

    it('says so after a medical emergency reply told "I\'m ok"', async () => {
      const say = (text: string) => fresh.client.say(text);
      await walkTo(say, 'whatMatters.hard', plainPersonAnswers);
      const emergency = await say("I've got crushing chest pain right now");
      const thanked = allText(await say("I'm safe"));

      expect(thanked, allText(emergency)).to.not.match(/carry on/i);
      expect(thanked).to.match(/ask it again/i);
    });
  });
}
