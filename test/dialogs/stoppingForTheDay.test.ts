/**
 * Stopping for the day in everyday words (explore 21, finding 8; hazard H86): each is the pause,
 * saying what was said is kept, with no crisis reply and no check-in; a disclosure in the same
 * words still gets the crisis reply. Said straight after an answer, as people type, so the screen
 * also reads it with the answer before.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

/** Any part of the crisis reply or a check-in, on any channel. */
const crisisWords = /116 123|ending your life|safe right now|hurt yourself/i;

for (const channelId of ['webchat', 'sms']) {
  describe(`Stopping for the day on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of [
      "I'll do the rest tomorrow",
      "let's end it here for today",
      "I'll finish this tomorrow",
      "that's enough for today",
      "I'm done for today",
      "I'll finish the questions tomorrow",
    ]) {
      it(`pauses on "${words}", saying everything is saved, with no crisis reply or check-in`, async () => {
        const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

        expect(allText(reply), words).to.not.match(crisisWords);
        expect(allText(reply)).to.match(/Everything is saved/);
        expect(reply.questions).to.have.length(0);
        const record = await onlyRecord(app.running);
        expect(record.progress.paused).to.equal(true);
        expect(record.flags).to.deep.equal([]);
        expect(record.answers['whatMatters.goingWell']).to.equal(undefined);
        expect(record.answers['whatMatters.most'], 'the answer before is kept').to.not.equal(undefined);
      });
    }

    // "Add another goal?" asks for anything more: there it says no more goals, as "that's enough for now" does.
    it(`reads "that's enough for today" at "add another goal?" as no more goals, not a pause`, async () => {
      const reply = await atQuestion(app.client, 'goal.another', "that's enough for today");

      expect(allText(reply)).to.not.match(/Everything is saved/);
      expect(lastQuestion(reply), allText(reply)).to.equal('topics.selected');
      const record = await onlyRecord(app.running);
      expect(record.progress.paused ?? false).to.equal(false);
      expect(record.answers['goal.1.another']).to.include({ status: 'answered', value: false });
    });

    // Review 21: a stop for the day can end a burst that only read together is a disclosure; the
    // text before it alone passes the screen, but the learned layer does not rule it out.
    for (const [first, stop] of [
      ['I have sorted my will and my letters', "that's enough for today"],
      ['the tablets are in front of me', 'done for today'],
    ]) {
      it(`gives "${first}" then "${stop}" the crisis reply, not the pause`, async () => {
        await atQuestion(app.client, 'whatMatters.hard', first);
        const reply = await app.client.say(stop);

        expect(allText(reply)).to.match(/116 123/);
        expect(allText(reply)).to.not.match(/Everything is saved/);
        const record = await onlyRecord(app.running);
        expect(record.flags.map((flag) => flag.kind)).to.deep.equal(['crisis']);
        expect(record.flags[0]?.message).to.equal(`${first} ${stop}`);
      });
    }

    for (const words of ["I won't be here tomorrow", "I'll be gone by tomorrow", 'I want to end it all tonight']) {
      it(`still gives "${words}" the crisis reply and asks whether they are safe`, async () => {
        const reply = await atQuestion(app.client, 'whatMatters.goingWell', words);

        expect(allText(reply)).to.match(/116 123/);
        expect(reply.questions.map((question) => question.linkId)).to.deep.equal(['safety.check']);
        const record = await onlyRecord(app.running);
        expect(record.flags.map((flag) => flag.kind)).to.deep.equal(['crisis']);
        expect(record.progress.paused).to.not.equal(true);
      });
    }
  });
}
