/**
 * After "I'm safe" the bot said "send any message and we will carry on where you were", but that
 * next message is never kept, even when it answers the question waiting: the question is asked
 * again. The words now say what happens (the question is asked again); the answer given next is
 * kept, as the question asked again is answered. Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms']) {
  describe(`the words after "I'm safe" say what the next message does (${channelId})`, () => {
    const fresh = freshAppPerTest(channelId);

    it('says the question will be asked again, and asks it again at the next message', async () => {
      const say = (text: string) => fresh.client.say(text);
      await walkTo(say, 'whatMatters.hard', plainPersonAnswers);
      expect(lastQuestion(await say('I want to kill myself'))).to.equal('safety.check');
      const thanked = allText(await say("I'm safe"));

      expect(thanked).to.not.match(/carry on/i);
      expect(thanked).to.match(/ask (you )?the question again/i);
      const next = await say('Getting up the stairs');
      expect(lastQuestion(next), allText(next)).to.equal('whatMatters.hard');
      const record = await onlyRecord(fresh.running);
      expect(record.answers['whatMatters.hard']).to.equal(undefined);

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
      expect(thanked).to.match(/ask (you )?the question again/i);
    });
  });
}
