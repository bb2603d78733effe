/**
 * A take-back whose withdrawal is stored (it commits at once, with the note queued to the lead
 * contact) in a turn that fails after it: the apology must say what was done, to whom, and never
 * "may not have saved" about a plan that was taken back. What fails before the withdrawal is
 * stored (its audit entry) takes nothing back, and the apology says only that.
 */
import { expect } from 'chai';
import { allText } from '../support/botClient';
import { lead, onEachHeld, sharedWithLead, yes, type Opened } from '../support/heldDelivery';
import { onlyRecord } from '../support/onlyRecord';

/** Makes every insert into `table` fail, as a full disk would; undone by the returned function. */
async function refuseInserts(opened: Opened, table: string): Promise<() => Promise<void>> {
  const { db } = opened.running.app;
  await db.transaction(async (tx) => {
    await tx.run(`CREATE TRIGGER t25_refuse BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  });
  return () => db.transaction(async (tx) => void (await tx.run('DROP TRIGGER t25_refuse')));
}

describe('A take-back stored in a turn that fails later', function () {
  this.timeout(60_000);

  it(`says the plan was taken back from ${lead}, never that it may not be saved`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await client.say("don't share my plan after all");
      // The turn's own commit (its delivery key) fails, after the withdrawal was stored.
      const mend = await refuseInserts(opened, 'processed_activities');
      const atYes = allText(await client.say(yes(channelId)));
      await mend();

      expect((await onlyRecord(opened.running)).status, `${channelId}: taken back`).to.equal('withdrawn');
      expect(atYes, channelId).not.to.match(/may not (have saved|be saved)/);
      expect(atYes, channelId).to.match(/taken back/);
      expect(atYes, channelId).to.include(lead);

      // The question it answered was never stored as answered: whatever comes next, the plan is
      // never said to be still with them.
      const next = allText(await client.say(channelId === 'sms' ? 'CHANGE' : 'change'));
      expect(next, channelId).not.to.match(/not taken anything back|still has the plan/);
    });
  });

  it('takes nothing back when its audit entry cannot be written, as the apology says', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await client.say("don't share my plan after all");
      const mend = await refuseInserts(opened, 'audit_log');
      const atYes = allText(await client.say(yes(channelId)));
      await mend();
      await opened.running.app.deliveries.idle();

      expect(atYes, channelId).to.match(/may not have saved/);
      expect((await onlyRecord(opened.running)).status, `${channelId}: still shared`).to.equal('shared');
    });
  });
});
