/**
 * The database failing in the turn that takes a shared plan back. The person is told only "I may
 * not have saved your last answer", so the plan must stand as it was: never stored as taken back
 * while the plan still queued goes to the lead contact after all, nor taken back with no note
 * queued to tell a lead contact who has it. The yes sent again, as asked, takes it back in full.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { everyRetryDue, lead, onEachHeld, sharedWithLead, yes, type Opened } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';

/** Makes every `event` of the outbox fail, as a full disk would; undone by the returned function. */
async function refuseOutbox(opened: Opened, event: 'INSERT' | 'DELETE'): Promise<() => Promise<void>> {
  const { db } = opened.running.app;
  await db.transaction(async (tx) => {
    await tx.run(`CREATE TRIGGER t24_refuse BEFORE ${event} ON outbox BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  });
  return () => db.transaction(async (tx) => void (await tx.run('DROP TRIGGER t24_refuse')));
}

const cardsTo = (opened: Opened): number =>
  opened.connector.delivered(invitingCoordinator.conversation).filter((sent) => sent.attachments).length;
const notesTo = (opened: Opened): number =>
  opened.connector
    .delivered(invitingCoordinator.conversation)
    .filter((sent) => typeof sent.text === 'string' && sent.text.includes('has taken back their plan')).length;

describe('The database failing as the person takes their plan back', function () {
  this.timeout(60_000);

  it(`never leaves a plan taken back that still goes to ${lead}`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      // Teams down: the plan waits in the queue, not yet with the lead contact.
      const client = await sharedWithLead(opened, channelId, true);
      opened.connector.script(Array.from({ length: 20 }, () => ({ status: 500 })));
      await client.say('withdraw consent');
      const mend = await refuseOutbox(opened, 'DELETE');
      const atYes = allText(await client.say(yes(channelId)));
      await mend();

      expect(atYes, channelId).to.match(/may not (have saved|be saved)/);
      expect((await onlyRecord(opened.running)).status, `${channelId}: still as it was`).to.equal('shared');

      // Sent again, as the apology asks: the question is still waiting for it.
      const done = allText(await client.say(yes(channelId)));
      opened.connector.script([]);
      await everyRetryDue(opened);
      expect(done, channelId).to.match(/had not reached Dr Sam Patel yet/);
      expect(cardsTo(opened), `${channelId}: the plan taken back never reached ${lead}`).to.equal(0);
    });
  });

  it(`never leaves a plan taken back from ${lead} with no note queued to tell them`, async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await client.say('withdraw consent');
      const mend = await refuseOutbox(opened, 'INSERT');
      const atYes = allText(await client.say(yes(channelId)));
      await mend();
      await opened.running.app.deliveries.idle();

      expect(atYes, channelId).to.match(/may not have saved/);
      expect((await onlyRecord(opened.running)).status, `${channelId}: still as it was`).to.equal('shared');

      // Sent again, as the apology asks: the question is still waiting for it.
      const done = allText(await client.say(yes(channelId)));
      await opened.running.app.deliveries.idle();
      expect(done, channelId).to.include(`I will let ${lead} know not to use`);
      expect(notesTo(opened), `${channelId}: ${lead} told once`).to.equal(1);
    });
  });
});
