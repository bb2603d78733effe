/**
 * "Delete my data" confirmed in a turn that fails after the erasure was stored (it commits at once,
 * with the note queued to the lead contact when a plan was shared): the apology must say what was
 * done, and that the lead contact is told it is taken back, naming them, never "may not have
 * saved". What follows never says that nothing was deleted, nor that the plan is still with them.
 */
import { expect } from 'chai';
import { allText, type ChatClient } from '../support/botClient';
import { lead, onEachHeld, sharedWithLead, yes, type Opened } from '../support/heldDelivery';
import { invitingCoordinator } from '../support/invitations';
import { chatClient } from '../support/startApp';

/** Makes every insert into `table` fail, as a full disk would; undone by the returned function. */
async function refuseInserts(opened: Opened, table: string): Promise<() => Promise<void>> {
  const { db } = opened.running.app;
  await db.transaction(async (tx) => {
    await tx.run(`CREATE TRIGGER t25b_refuse BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  });
  return () => db.transaction(async (tx) => void (await tx.run('DROP TRIGGER t25b_refuse')));
}

const records = async (opened: Opened): Promise<number> =>
  Number((await opened.running.app.db.get('SELECT COUNT(*) AS n FROM records'))?.n ?? 0);

const deletions = async (opened: Opened): Promise<number> =>
  Number((await opened.running.app.db.get("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'delete'"))?.n ?? 0);

const notesTo = (opened: Opened): number =>
  opened.connector
    .delivered(invitingCoordinator.conversation)
    .filter((sent) => typeof sent.text === 'string' && sent.text.includes('taken back')).length;

/** "Delete my data", then a yes whose turn's own commit (its delivery key) fails after the erasure. */
async function deletedInFailedTurn(opened: Opened, client: ChatClient, channelId: 'webchat' | 'sms'): Promise<string> {
  await client.say('delete my data');
  const mend = await refuseInserts(opened, 'processed_activities');
  const atYes = allText(await client.say(yes(channelId)));
  await mend();
  await opened.running.app.deliveries.idle();
  return atYes;
}

describe('"Delete my data" stored in a turn that fails later', function () {
  this.timeout(60_000);

  for (const next of ['no', 'yes', 'hello']) {
    it(`says it was deleted and that ${lead} is told it is taken back, and "${next}" next does not deny it`, async () => {
      await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
        const client = await sharedWithLead(opened, channelId, false);
        const atYes = await deletedInFailedTurn(opened, client, channelId);

        expect(await records(opened), `${channelId}: erased`).to.equal(0);
        expect(notesTo(opened), `${channelId}: ${lead} told once`).to.equal(1);
        expect(await deletions(opened), `${channelId}: its audit entry stored with it`).to.equal(1);
        expect(atYes, channelId).not.to.match(/may not (have saved|be saved)/);
        expect(atYes, channelId).to.match(/deleted/);
        expect(atYes, channelId).to.match(/taken back/);
        expect(atYes, channelId).to.include(lead);

        const said = allText(await client.say(next === 'yes' ? yes(channelId) : next));
        await opened.running.app.deliveries.idle();
        expect(said, `${channelId}: ${next}`).not.to.match(/not deleted anything|still (has|shared|with)|may not/);
        // As the apology says: a message after it starts again from the beginning.
        expect(said, `${channelId}: ${next}`).to.match(/Part 1 of 6/);
        expect(notesTo(opened), `${channelId}: ${lead} still told once`).to.equal(1);
      });
    });
  }

  it(`says a plan that had not reached ${lead} will not be sent`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, true);
      const atYes = await deletedInFailedTurn(opened, client, channelId);

      expect(await records(opened), `${channelId}: erased`).to.equal(0);
      expect(atYes, channelId).not.to.match(/may not (have saved|be saved)|taken back/);
      expect(atYes, channelId).to.match(/deleted/);
      expect(atYes, channelId).to.match(/not reached Dr Sam Patel yet,? and (now it )?will not be sent/);
    });
  });

  it('erases nothing when its audit entry cannot be written, as the apology says', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const client = await sharedWithLead(opened, channelId, false);
      await client.say('delete my data');
      const mend = await refuseInserts(opened, 'audit_log');
      const atYes = allText(await client.say(yes(channelId)));
      await mend();
      await opened.running.app.deliveries.idle();

      // Nothing was erased nor taken back, and the apology says so (H262; before, "may not have saved").
      expect(atYes, channelId).to.match(/have not deleted anything/);
      expect(await records(opened), `${channelId}: still held`).to.equal(1);
      expect(notesTo(opened), `${channelId}: ${lead} not told`).to.equal(0);
    });
  });

  it('says it was deleted, naming no lead contact, when nothing was shared', async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const client = chatClient(opened.running, { channelId });
      await client.say('hello');
      const atYes = await deletedInFailedTurn(opened, client, channelId);

      expect(await records(opened), `${channelId}: erased`).to.equal(0);
      expect(atYes, channelId).not.to.match(/may not (have saved|be saved)/);
      expect(atYes, channelId).to.match(/deleted/);
      expect(atYes, channelId).not.to.match(/taken back/);

      const said = allText(await client.say('no'));
      expect(said, channelId).not.to.match(/not deleted anything|may not/);
    });
  });
});
