/**
 * Explorer 28: Sue, answering for her mother Mary (dementia), was asked "What is something Mary would
 * like to achieve?" and wrote of her own need: "honestly I just need a break, I'd like some respite
 * for myself". It was noted as Mary's goal ("Thank you, I've noted that") and she was asked how
 * important it is to Mary. A carer's own words belong to the carer's part, never the person's goal.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { onlyRecord, storedValue } from '../support/onlyRecord';
import { walkTo } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';
import { sueForMary } from '../support/scripts';

for (const channelId of ['webchat', 'sms'])
  describe(`Explorer 28: a carer's own need at the person's goal, on ${channelId}`, () => {
    const app = freshAppPerTest(channelId);

    for (const words of [
      "honestly I just need a break, I'd like some respite for myself",
      'I need some time for me to be honest',
      "I'd like to get a full night's sleep myself",
    ]) {
      it(`does not note "${words}" as Mary's goal`, async () => {
        await walkTo((text) => app.client.say(text), 'goal.1.text', sueForMary);
        const answered = await app.client.say(words);

        expect(await storedValue(app.running, 'goal.1.text'), allText(answered)).to.equal(undefined);
        expect(lastQuestion(answered)).to.not.equal('goal.1.importance');
      });

      it(`keeps "${words}" as Sue's own words`, async () => {
        await walkTo((text) => app.client.say(text), 'goal.1.text', sueForMary);
        await app.client.say(words);

        expect((await onlyRecord(app.running)).carerViews.carer?.text ?? '').to.not.equal('');
      });
    }

    // Near miss: a goal for Mary that names the carer is still Mary's goal.
    it('still notes "go to the day centre with me" as Mary\'s goal', async () => {
      await walkTo((text) => app.client.say(text), 'goal.1.text', sueForMary);
      await app.client.say('go to the day centre with me');

      expect(await storedValue(app.running, 'goal.1.text')).to.equal('go to the day centre with me');
    });
  });
