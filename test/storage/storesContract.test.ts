import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { IncomingResult } from '../../plan/results/mergeResults';
import { SqlCoordinatorStore } from '../../storage/coordinatorStore';
import { SqlDeliveryLedger } from '../../storage/deliveryLedger';
import { createSealer } from '../../storage/encryption';
import { keyedIdentityKeys } from '../../storage/identityKeys';
import { SqlIdentityStore } from '../../storage/identityStore';
import { SqlInvitationStore } from '../../storage/invitationStore';
import { SqlJobStore } from '../../storage/jobStore';
import { SqlOptOutStore } from '../../storage/optOutStore';
import { SqlOutbox } from '../../storage/outbox';
import { SqlOwnCopyLinks } from '../../storage/ownCopyLinks';
import { SqlResultInbox } from '../../storage/resultInbox';
import { newRecord } from '../../plan/record';
import { SqlContinueCodes } from '../../storage/continueCodeStore';
import { SqlRecordChannels } from '../../storage/recordChannels';
import { ChannelJoins } from '../../bot/continuing/channelJoins';
import { joinNoticeSchema } from '../../coordination/joinNotices';
import { SqlRecordStore } from '../../storage/recordStore';
import { RetentionSweeper } from '../../storage/retention';
import { SqlAuditLog } from '../../storage/auditLog';
import { describeEngines } from '../support/engines';
import type { Database } from '../../storage/database';
import { SqlStorage } from '../../storage/sqlStorage';
import { openedTurn, turnOpening, type OpenedTurn } from '../../storage/turnOpening';

const now = new Date('2026-04-01T09:00:00.000Z');
const clock = (): Date => now;
const details = { version: 1 as const, personName: 'Ada', conditions: ['diabetes'], leadName: 'Sam' };

function invitation(id: string, code: string) {
  return { id, code, coordinatorId: 'coord-1', details, createdAt: now.toISOString() };
}

function result(id: string): IncomingResult {
  return {
    result: {
      id,
      measure: 'hba1c',
      at: '2026-03-20T09:00:00.000Z',
      value: { kind: 'number', value: 52 },
      coding: { system: 'http://loinc.org', code: '4548-4' },
      status: 'final',
      from: 'clinicalSystem',
      receivedAt: now.toISOString(),
    },
    inPerson: false,
  };
}

