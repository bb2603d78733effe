/**
 * Explorer 30: Tom, in a hurry, asked "what happens to my data" and was told only that nobody else
 * sees his answers unless he shares them: not that they are kept, for how long, or that he can
 * delete them now (H461). Asked about his data, he is told those too; asked who sees it, as before.
 */
import { expect } from 'chai';
import { allText, lastQuestion, sayAll } from '../support/botClient';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { chatClient, startApp, type RunningApp } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Explorer 30 Tom asks what happens to his data on ${channelId}`, () => {
    let running: RunningApp;
    beforeEach(async () => (running = await startApp({ env: { CAREPREP_RETENTION_DAYS: '200' } })));
    afterEach(() => running.stop());

    const asks = ['what happens to my data', 'what do you do with my information?', 'how long do you keep my data'];
    for (const said of asks) {
      it(`tells him on "${said}" that it is kept, deleted after 200 days unused, and how to delete it now`, async () => {
        const tom = chatClient(running, { channelId });
        await sayAll(tom, personToFirstGoal());
        const result = await tom.say(said);

        expect(allText(result)).to.match(/200 days/);
        expect(allText(result)).to.match(/delete my data/i);
        expect(allText(result)).to.match(/Nobody else sees your answers/);
        expect(lastQuestion(result)).to.equal('goal.1.text');
        expect((await onlyRecord(running)).answers['goal.1.text']).to.equal(undefined);
      });
    }

    // Near miss: who sees it, asked as ever, is told who sees it, with nothing of keeping it.
    it('says nothing of how long it is kept on "who can see this"', async () => {
      const tom = chatClient(running, { channelId });
      await sayAll(tom, personToFirstGoal());
      const result = await tom.say('who can see this');

      expect(allText(result)).to.match(/Nobody else sees your answers/);
      expect(allText(result)).to.not.match(/days/);
    });
  });
}
