/**
 * The database failing in the turn that says yes to sharing (a disk full, a broken table: here a
 * trigger that refuses to queue the delivery). The person is told only "I may not have saved your
 * last answer", so nothing of that yes may stay: never a plan stored as shared, and logged as
 * shared, with nothing queued to send it (the own copy, "my patients" and the recap would then
 * say it is on its way, forever). Sent again, as they are asked to, it goes to the lead contact once.
 */
import { expect } from 'chai';
import { allText, type ChatClient, type PostResult } from '../support/botClient';
import { lead, onEachHeld, planQueued, type HeldChannel, type Opened } from '../support/heldDelivery';
import { invitationCode, invitingCoordinator } from '../support/invitations';
import { onlyRecord } from '../support/onlyRecord';
import { lastQuestionLinkId, personPersona, runPersona } from '../support/personas';
import { chatClient } from '../support/startApp';

/** Makes every write of `table` fail, as a full disk or a broken table would; undone by the returned function. */
async function refuseInserts(opened: Opened, table: string): Promise<() => Promise<void>> {
  const { db } = opened.running.app;
  await db.transaction(async (tx) => {
    await tx.run(`CREATE TRIGGER t24_refuse BEFORE INSERT ON ${table} BEGIN SELECT RAISE(ABORT, 'disk full'); END`);
  });
  return () => db.transaction(async (tx) => void (await tx.run('DROP TRIGGER t24_refuse')));
}

/** Goes through the preparation up to "Can I share this plan…?", then answers it with `table` refusing writes. */
async function yesWhileRefused(
  opened: Opened,
  channelId: HeldChannel,
  table: string,
): Promise<{ client: ChatClient; atYes: PostResult; mend: () => Promise<void> }> {
  const client = chatClient(opened.running, { channelId });
  const persona = { ...personPersona, answers: { ...personPersona.answers } };
  delete (persona.answers as Record<string, unknown>)['share.consent'];
  let last: PostResult | undefined;
  await runPersona(
    async (text) => (last = await client.say(text)).replies,
    persona,
    await invitationCode(opened.running, lead),
  ).catch(() => undefined);
  expect(lastQuestionLinkId(last?.replies ?? []), 'asked to share').to.equal('share.consent');
  const mend = await refuseInserts(opened, table);
  const atYes = await client.say('yes');
  return { client, atYes, mend };
}

const auditedShares = async (opened: Opened): Promise<number> =>
  Number((await opened.running.app.db.get("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'share'"))?.n ?? 0);

describe('The database failing as the person says yes to sharing', function () {
  this.timeout(60_000);

  it('keeps no consent it cannot queue the plan for, and says only that the answer may not be saved', async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const { atYes, mend } = await yesWhileRefused(opened, channelId, 'outbox');

      expect(allText(atYes), channelId).to.match(/may not (have saved|be saved)/);
      expect(allText(atYes), channelId).not.to.include('I will send');
      const record = await onlyRecord(opened.running);
      expect(record.status, `${channelId}: not stored as shared`).not.to.equal('shared');
      expect(record.shared, `${channelId}: no shared version`).to.equal(undefined);
      expect(await auditedShares(opened), `${channelId}: no share logged`).to.equal(0);
      await mend();
    });
  });

  it(`sends the plan to ${lead} once when the yes is sent again, as the person was asked`, async () => {
    await onEachHeld(['webchat', 'sms'], async (opened, channelId) => {
      const { client, mend } = await yesWhileRefused(opened, channelId, 'outbox');
      await mend();

      const again = allText(await client.say('yes'));
      await opened.running.app.deliveries.idle();

      expect(again, channelId).to.include(`I will send your plan to ${lead}`);
      expect(await auditedShares(opened), `${channelId}: one share logged`).to.equal(1);
      const cards = opened.connector.delivered(invitingCoordinator.conversation).filter((sent) => sent.attachments);
      expect(cards, `${channelId}: the plan reached ${lead} once`).to.have.length(1);
      expect(await planQueued(opened.running), `${channelId}: nothing left to send`).to.equal(0);
    });
  });

  it('stores no consent when the share cannot be logged, and queues nothing', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const { atYes, mend } = await yesWhileRefused(opened, channelId, 'audit_log');

      expect(allText(atYes), channelId).to.match(/may not have saved/);
      expect((await onlyRecord(opened.running)).shared, `${channelId}: no shared version`).to.equal(undefined);
      expect(await planQueued(opened.running), `${channelId}: nothing queued`).to.equal(0);
      await mend();
    });
  });

  // The own copy's link is made after the yes is stored: failing there once told the person it may
  // not be saved while the plan went, and the yes sent again sent Dr Sam Patel a second card.
  it('stores nothing and sends nothing when the own copy link cannot be made, and sends once on the yes again', async () => {
    await onEachHeld(['webchat'], async (opened, channelId) => {
      const { client, atYes, mend } = await yesWhileRefused(opened, channelId, 'own_copy_links');
      await opened.running.app.deliveries.idle();

      expect(allText(atYes), channelId).to.match(/may not have saved/);
      expect((await onlyRecord(opened.running)).shared, `${channelId}: no shared version`).to.equal(undefined);
      expect(opened.connector.delivered(invitingCoordinator.conversation), `${channelId}: nothing sent`).to.have.length(
        0,
      );

      await mend();
      await client.say('yes');
      await opened.running.app.deliveries.idle();
      const cards = opened.connector.delivered(invitingCoordinator.conversation).filter((sent) => sent.attachments);
      expect(cards, `${channelId}: the plan reached ${lead} once`).to.have.length(1);
      expect(await auditedShares(opened), `${channelId}: one share logged`).to.equal(1);
    });
  });
});
