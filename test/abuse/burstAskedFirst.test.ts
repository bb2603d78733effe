/**
 * Review 26, finding: safety26 (H257) made `CrisisGuard.readBurst` keep a text's check-in whenever
 * the screen asks about it first (`askedFirst`) and only the learned layer reads the burst as a
 * crisis. The flag is set by every `askFirst` pattern, not only the joked threat: "something taken
 * to sleep" (H211) read with a farewell-like text just before it (the learned layer 0.939 and 0.942 for the two together) got the
 * crisis reply before this session and now gets only a check-in, which a "no" clears.
 */
import { expect } from 'chai';
import { allText, lastQuestion } from '../support/botClient';
import { atQuestion } from '../support/scripts';
import { freshAppPerTest } from '../support/startApp';

const taken = "I've taken something so I can sleep tonight";

for (const channelId of ['webchat', 'sms'] as const) {
  describe(`Review 26: something taken to sleep straight after a farewell-like text, on ${channelId}`, () => {
    const fresh = freshAppPerTest(channelId);

    for (const before of ['please look after my cat', 'thank you for trying to help me'])
      it(`gives the urgent help for "${before}" then "${taken}", as before safety26`, async () => {
        const first = await atQuestion(fresh.client, 'whatMatters.goingWell', before);
        expect(lastQuestion(first), 'the first text alone says nothing').to.not.match(/^safety\./);

        const reply = await fresh.client.say(taken);

        expect(lastQuestion(reply), allText(reply)).to.equal('safety.check');
        expect(allText(reply)).to.match(/999/);
      });
  });
}
