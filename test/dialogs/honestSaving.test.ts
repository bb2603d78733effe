import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { freshAppPerTest } from '../support/startApp';

const channels = ['webchat', 'msteams', 'sms'] as const;
/** "saved" or "noted" said as done, not as "may not have saved" / "may not be saved". */
const claimsSaved = /(?<!not (have |be )?)saved|noted/i;

for (const channelId of channels) {
  describe(`Saying "saved" only when it was, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    /** From now on every change to a person's record fails, as on a disk that cannot be written. */
    const breakTheDisk = (): Promise<unknown> =>
      fresh.running.app.db.write(
        "CREATE TRIGGER careprep_test_no_writes BEFORE UPDATE ON records BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END",
      );

    it('does not say an answer is saved when writing it failed, and asks for it again', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', '1']);
      await breakTheDisk();

      const reply = allText(await fresh.client.say('my family'));

      expect(reply).to.not.match(claimsSaved);
      expect(reply).to.match(/may not (have saved|be saved)/);
      expect(reply).to.match(/send it again/);
    });

    it('does not say "everything is saved" on "later" when the pause could not be saved', async () => {
      await sayAll(fresh.client, ['hi', 'me', 'Jean', '1']);
      await breakTheDisk();

      const reply = allText(await fresh.client.say('later'));

      expect(reply).to.not.match(claimsSaved);
      expect(reply).to.match(/may not (have saved|be saved)/);
    });
  });
}
