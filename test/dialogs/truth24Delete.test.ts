/**
 * The database failing in the turn that deletes a shared plan ("delete my data", then yes). The
 * person is told that nothing was deleted, so nothing of it may be done: never
 * the lead contact told the plan is taken back while it is still held, shared, and said to be with
 * them. The yes sent again, as asked, deletes it and tells the lead contact once.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { lead, onEachHeld, sharedWithLead, yes, type Opened } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';

/** Makes every erasure of a record fail, as a broken table would; undone by the returned function. */
async function refuseErasure(opened: Opened): Promise<() => Promise<void>> {
  const { db } = opened.running.app;
  await db.transaction(async (tx) => {
    await tx.run(`CREATE TRIGGER t24_refuse BEFORE DELETE ON records BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  });
  return () => db.transaction(async (tx) => void (await tx.run('DROP TRIGGER t24_refuse')));
}

const notesTo = (opened: Opened): number =>
  opened.connector
    .delivered(invitingCoordinator.conversation)
    .filter((sent) => typeof sent.text === 'string' && sent.text.includes('taken back')).length;

describe('The database failing as the person deletes a shared plan', function () {
  this.timeout(60_000);

  it(`never tells ${lead} it is taken back while it is still held and shared`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await client.say('delete my data');
      const mend = await refuseErasure(opened);
      const atYes = allText(await client.say(yes(channelId)));
      await opened.running.app.deliveries.idle();
      await mend();

      // Said plainly since H262 (before, "may not have saved"): the erasure failed whole.
      expect(atYes, channelId).to.match(/have not deleted anything/);
      expect(atYes, channelId).to.match(/answer yes again|reply YES again/);
      expect((await onlyRecord(opened.running)).status, `${channelId}: still held, as it was`).to.equal('shared');
      expect(notesTo(opened), `${channelId}: ${lead} not told it is taken back`).to.equal(0);

      // Sent again, as the apology asks: the question is still waiting for it.
      const done = allText(await client.say(yes(channelId)));
      await opened.running.app.deliveries.idle();
      expect(done, channelId).to.match(/I have deleted|deleted all I held/);
      expect(notesTo(opened), `${channelId}: ${lead} told once`).to.equal(1);
    });
  });
});
