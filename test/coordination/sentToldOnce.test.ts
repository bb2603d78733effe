/**
 * H490: after sharing, the person learned that their plan reached the lead contact only if they
 * asked (H447, H448). A delivery that completes after their turn ended (Teams down at the share and
 * the retry going through later, or the send straight after the turn) is now told on their next
 * message, first and exactly: "Your plan was sent to Dr Sam Patel on <the day it was>", once.
 * Through the real app, its delivery queue and a Teams connector on loopback, Web Chat and SMS.
 */
import { expect } from 'chai';
import { dayWords } from '../../content/dates';
import { allText } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, sharedWithLead, type Opened } from '../support/heldDelivery';
import type { RunningApp } from '../support/startApp';

/** The day the plan reached the lead contact, as the invitation keeps it. */
async function deliveredOn(running: RunningApp): Promise<string> {
  const row = await running.app.db.get('SELECT delivered_at FROM invitations');
  expect(row?.delivered_at, 'the time it was delivered is kept').to.be.a('string');
  return dayWords(String(row?.delivered_at));
}

const toldOf = (day: string): RegExp => new RegExp(`^Your plan was sent to ${lead} on ${day}\\.`);

async function toldOnceAfter(opened: Opened, say: (text: string) => Promise<string>): Promise<void> {
  const day = await deliveredOn(opened.running);
  const next = await say('hello');
  expect(next, 'told first, exactly').to.match(toldOf(day));
  expect(await say('hello'), 'told once').not.to.match(/was sent to/);
}

describe('A plan delivered after the person’s turn ended is told on their next message, once (H490)', function () {
  this.timeout(180_000);

  it('when Teams was down at the share and the retry went through later', async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      expect(allText(await client.say('hello')), `${channelId}: nothing said before it is sent`).not.to.match(
        /was sent to/,
      );
      await everyRetryDue(opened);
      await toldOnceAfter(opened, async (text) => allText(await client.say(text)));
    });
  });

  it('when the plan went straight after the turn that shared it', async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await toldOnceAfter(opened, async (text) => allText(await client.say(text)));
    });
  });
});