describeEngines('Store contract', (current) => {
  it('links identities to a record, keyed, and unlinks them with the record', async () => {
    const { db } = current();
    const identities = new SqlIdentityStore(db, clock, keyedIdentityKeys(randomBytes(32)));
    await identities.link('sms', '+447700900001', 'rec-1');
    await identities.link('msteams', 'aad-1', 'rec-1');
    expect(await identities.recordFor('sms', '+447700900001')).to.equal('rec-1');
    const stored = await db.all('SELECT identity FROM identities');
    expect(JSON.stringify(stored)).to.not.contain('447700900001');
    await identities.link('sms', '+447700900001', 'rec-2');
    expect(await identities.recordFor('sms', '+447700900001')).to.equal('rec-2');
    expect(await identities.unlinkRecord('rec-1')).to.equal(1);
    expect(await identities.recordFor('msteams', 'aad-1')).to.equal(null);
  });

  it('says a code is taken when an invitation with it exists, in words no engine chooses', async () => {
    const { db } = current();
    const invitations = new SqlInvitationStore(db, createSealer(randomBytes(32)), clock);
    expect(await invitations.create(invitation('inv-1', 'ABC123'))).to.equal('created');
    expect(await invitations.create(invitation('inv-2', 'ABC123'))).to.equal('code_taken');
    expect(await invitations.get('inv-2')).to.equal(null);
  });

  it('lets one of many people racing for an invitation code claim it', async () => {
    const { db } = current();
    const invitations = new SqlInvitationStore(db, createSealer(randomBytes(32)), clock);
    await invitations.create({ ...invitation('inv-1', 'ABC123'), appointmentAt: '2026-05-01T10:00' });
    await invitations.create(invitation('inv-2', 'DEF456'));
    const claims = await Promise.all(Array.from({ length: 8 }, (_, i) => invitations.claim('ABC123', `rec-${i}`)));
    expect(claims.filter((claim) => claim.ok)).to.have.length(1);
    expect((await invitations.claim('NOPE99', 'rec-1')).ok).to.equal(false);
    expect((await invitations.forCoordinator('coord-1')).map((i) => i.id)).to.deep.equal(['inv-1', 'inv-2']);
    expect((await invitations.page({ after: 'inv-1', limit: 5 })).map((i) => i.id)).to.deep.equal(['inv-2']);
    await invitations.markDelivered('inv-1', 3);
    expect(await invitations.markReviewed('inv-1', 'someone-else', 3)).to.equal(false);
    expect(await invitations.markReviewed('inv-1', 'coord-1', 3)).to.equal(true);
    const read = await invitations.get('inv-1');
    expect([read?.deliveredVersion, read?.deliveries, read?.reviewedVersion, read?.details.personName]).to.deep.equal([
      3,
      1,
      3,
      'Ada',
    ]);
    const raw = await db.get('SELECT body FROM invitations WHERE id = ?', ['inv-1']);
    expect(String(raw?.body)).to.not.contain('Ada');
  });

  it('refuses a second invitation to a record that holds one, saying so, in words no engine chooses', async () => {
    const invitations = new SqlInvitationStore(current().db, createSealer(randomBytes(32)), clock);
    await invitations.create(invitation('inv-1', 'ABC123'));
    await invitations.create(invitation('inv-2', 'DEF456'));
    expect((await invitations.claim('ABC123', 'rec-1')).ok).to.equal(true);

    expect(await invitations.claim('DEF456', 'rec-1')).to.deep.equal({ ok: false, reason: 'other_invitation' });
    expect((await invitations.get('inv-2'))?.recordId).to.equal(undefined);
    // The record's own code is still its own, and the other is still free for someone else.
    expect((await invitations.claim('ABC123', 'rec-1')).ok).to.equal(true);
    expect((await invitations.claim('DEF456', 'rec-2')).ok).to.equal(true);
  });

  it('never takes a review back to an older plan version', async () => {
    const invitations = new SqlInvitationStore(current().db, createSealer(randomBytes(32)), clock);
    await invitations.create(invitation('inv-1', 'ABC123'));
    await invitations.markDelivered('inv-1', 1);
    await invitations.markDelivered('inv-1', 2);
    expect(await invitations.markReviewed('inv-1', 'coord-1', 2)).to.equal(true);
    expect(await invitations.markReviewed('inv-1', 'coord-1', 1)).to.equal(true);
    expect((await invitations.get('inv-1'))?.reviewedVersion).to.equal(2);
  });

  it('keeps the latest reference of each coordinator', async () => {
    const coordinators = new SqlCoordinatorStore(current().db, clock);
    const reference = { serviceUrl: 'https://smba.example/uk/', conversationId: 'c-1', botId: 'b', userId: 'u' };
    await coordinators.save('coord-1', reference);
    await coordinators.save('coord-1', { ...reference, conversationId: 'c-2' });
    expect((await coordinators.get('coord-1'))?.conversationId).to.equal('c-2');
    expect(await coordinators.get('coord-2')).to.equal(null);
  });

  it('keeps SMS opt-outs until START, saying whether a number was on the list', async () => {
    const optOuts = new SqlOptOutStore(current().db, clock);
    await optOuts.optOut('+447700900002');
    await optOuts.optOut('+447700900002');
    expect(await optOuts.isOptedOut('+447700900002')).to.equal(true);
    expect(await optOuts.optIn('+447700900002')).to.equal(true);
    expect(await optOuts.optIn('+447700900002')).to.equal(false);
    expect(await optOuts.isOptedOut('+447700900002')).to.equal(false);
  });

  it('opens only the newest own-copy link to a record, until revoked', async () => {
    const links = new SqlOwnCopyLinks(current().db, clock);
    const first = await links.issue('rec-1');
    const second = await links.issue('rec-1');
    expect(second.replaced).to.equal(1);
    expect(await links.resolve(first.token)).to.deep.equal({ ok: false, reason: 'revoked' });
    expect(await links.resolve(second.token)).to.deep.include({ ok: true, recordId: 'rec-1' });
    expect((await links.active('rec-1')).map((l) => l.linkId)).to.deep.equal([second.linkId]);
    expect(await links.revokeAll('rec-1')).to.equal(1);
    expect(await links.resolve(second.token)).to.deep.equal({ ok: false, reason: 'revoked' });
  });

  it('remembers processed deliveries, alone or as a step of a turn', async () => {
    const { db } = current();
    const ledger = new SqlDeliveryLedger(db, createSealer(null), clock);
    await ledger.remember('msteams:a1');
    await ledger.remember('msteams:a1');
    await db.transaction((tx) => ledger.rememberStep(['sms:SM1', 'sms:SM2'])(tx));
    expect(await ledger.seen('msteams:a1')).to.equal(true);
    expect(await ledger.earlier(['x', 'sms:SM2'])).to.deep.equal({ replies: null, handedOver: 0, keys: ['sms:SM2'] });
    expect(await ledger.earlier(['x', 'y'])).to.equal(undefined);
  });

  it("keeps a turn's replies sealed until they have gone out, then forgets them in a later turn's commit", async () => {
    const { db } = current();
    const ledger = new SqlDeliveryLedger(db, createSealer(randomBytes(32)), clock);
    const replies = JSON.stringify([{ type: 'message', text: 'What matters to you, Sam?' }]);
    const first = ledger.turnStep(['webchat:c1:a1', 'client:k1'], replies);
    await db.transaction((tx) => first.step(tx));

    expect(await ledger.earlier(['client:k1']), 'a redelivery before the sends finds them').to.deep.include({
      replies,
      handedOver: 0,
    });
    expect(JSON.stringify(await db.all('SELECT replies FROM processed_activities'))).to.not.contain('Sam');

    await first.sent();
    expect(await ledger.earlier(['client:k1']), 'sent: known at once').to.deep.include({ replies: null });
    const second = ledger.turnStep(['webchat:c1:a2'], null);
    await db.transaction((tx) => second.step(tx));
    await second.sent();
    const stored = await db.all('SELECT key FROM processed_activities WHERE replies IS NOT NULL');
    expect(stored, 'the next commit forgot them').to.deep.equal([]);
    expect(await new SqlDeliveryLedger(db, createSealer(null), clock).earlier(['webchat:c1:a1'])).to.deep.include({
      replies: null,
    });
    await ledger.forget();
  });

  it("notes how many of a turn's sends went out through the lock's session, for the next holder of the lock to find", async () => {
    const { db, reopen } = current();
    const ledger = new SqlDeliveryLedger(db, createSealer(randomBytes(32)), clock);
    const keys = ['webchat:c2:a1', 'client:k2'];
    const replies = JSON.stringify([
      { type: 'message', text: 'Hello' },
      { type: 'message', text: 'Who is answering?' },
    ]);
    await db.transaction((tx) => ledger.turnStep(keys, replies).step(tx));
    const note = await db.exclusive('webchat:c2', (session) => {
      const noting = ledger.handoverNotes(keys, session);
      // Sent and not awaited, as by an instance that dies next: the lock goes only after it lands.
      void noting?.(1);
      return Promise.resolve(noting);
    });
    if (db.engine === 'sqlite') {
      // One sqlite file serves one instance, whose crash takes every turn with it: nothing to note.
      expect(note).to.equal(undefined);
      return;
    }
    const other = await reopen();
    try {
      const seen = await other.exclusive('webchat:c2', () =>
        new SqlDeliveryLedger(other, createSealer(null), clock).earlier(['client:k2', 'webchat:c2:a2']),
      );
      expect(seen).to.deep.include({ handedOver: 1 });
      expect(seen?.keys).to.deep.equal(['client:k2']);
    } finally {
      await other.close();
    }
  });

  it("reads what a turn starts from as the conversation's lock is taken, seeing all the last holder committed", async () => {
    const { db, reopen } = current();
    const ledger = new SqlDeliveryLedger(db, createSealer(null), clock);
    const identities = new SqlIdentityStore(db, clock, keyedIdentityKeys(randomBytes(32)));
    const records = new SqlRecordStore(db, createSealer(null));
    const documents = new SqlStorage(db, createSealer(null), clock);
    const keys = ['webchat:c5:a1'];
    const identity = identities.keyOf('webchat', 'user-5');
    const stateKey = 'webchat/conversations/c5/';
    const opening = turnOpening(keys, identity, stateKey);
    const read = (on: Database) => on.exclusive('webchat:c5', (_s, rows) => Promise.resolve(openedTurn(rows)), opening);
    // What the last holder of the lock commits: the delivery, the sender's record and the state.
    const record = newRecord('rec-5', now);
    const commitTurn = async (): Promise<void> => {
      await db.transaction((tx) => ledger.rememberStep(keys)(tx));
      await records.put(record, null);
      await identities.link('webchat', 'user-5', record.id);
      await documents.write({ [stateKey]: { dialogState: { step: 2 } } });
    };
    expect(await read(db)).to.deep.equal({ deliveries: [], record: null, state: null });
    let opened: OpenedTurn;
    if (db.engine === 'sqlite') {
      await commitTurn();
      opened = await read(db);
    } else {
      const other = await reopen();
      try {
        let waiting: Promise<OpenedTurn> = Promise.resolve({ deliveries: [], record: null, state: null });
        await db.exclusive('webchat:c5', async () => {
          // The other instance asks while this one holds the lock, and waits for it.
          waiting = read(other);
          await new Promise((resolve) => setTimeout(resolve, 200));
          await commitTurn();
        });
        opened = await waiting;
      } finally {
        await other.close();
      }
    }
    expect(ledger.earlierFrom(keys, opened.deliveries), 'its read comes after the lock, not before').to.deep.equal({
      replies: null,
      handedOver: 0,
      keys,
    });
    expect(opened.record && records.fromStored(opened.record).value.id).to.equal('rec-5');
    expect(JSON.parse(String(opened.state?.body))).to.deep.equal({ dialogState: { step: 2 } });
  });

  it('with several instances, leaves the replies of a turn whose every send was noted to a later batch, the count saying all went', async () => {
    const { db, reopen } = current();
    const sealer = createSealer(randomBytes(32));
    const ledger = new SqlDeliveryLedger(db, sealer, clock);
    const keys = ['webchat:c3:a1'];
    const replies = JSON.stringify([{ type: 'message', text: 'Who is answering?' }]);
    const turn = ledger.turnStep(keys, replies);
    await db.transaction((tx) => turn.step(tx));
    const before = db.stats.writes;
    await db.exclusive('webchat:c3', async (session) => {
      await ledger.handoverNotes(keys, session)?.(1);
      await turn.sent(session, true);
    });
    if (db.engine === 'sqlite') {
      expect(db.stats.writes - before, 'one instance: forgotten by the next commit').to.equal(0);
      expect(await ledger.earlier(keys)).to.deep.include({ replies: null });
      await ledger.forget();
      return;
    }
    expect(db.stats.writes - before, 'the note, and no statement to forget them').to.equal(1);
    const other = await reopen();
    try {
      const seen = await other.exclusive('webchat:c3', () => new SqlDeliveryLedger(other, sealer, clock).earlier(keys));
      expect(seen, 'a redelivery at another instance skips every send').to.deep.include({ replies, handedOver: 1 });
      await ledger.forget();
      expect(await new SqlDeliveryLedger(other, sealer, clock).earlier(keys)).to.deep.include({ replies: null });
    } finally {
      await other.close();
    }
  });

  it('with several instances, forgets at once the replies of a turn whose notes did not all land', async () => {
    const { db } = current();
    const sealer = createSealer(randomBytes(32));
    const ledger = new SqlDeliveryLedger(db, sealer, clock);
    const keys = ['webchat:c4:a1'];
    const turn = ledger.turnStep(keys, JSON.stringify([{ type: 'message', text: 'Hello' }]));
    await db.transaction((tx) => turn.step(tx));
    await db.exclusive('webchat:c4', (session) => turn.sent(session, false));
    const stored = await db.all('SELECT key FROM processed_activities WHERE replies IS NOT NULL');
    expect(stored, db.engine).to.deep.equal(db.engine === 'sqlite' ? [{ key: 'webchat:c4:a1' }] : []);
    await ledger.forget();
  });

  it('queues sealed deliveries oldest first, retries later and drops a record', async () => {
    const { db } = current();
    const outbox = new SqlOutbox(db, createSealer(randomBytes(32)), clock);
    await outbox.enqueue('rec-1', '{"plan":"walk daily"}', now);
    await outbox.enqueue('rec-2', '{"plan":"swim"}', now);
    const [first, second] = await outbox.due(now, 10);
    expect([first.recordId, first.payload, second.recordId]).to.deep.equal(['rec-1', '{"plan":"walk daily"}', 'rec-2']);
    expect(JSON.stringify(await db.all('SELECT payload FROM outbox'))).to.not.contain('walk daily');
    await outbox.retryAt(first.id, new Date(now.getTime() + 60_000));
    expect((await outbox.due(now, 10)).map((item) => item.recordId)).to.deep.equal(['rec-2']);
    await outbox.postpone(first.id, new Date(now.getTime() + 90_000));
    const later = await outbox.due(new Date(now.getTime() + 90_000), 10);
    expect(
      later.map((item) => [item.recordId, item.attempts]),
      'postponed, not counted',
    ).to.deep.equal([
      ['rec-1', 1],
      ['rec-2', 0],
    ]);
    await outbox.done(second.id);
    expect(await outbox.dropRecord('rec-1')).to.equal(1);
    expect(await outbox.due(new Date(now.getTime() + 120_000), 10)).to.deep.equal([]);
  });

  it('counts only a delivery of the plan as being sent, never a note that it was taken back, dropped or not', async () => {
    const { db } = current();
    const outbox = new SqlOutbox(db, createSealer(randomBytes(32)), clock);
    const until = new Date(now.getTime() + 60_000);
    await outbox.enqueue('rec-note', '{"event":"withdrawn"}', now, 'withdrawn');
    await outbox.enqueue('rec-plan', '{"event":"shared"}', now, 'shared');
    for (const item of await outbox.claimDue(now, 10, until))
      expect(await outbox.startSending(item.id, until)).to.equal(true);

    expect(await outbox.sendingFor('rec-note', 'shared'), `${db.engine}: a note being sent`).to.equal(false);
    expect(await outbox.sendingFor('rec-plan', 'shared'), `${db.engine}: the plan being sent`).to.equal(true);
    expect(await outbox.sendingFor('rec-note'), `${db.engine}: any delivery`).to.equal(true);
    await outbox.dropRecord('rec-note');
    await outbox.dropRecord('rec-plan');
    expect(await outbox.sendingFor('rec-note', 'shared'), `${db.engine}: a dropped note being sent`).to.equal(false);
    expect(await outbox.sendingFor('rec-plan', 'shared'), `${db.engine}: a dropped plan being sent`).to.equal(true);
  });

  it('schedules a job once and lets one of many claims run it', async () => {
    const jobs = new SqlJobStore(current().db, clock);
    const job = { id: 'j-1', kind: 'resultsReady' as const, invitationId: 'inv-1', dueAt: now.toISOString() };
    expect(await jobs.schedule(job)).to.equal(true);
    expect(await jobs.schedule(job)).to.equal(false);
    expect((await jobs.due(now, 10)).map((j) => j.id)).to.deep.equal(['j-1']);
    const claims = await Promise.all(Array.from({ length: 8 }, () => jobs.claim('j-1', now)));
    expect(claims.filter(Boolean)).to.have.length(1);
    await jobs.finish('j-1', 'sent', now);
    expect((await jobs.forInvitation('inv-1'))[0]).to.deep.include({ state: 'done', outcome: 'sent' });
  });

  it('keeps each waiting result once, sealed, until it is taken', async () => {
    const { db } = current();
    const inbox = new SqlResultInbox(db, createSealer(randomBytes(32)), clock);
    expect(await inbox.add('inv-1', [result('r1'), result('r2')])).to.equal(2);
    expect(await inbox.add('inv-1', [result('r1')])).to.equal(0);
    expect((await inbox.pending('inv-1')).map((item) => item.result.id)).to.deep.equal(['r1', 'r2']);
    expect(await inbox.waiting()).to.deep.equal(['inv-1']);
    expect(JSON.stringify(await db.all('SELECT body FROM result_inbox'))).to.not.contain('hba1c');
    await inbox.remove('inv-1', ['r1', 'r2']);
    expect(await inbox.waiting()).to.deep.equal([]);
  });

  it('joins one of many channels racing with a continue code, once, and none after it expired or its record went', async () => {
    const { db } = current();
    let at = now;
    const identities = new SqlIdentityStore(db, () => at, keyedIdentityKeys(randomBytes(32)));
    const records = new SqlRecordStore(db, createSealer(null));
    const channels = new SqlRecordChannels(db, createSealer(randomBytes(32)));
    const notices = new SqlOutbox(db, createSealer(null), () => at, 'notice');
    const joins = new ChannelJoins({ identities, records, channels, notices, clock: () => at });
    const codes = new SqlContinueCodes(db, joins, keyedIdentityKeys(randomBytes(32)), () => at);
    await records.put(newRecord('rec-1', now), null);
    await records.put(newRecord('rec-2', now), null);
    // The web chat that began rec-1, reachable: it is told once of the one phone that joins.
    await db.transaction(async (tx) => {
      await identities.linkIn(tx, 'webchat', 'owner', 'rec-1');
      await joins.noteIn(tx, { channelId: 'webchat', userId: 'owner' }, 'rec-1', {
        kind: 'stream',
        conversationId: 'c-1',
      });
    });

    const first = await codes.issue('rec-1');
    const worksBefore = await codes.works(first.code);
    const tries = await Promise.all(
      Array.from({ length: 6 }, (_, i) => codes.redeem(first.code, { channelId: 'sms', userId: `+4477009000${i}` })),
    );
    const later = await codes.issue('rec-1');
    at = new Date(now.getTime() + 11 * 60_000);
    const expired = await codes.redeem(later.code, { channelId: 'webchat', userId: 'late' });
    const erasedCode = await codes.issue('rec-2');
    await db.write('DELETE FROM records WHERE id = ?', ['rec-2']);

    expect(worksBefore, 'a live code works, and looking does not use it').to.equal(true);
    expect(await codes.works(first.code), 'a used code').to.equal(false);
    expect(await codes.works(later.code), 'an expired code').to.equal(false);
    expect(await codes.works(erasedCode.code), "an erased record's code").to.equal(false);
    expect(tries.filter((t) => t.ok)).to.have.length(1);
    expect(tries.filter((t) => !t.ok).map((t) => !t.ok && t.reason)).to.deep.equal(Array(5).fill('used'));
    expect(expired).to.deep.equal({ ok: false, reason: 'expired' });
    expect(await codes.redeem(erasedCode.code, { channelId: 'webchat', userId: 'x' })).to.deep.equal({
      ok: false,
      reason: 'erased',
    });
    expect((await db.all('SELECT record_id FROM identities')).map((r) => r.record_id)).to.deep.equal([
      'rec-1',
      'rec-1',
    ]);
    const told = (await notices.due(at, 10)).map((item) => joinNoticeSchema.parse(JSON.parse(item.payload)));
    expect(told.map((notice) => [notice.to.identity, notice.joined.by, notice.joined.family])).to.deep.equal([
      [identities.keyOf('webchat', 'owner'), 'code', 'sms'],
    ]);
    expect(await new SqlOutbox(db, createSealer(null), () => at).due(at, 10), 'not a plan delivery').to.deep.equal([]);
    expect(JSON.stringify(await db.all('SELECT code_key FROM continue_codes'))).to.not.contain(first.code);
  });

  it('unties the channel that joined a record last, one at a time, never the one asking', async () => {
    const { db } = current();
    let at = now;
    const identities = new SqlIdentityStore(db, () => at, keyedIdentityKeys(randomBytes(32)));
    const channels = new SqlRecordChannels(db, createSealer(randomBytes(32)));
    const link = async (channelId: string, userId: string, joined?: 'code' | 'mobile'): Promise<void> => {
      await db.transaction((tx) => identities.linkIn(tx, channelId, userId, 'rec-1', joined));
      at = new Date(at.getTime() + 1000);
    };
    const owner = identities.keyOf('webchat', 'owner');
    // The invitation's mobile, tied before joins were marked: named as the mobile, not by a mark.
    const mobile = identities.keyOf('sms', '+447700900001');
    await link('webchat', 'owner');
    await link('sms', '+447700900001');
    await link('sms', '+447700900002', 'code');
    await link('webchat', 'stranger', 'code');
    await db.transaction((tx) =>
      channels.noteIn(tx, identities.keyOf('webchat', 'stranger'), 'rec-1', { kind: 'stream', conversationId: 'c-9' }),
    );

    const first = await channels.untieLatest('rec-1', owner, mobile);
    const second = await channels.untieLatest('rec-1', owner, mobile);
    const askedByTheMobile = await channels.untieLatest('rec-1', mobile, mobile);
    const third = await channels.untieLatest('rec-1', owner, mobile);
    const none = await channels.untieLatest('rec-1', owner, mobile);

    expect(first).to.deep.include({ left: 2 });
    expect(first.untied).to.deep.include({
      identity: identities.keyOf('webchat', 'stranger'),
      reach: { kind: 'stream', conversationId: 'c-9' },
    });
    expect([second.untied?.identity, second.left]).to.deep.equal([identities.keyOf('sms', '+447700900002'), 1]);
    expect(askedByTheMobile).to.deep.equal({ left: 0 });
    expect([third.untied?.identity, third.left]).to.deep.equal([mobile, 0]);
    expect(none).to.deep.equal({ left: 0 });
    expect(await db.all('SELECT identity FROM identities')).to.deep.equal([{ identity: owner }]);
  });

  it('purges expired continue codes, results no invitation can take and finished jobs in the retention sweep', async () => {
    const { db } = current();
    let at = now;
    const clockNow = (): Date => at;
    const write = (sql: string, params: (string | null)[]): Promise<unknown> => db.write(sql, params);
    await write('INSERT INTO continue_codes (code_key, record_id, expires_at, created_at) VALUES (?, ?, ?, ?)', [
      'k',
      'r',
      now.toISOString(),
      now.toISOString(),
    ]);
    await write(
      'INSERT INTO invitations (id, code, coordinator_id, appointment_at, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ['inv-old', 'OLD123', 'coord-1', '2026-03-01T10:00', 'sealed', '2026-02-01T00:00:00.000Z'],
    );
    await write('INSERT INTO result_inbox (invitation_id, result_id, body, created_at) VALUES (?, ?, ?, ?)', [
      'inv-old',
      'r1',
      'sealed',
      '2026-02-20T00:00:00.000Z',
    ]);
    await write(
      'INSERT INTO jobs (id, kind, invitation_id, due_at, state, outcome, done_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ['j1', 'resultsReady', 'inv-old', '2026-02-20', 'done', 'sent:sms', '2026-02-20T10:00:00.000Z', '2026-02-20'],
    );
    at = new Date(now.getTime() + 60_000);
    const sweeper = new RetentionSweeper({
      db,
      records: new SqlRecordStore(db, createSealer(null)),
      audit: new SqlAuditLog(db, clockNow),
      clock: clockNow,
      retentionDays: 365,
    });

    expect(await sweeper.sweep()).to.deep.include({ continueCodes: 1, inbox: 1, jobs: 1 });
  });

  it('concurrent read-modify-writes of one row lose no update', async () => {
    const { db } = current();
    await db.write("INSERT INTO settings (name, value) VALUES ('counter', '0')");
    await Promise.all(
      Array.from({ length: 20 }, () =>
        db.transaction(async (tx) => {
          const row = await tx.get("SELECT value FROM settings WHERE name = 'counter'");
          await tx.run("UPDATE settings SET value = ? WHERE name = 'counter'", [String(Number(row?.value) + 1)]);
        }),
      ),
    );
    expect((await db.get("SELECT value FROM settings WHERE name = 'counter'"))?.value).to.equal('20');
  });

  it('refuses to rewrite the audit log, even in SQL', async () => {
    const { db } = current();
    await db.write("INSERT INTO audit_log (at, actor, action, subject) VALUES ('t', 'a', 'share', 's')");
    const update = await db.write("UPDATE audit_log SET actor = 'x'").then(
      () => null,
      (error: unknown) => error,
    );
    const remove = await db.write('DELETE FROM audit_log').then(
      () => null,
      (error: unknown) => error,
    );
    expect(String(update)).to.contain('append-only');
    expect(String(remove)).to.contain('append-only');
  });
});
