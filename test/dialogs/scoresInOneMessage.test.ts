/**
 * Dialog 31 (H478): several answers in one message. "walking to the shop, importance 8, confidence
 * 6" kept "confidence 6" in the goal's words, and at "how important?" "8, and I'd be about a 5 on
 * confidence" was asked "5 or 8?". Each number named for a scale goes to that scale: importance is
 * noted, how sure is offered back when its question comes (a yes keeps it), the goal's words keep
 * neither. Through the real bot, Web Chat and SMS.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const goalAnswers = (record: Awaited<ReturnType<typeof onlyRecord>>) => ({
  text: record.answers['goal.1.text']?.value,
  importance: record.answers['goal.1.importance']?.value,
  confidence: record.answers['goal.1.confidence']?.value,
});

for (const channelId of ['webchat', 'sms'])
  describe(`Dialog 31: several scores in one message (${channelId})`, () => {
    const app = freshAppPerTest(channelId);
    /** From the question after importance to how sure: what they will do, what might stop them. */
    const toConfidence = async () => {
      let reply = await app.client.say('walk there after lunch');
      if (lastQuestion(reply) === 'goal.1.barriers') reply = await app.client.say('my knees');
      return reply;
    };

    for (const said of [
      'walking to the shop, importance 8, confidence 6',
      'walking to the shop, 8 for importance, 6 for confidence',
    ]) {
      it(`keeps the goal's words apart from both scores in "${said}", and offers 6 back at how sure`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.text', said);
        expect(goalAnswers(await onlyRecord(app.running)), allText(reply)).to.deep.equal({
          text: 'walking to the shop',
          importance: 8,
          confidence: undefined,
        });

        const asked = await toConfidence();
        expect(lastQuestion(asked), allText(asked)).to.equal('goal.1.confidence');
        expect(allText(asked)).to.match(/\b6\b/);
        const kept = await app.client.say(channelId === 'sms' ? 'YES' : 'yes');
        expect((await onlyRecord(app.running)).answers['goal.1.confidence']?.value, allText(kept)).to.equal(6);
      });
    }

    for (const said of [
      "8, and I'd be about a 5 on confidence",
      '8 for importance and 5 for confidence',
      '8 importance, 5 confidence',
      '8/10 for importance, 5/10 confidence',
    ]) {
      it(`notes 8 for importance from "${said}", and offers 5 back at how sure`, async () => {
        const reply = await atQuestion(app.client, 'goal.1.importance', said);
        const record = await onlyRecord(app.running);
        expect(record.answers['goal.1.importance']?.value, allText(reply)).to.equal(8);
        expect(record.answers['goal.1.action']).to.equal(undefined);
        expect(lastQuestion(reply)).to.equal('goal.1.action');

        const asked = await toConfidence();
        expect(lastQuestion(asked), allText(asked)).to.equal('goal.1.confidence');
        expect(allText(asked)).to.match(/\b5\b/);
        // A number of their own in place of the offer is the answer.
        await app.client.say('4');
        expect((await onlyRecord(app.running)).answers['goal.1.confidence']?.value).to.equal(4);
      });
    }

    it('keeps "be sure to walk 3 times a week" whole as the goal, a scale word in the goal\'s own words', async () => {
      const reply = await atQuestion(app.client, 'goal.1.text', 'be sure to walk 3 times a week');
      expect((await onlyRecord(app.running)).answers['goal.1.text']?.value, allText(reply)).to.equal(
        'be sure to walk 3 times a week',
      );
    });

    // Near misses: two numbers with no scale named, or a scale named with no number of its own.
    it('still asks which of two numbers "5 or 8" is, noting nothing', async () => {
      const reply = await atQuestion(app.client, 'goal.1.importance', '5 or 8');
      expect((await onlyRecord(app.running)).answers['goal.1.importance'], allText(reply)).to.equal(undefined);
      expect(allText(reply)).to.include('5 or 8');
    });

    it('notes "8, I am confident I can do it" as 8 and offers nothing at how sure', async () => {
      const reply = await atQuestion(app.client, 'goal.1.importance', '8, I am confident I can do it');
      expect((await onlyRecord(app.running)).answers['goal.1.importance']?.value, allText(reply)).to.equal(8);
      const asked = await toConfidence();
      expect(lastQuestion(asked), allText(asked)).to.equal('goal.1.confidence');
      expect(allText(asked)).to.not.match(/You also said/);
    });
  });
