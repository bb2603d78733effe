/**
 * Explorer 28, beside pauseTruth28 (H334): asking whether answers are saved is answered from the
 * record as stored, at any question, and never noted; words sent seconds after a pause are never
 * said to have come "a while ago".
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: asking whether answers are saved, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const toGoingWell = ['hi', '1', 'Bob', '2', 'my wife'];

    for (const words of ['are my answers saved?', 'did you save that?', 'Is everything saved?']) {
      it(`says what is saved on "${words}" mid-way, notes nothing, and asks the question again`, async () => {
        await sayAll(app.client, toGoingWell);
        const answered = await app.client.say(words);

        expect(allText(answered)).to.match(/saved/);
        expect(allText(answered)).to.match(/my wife/);
        expect(lastQuestion(answered), allText(answered)).to.equal('whatMatters.goingWell');
        expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
      });
    }

    it('says what is saved after a pause, and the pause stands', async () => {
      await sayAll(app.client, [...toGoingWell, 'pause']);
      const answered = await app.client.say('is it saved?');

      expect(allText(answered)).to.match(/Yes, .*saved/);
      expect(answered.questions, allText(answered)).to.have.length(0);
      expect((await onlyRecord(app.running)).progress.paused).to.equal(true);
    });

    it('says nothing is saved yet before any answer', async () => {
      await app.client.say('hi');
      const answered = await app.client.say('are my answers saved?');

      expect(allText(answered)).to.match(/Nothing is saved yet/);
      expect(lastQuestion(answered)).to.equal('respondent.type');
    });

    it('says words sent straight after a pause came after the pause, never "a while ago"', async () => {
      await sayAll(app.client, [...toGoingWell, 'pause']);
      const answered = await app.client.say('my garden');

      expect(allText(answered)).to.not.match(/a while ago/);
      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal(undefined);
    });

    // Near miss: an answer that mentions saving is noted.
    it('notes "I saved up for a holiday" as what is going well', async () => {
      await sayAll(app.client, toGoingWell);
      await app.client.say('I saved up for a holiday');

      expect(await storedValue(app.running, 'whatMatters.goingWell')).to.equal('I saved up for a holiday');
    });
  });
