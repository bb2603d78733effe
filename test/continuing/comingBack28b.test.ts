/**
 * Explorer 28b: Jean told the bot "I want to end my life" mid-goal, never answered "are you safe
 * right now?", and came back three days later to carry on with her goal.
 */
import { expect } from 'chai';
import { allText, sayAll } from '../support/botClient';
import { lastCrisis } from '../../bot/safetyAnswer';
import { onlyRecord } from '../support/onlyRecord';
import { personToFirstGoal } from '../support/scripts';
import { withClockedApp } from '../support/startApp';

const threeDays = 3 * 24 * 60;

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Explorer 28b: back days after a crisis reply, on ${channelId}`, () => {
    // "hi" got the whole crisis reply again, then her goal's step "walk after lunch" got "Please get
    // help now. Call 999" and was kept on the crisis flag as what she said to "are you safe?", for
    // the lead contact to read as her answer.
    // H347 (decided): 12 hours or more after the question, a greeting or an answer plainly to another
    // question is welcomed back, given the help and asked again, never kept on the flag
    // (neighbours in test/bot/safetyAfterGap.test.ts).
    it('does not keep a goal answer given days later as her answer to "are you safe right now?"', () =>
      withClockedApp(channelId, async ({ running, client, later }) => {
        await sayAll(client, [...personToFirstGoal(), 'walk to the park', '5', 'I want to end my life']);
        later(threeDays);
        await client.say('hi');
        const answered = await client.say('walk after lunch');

        expect(allText(answered)).to.match(/safe/i);
        expect(lastCrisis((await onlyRecord(running)).flags)?.message ?? '').to.not.include('walk after lunch');
      }));
  });
}
