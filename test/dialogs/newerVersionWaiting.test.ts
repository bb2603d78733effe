/**
 * Asked once a newer version is shared but waits to go (truth 30, item 2): Dr Sam Patel holds the
 * version sent before, and Teams refuses the new one. "Has my plan been sent" / "send it to the
 * doctor" said "It has been sent to them.", and "who can see my plan" "so they see the parts you
 * chose to send", of a version that never reached them. Now each says the newer version has not
 * reached them yet and they have the one sent before; with nothing waiting (near miss), as before.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, sharedAgain, sharedWithLead, planQueued } from '../support/heldDelivery';

const waitingWords = new RegExp(`newer version .*has not reached ${lead} yet`);

describe('Asked about the plan while a newer version waits to go', function () {
  this.timeout(120_000);

  for (const asked of ['send my plan to the doctor', 'who can see my plan']) {
    it(`"${asked}": says the newer version has not reached them, then, once it has, that it was sent`, async () => {
      await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        opened.connector.script(Array.from({ length: 5 }, () => ({ status: 500 })));
        await sharedAgain(client, channelId === 'sms' ? '1 2 8 13' : undefined);
        await opened.running.app.deliveries.idle();
        expect(await planQueued(opened.running), `${channelId}: the newer version waits`).to.equal(1);

        const waiting = allText(await client.say(asked));
        expect(waiting, channelId).to.match(waitingWords);
        expect(waiting, channelId).not.to.match(/It has been sent to them|, so they see the parts/);

        opened.connector.script([]);
        await everyRetryDue(opened);
        const after = allText(await client.say(asked));
        expect(after, `${channelId}: near miss, nothing waiting`).not.to.match(waitingWords);
        if (asked.startsWith('send')) expect(after, channelId).to.match(/It has been sent to them/);
      });
    });
  }
});
