/**
 * Safety leftovers 29b in the conversation: "Please get help now" after a harm-to-others crisis
 * answered with anything but "I'm safe" names a domestic abuse helpline and safeguarding, as the
 * first reply did (H353, H330); after a suicide or medical crisis it stays as it was. A funeral paid
 * for with a date set gets the crisis reply (H351); a car into the garage every night nothing (H350).
 */
import { expect } from 'chai';
import { allText, lastQuestion, type PostResult } from '../support/botClient';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Safety leftovers 29b: the repeat after "are you safe?", on ${channelId} (H353)`, () => {
    const fresh = freshAppPerTest(channelId);

    /** `disclosure` at what is hard, the crisis reply, then `answer` to "are you safe right now?". */
    async function notSafeAfter(disclosure: string, answer: string): Promise<PostResult> {
      const first = await atQuestion(fresh.client, 'whatMatters.hard', disclosure);
      expect(lastQuestion(first), allText(first)).to.equal('safety.check');
      return fresh.client.say(answer);
    }

    for (const answer of ['no', 'not sure', 'he is still here'])
      it(`names 999, a domestic abuse helpline and safeguarding after "${answer}" to a harm-to-others crisis`, async () => {
        const reply = await notSafeAfter("he hit me again last night and I'm scared he'll do it again", answer);
        const text = allText(reply);
        expect(lastQuestion(reply), text).to.equal('safety.check');
        expect(text).to.match(/999/);
        expect(text).to.match(/domestic abuse/i);
        expect(text).to.match(/safeguarding/i);
      });

    it('keeps the mental health repeat, with no domestic abuse line, after a suicide crisis', async () => {
      const text = allText(await notSafeAfter('I want to kill myself tonight', 'no'));
      expect(text).to.match(/Please get help now/);
      expect(text).to.match(/116 123/);
      expect(text).to.not.match(/domestic abuse|safeguarding/i);
    });

    it('keeps the 999 repeat, with no domestic abuse line, after a medical emergency', async () => {
      const text = allText(await notSafeAfter('crushing chest pain right now and my left arm is numb', 'no'));
      expect(text).to.match(/call 999 now/i);
      expect(text).to.not.match(/domestic abuse|safeguarding/i);
    });

    it('gives the crisis reply for "my funeral is all paid for now and I\'ve set a date" (H351)', async () => {
      const reply = await atQuestion(
        fresh.client,
        'whatMatters.hard',
        "my funeral is all paid for now and I've set a date",
      );
      expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
      expect(allText(reply)).to.match(/116 123/);
    });

    it('gives no crisis lines for "I drive my car into the garage every night" (H350)', async () => {
      const reply = await atQuestion(
        fresh.client,
        'whatMatters.goingWell',
        'I drive my car into the garage every night',
      );
      expect(allText(reply)).to.not.match(/999|116 123|in danger of being hurt|thoughts of ending/);
    });
  });
}
