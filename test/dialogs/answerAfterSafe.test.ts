/**
 * Dialog 30 (H433, after H416): after a crisis reply answered "I'm safe", the next message only
 * brought the question waiting back, and an answer given then ("Getting up the stairs") was lost:
 * a person expects it kept. It is kept now when the question's own reader reads it as an answer;
 * "ok", "thanks", "hi", "I'm fine now" answer nothing and the question is asked. After a long gap
 * the words are offered back, as after any gap. Web Chat and SMS, through the real bot.
 */
import { expect } from 'chai';
import { allText, lastQuestion, type PostResult } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { plainPersonAnswers, walkTo } from '../support/scripts';
import { freshAppPerTest, withClockedApp } from '../support/startApp';

/** Replies that answer no question: the question waiting is asked, nothing kept. */
const notAnswers = ['ok', 'thanks', 'hi', "I'm fine now", 'thank you so much', 'okay'];

for (const channelId of ['webchat', 'sms']) {
  describe(`Dialog 30: the answer given after "I'm safe" is kept (${channelId})`, () => {
    const fresh = freshAppPerTest(channelId);
    const say = (text: string): Promise<PostResult> => fresh.client.say(text);

    /** Walks to `linkId`, says a crisis there, and "I'm safe" (or `safe`); the thanks said. */
    const safeAt = async (linkId: string, crisis = 'I want to kill myself', safe = "I'm safe"): Promise<string> => {
      await walkTo(say, linkId, plainPersonAnswers);
      expect(lastQuestion(await say(crisis))).to.equal('safety.check');
      return allText(await say(safe));
    };

    it('says to answer the question, or that any message brings it back', async () => {
      const thanked = await safeAt('whatMatters.hard');

      expect(thanked).to.not.match(/carry on/i);
      expect(thanked).to.match(/answer the question/i);
      expect(thanked).to.match(/ask (you )?(it|the question) again/i);
    });

    it('keeps "Getting up the stairs" as what is hard, and asks the next question', async () => {
      await safeAt('whatMatters.hard');
      const next = await say('Getting up the stairs');

      expect(await storedValue(fresh.running, 'whatMatters.hard'), allText(next)).to.equal('Getting up the stairs');
      expect(lastQuestion(next)).to.not.equal('whatMatters.hard');
    });

    it('keeps "7" at a 0 to 10 question', async () => {
      await safeAt('goal.1.importance');
      const next = await say('7');

      expect(await storedValue(fresh.running, 'goal.1.importance'), allText(next)).to.equal(7);
      expect(lastQuestion(next)).to.not.equal('goal.1.importance');
    });

    it('keeps the answer after the medical emergency reply told "I\'m ok"', async () => {
      const thanked = await safeAt('whatMatters.hard', "I've got crushing chest pain right now", "I'm ok");
      expect(thanked).to.match(/answer the question/i);
      const next = await say('Getting up the stairs');

      expect(await storedValue(fresh.running, 'whatMatters.hard'), allText(next)).to.equal('Getting up the stairs');
    });

    for (const said of notAnswers) {
      it(`keeps nothing from "${said}", and asks the question waiting`, async () => {
        await safeAt('whatMatters.hard');
        const next = await say(said);

        expect(lastQuestion(next), allText(next)).to.equal('whatMatters.hard');
        expect((await onlyRecord(fresh.running)).answers['whatMatters.hard']).to.equal(undefined);
      });
    }

    it('keeps nothing from "ok" at a 0 to 10 question, and asks it', async () => {
      await safeAt('goal.1.importance');
      const next = await say('ok');

      expect(lastQuestion(next), allText(next)).to.equal('goal.1.importance');
      expect(await storedValue(fresh.running, 'goal.1.importance')).to.equal(undefined);
    });

    it('reads only the message straight after: the one after that is read as ever', async () => {
      await safeAt('whatMatters.hard');
      await say('thanks');
      const next = await say('Getting up the stairs');

      expect(await storedValue(fresh.running, 'whatMatters.hard'), allText(next)).to.equal('Getting up the stairs');
    });
  });

  describe(`Dialog 30: an answer a day after "I'm safe" is offered back, not kept unseen (${channelId})`, () => {
    it('offers "Getting up the stairs" sent a day later', async () => {
      await withClockedApp(channelId, async ({ running, client, later }) => {
        const say = (text: string): Promise<PostResult> => client.say(text);
        await walkTo(say, 'whatMatters.hard', plainPersonAnswers);
        await say('I want to kill myself');
        await say("I'm safe");
        later(24 * 60);
        const next = await say('Getting up the stairs');

        expect(lastQuestion(next), allText(next)).to.equal('whatMatters.hard');
        expect(allText(next)).to.match(/Getting up the stairs/);
        expect((await onlyRecord(running)).answers['whatMatters.hard']).to.equal(undefined);
      });
    });
  });
}
