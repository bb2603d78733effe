/**
 * Explorer 28: Bob, with COPD, said "pause" and was told "Everything is saved. Come back any time".
 * A few seconds later he asked "are my answers saved?" and was told "Welcome back" and "I haven't
 * noted it, as the question was a while ago": neither was true (he had not left, and the question
 * was seconds old), and his question was not answered.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: a question straight after pausing, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);
    const toPause = ['hi', '1', 'Bob', '2', 'my wife', 'pause'];

    for (const words of ['are my answers saved?', 'is it saved?', 'did you save that?']) {
      it(`does not say the question was a while ago after "${words}"`, async () => {
        await sayAll(app.client, toPause);
        const answered = await app.client.say(words);

        expect(allText(answered)).to.not.match(/a while ago/);
        expect(allText(answered)).to.not.match(/Welcome back/);
      });
    }
  });
