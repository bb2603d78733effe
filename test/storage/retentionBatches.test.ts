import { expect } from 'chai';
import { newRecord } from '../../plan/record';
import { SqlAuditLog } from '../../storage/auditLog';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlIdentityStore } from '../../storage/identityStore';
import { pageQuery, SqlRecordStore } from '../../storage/recordStore';
import { RetentionSweeper, sweepQueries } from '../../storage/retention';
import { tempDir } from '../support/tempDb';

const hour = 3_600_000;
const day = 24 * hour;

/** Tables a query must never read whole. */
const tables =
  /\bSCAN (records|documents|processed_activities|identities|own_copy_links|audit_log|outbox|result_inbox|jobs|invitations|continue_codes)\b/;

describe('Retention at scale: batched, and every sweeper query from an index', () => {
  let tmp: ReturnType<typeof tempDir>;
  let db: Database;
  let now: Date;
  const clock = (): Date => now;
  let records: SqlRecordStore;
  let identities: SqlIdentityStore;
  let audit: SqlAuditLog;

  beforeEach(async () => {
    tmp = tempDir();
    db = await Database.open(tmp.file());
    now = new Date('2026-01-01T00:00:00.000Z');
    records = new SqlRecordStore(db, createSealer(null));
    identities = new SqlIdentityStore(db, clock);
    audit = new SqlAuditLog(db, clock);
  });
  afterEach(async () => {
    await db.close();
    tmp.cleanup();
  });

  const sweeper = (options: { emptyRecordHours?: number; stateDays?: number } = {}): RetentionSweeper =>
    new RetentionSweeper({ db, records, audit, clock, retentionDays: 30, batchSize: 100, ...options });

  /** `count` records made now, each with an identity; empty unless `answered`. */
  async function seed(prefix: string, count: number, answered = false): Promise<void> {
    await db.transaction(async (tx) => {
      for (let i = 0; i < count; i++) {
        const record = newRecord(`${prefix}-${i}`, now);
        if (answered)
          record.answers['subject.name'] = { value: 'Sam', status: 'answered', by: 'person', at: now.toISOString() };
        await records.putIn(tx, record, null);
        await identities.linkIn(tx, 'webchat', `${prefix}-user-${i}`, record.id);
      }
    });
  }

  const count = async (sql: string): Promise<number> => Number((await db.get(sql))?.n);

  /** The index each query must be answered from. */
  const indexes: Record<string, [string, string]> = {
    staleRecords: [sweepQueries.staleRecords, 'records_page (updated_at<?)'],
    emptyRecords: [sweepQueries.emptyRecords, 'records_empty (empty=? AND updated_at<?)'],
    uncheckedRecords: [sweepQueries.uncheckedRecords, 'records_unchecked (updated_at<?)'],
    eraseStale: [sweepQueries.eraseStale, 'sqlite_autoindex_records_1 (id=?)'],
    eraseEmpty: [sweepQueries.eraseEmpty, 'sqlite_autoindex_records_1 (id=?)'],
    eraseIdentities: [sweepQueries.eraseIdentities, 'identities_record (record_id=?)'],
    eraseLinks: [sweepQueries.eraseLinks, 'own_copy_links_record (record_id=?)'],
    states: [sweepQueries.states, 'documents_updated (updated_at<?)'],
    deliveries: [sweepQueries.deliveries, 'processed_activities_at (at<?)'],
    smsSidDigests: [sweepQueries.smsSidDigests, 'sms_sid_digests_day (day<?)'],
    plansPage: [pageQuery('shared', { updatedAt: 'x', id: 'y' }, 50).sql, 'records_status_page'],
    eraseContinueCodes: [sweepQueries.eraseContinueCodes, 'continue_codes_record (record_id=?)'],
    eraseNotices: [sweepQueries.eraseNotices, 'outbox_record (record_id=?)'],
    eraseEmptyStates: [sweepQueries.eraseEmptyStates, 'documents_empty_record (empty_record=?)'],
    eraseEmptyDeliveries: [sweepQueries.eraseEmptyDeliveries, 'processed_activities_empty_record (empty_record=?)'],
    continueCodes: [sweepQueries.continueCodes, 'continue_codes_expires (expires_at<?)'],
    inbox: [sweepQueries.inbox, 'result_inbox_created (created_at<?)'],
    jobs: [sweepQueries.jobs, 'jobs_done (state=? AND done_at<?)'],
  };

  it('finds the invitation of each inbox row and job by its key', async () => {
    for (const sql of [sweepQueries.inbox, sweepQueries.jobs]) {
      const plan = (await db.all(`EXPLAIN QUERY PLAN ${sql}`, ['x', 'x', 'x', 1])).map((row) => String(row.detail));
      expect(plan.join('\n')).to.match(/SEARCH v USING INDEX sqlite_autoindex_invitations_1 \(id=\?\)/);
    }
  });

  it('has a plan check for every query the sweeper runs', () => {
    expect(Object.keys(indexes)).to.include.members(Object.keys(sweepQueries));
  });

  for (const [name, [sql, index]] of Object.entries(indexes)) {
    it(`answers the ${name} query from ${index.split(' ')[0]}, never reading a table whole or sorting`, async () => {
      const params = Array.from({ length: (sql.match(/\?/g) ?? []).length }, () => '[]');
      const plan = (await db.all(`EXPLAIN QUERY PLAN ${sql}`, params)).map((row) => String(row.detail)).join('\n');

      expect(plan).to.include(index);
      expect(plan).to.not.match(tables);
      expect(plan).to.not.match(/TEMP B-TREE/);
    });
  }

  it('purges many stale records to a transaction, each audited, with their identities', async () => {
    await seed('old', 450);
    await seed('kept', 3, true);
    now = new Date(now.getTime() + 29 * day);
    await records.put(
      { ...(await records.get('kept-0'))!.value, updatedAt: now.toISOString() },
      (await records.get('kept-0'))!.eTag,
    );
    now = new Date(now.getTime() + 2 * day);
    const before = db.stats.commits;

    const result = await sweeper().sweep();

    expect(result.records).to.equal(452);
    expect(db.stats.commits - before, 'commits for 452 records').to.be.at.most(30);
    expect(await count('SELECT COUNT(*) AS n FROM records')).to.equal(1);
    expect(await count('SELECT COUNT(*) AS n FROM identities')).to.equal(1);
    expect(await count("SELECT COUNT(*) AS n FROM audit_log WHERE action = 'purge'")).to.equal(452);
  });

  it('purges an empty record written before emptiness was kept as soon as a new one, and keeps an answered one', async () => {
    await seed('empty', 3);
    await seed('answered', 2, true);
    // As rows written before migrations 6 and 9: emptiness unknown (0) and sharing not kept (NULL).
    await db.write('UPDATE records SET empty = 0, shared = NULL');
    now = new Date(now.getTime() + 25 * hour);

    const result = await sweeper({ emptyRecordHours: 24 }).sweep();

    expect(result.emptyRecords).to.equal(3);
    expect((await db.all('SELECT id FROM records ORDER BY id')).map((row) => row.id)).to.deep.equal([
      'answered-0',
      'answered-1',
    ]);
    expect(await count('SELECT COUNT(*) AS n FROM records WHERE shared IS NULL')).to.equal(0);
  });

  it('purges results and finished jobs nothing can use any more, and expired continue codes', async () => {
    const iso = (text: string): string => new Date(text).toISOString();
    const invitation = (id: string, appointmentAt: string | null, createdAt: string): Promise<unknown> =>
      db.write(
        'INSERT INTO invitations (id, code, coordinator_id, appointment_at, body, created_at) VALUES (?, ?, ?, ?, ?, ?)',
        [id, `CODE${id}`, 'aad-c', appointmentAt, 'sealed', iso(createdAt)],
      );
    const waiting = (invitationId: string, createdAt: string): Promise<unknown> =>
      db.write('INSERT INTO result_inbox (invitation_id, result_id, body, created_at) VALUES (?, ?, ?, ?)', [
        invitationId,
        `r-${createdAt}`,
        'sealed',
        iso(createdAt),
      ]);
    const job = (id: string, invitationId: string, doneAt: string | null): Promise<unknown> =>
      db.write(
        'INSERT INTO jobs (id, kind, invitation_id, due_at, state, outcome, done_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
        [
          id,
          'resultsReady',
          invitationId,
          iso('2025-11-01'),
          doneAt ? 'done' : 'pending',
          doneAt ? 'sent:sms' : null,
          doneAt ? iso(doneAt) : null,
          iso('2025-11-01'),
        ],
      );
    // The sweep runs on 1 January 2026.
    await invitation('past', '2025-12-20T10:00', '2025-11-01');
    await invitation('lastWeek', '2025-12-28T10:00', '2025-11-01');
    await invitation('soon', '2026-01-20', '2025-11-01');
    await invitation('undatedOld', null, '2025-11-01');
    await invitation('undatedNew', null, '2025-12-15');
    for (const id of ['past', 'lastWeek', 'soon', 'undatedOld', 'undatedNew', 'gone']) await waiting(id, '2025-12-10');
    await waiting('past', '2025-12-29');
    await job('j-past', 'past', '2025-12-20');
    await job('j-pending', 'past', null);
    await job('j-soon', 'soon', '2025-12-10');
    await job('j-undated', 'undatedNew', '2025-12-16');
    await job('j-undatedOld', 'undatedOld', '2025-11-20');
    await job('j-gone', 'gone', '2025-12-10');
    for (const [key, expires] of [
      ['expired', '2025-12-31T23:59:00Z'],
      ['live', '2026-01-01T00:05:00Z'],
    ])
      await db.write('INSERT INTO continue_codes (code_key, record_id, expires_at, created_at) VALUES (?, ?, ?, ?)', [
        key,
        'r',
        iso(expires),
        iso('2025-12-31T23:55:00Z'),
      ]);

    const result = await sweeper().sweep();

    expect(result).to.deep.include({ inbox: 3, jobs: 3, continueCodes: 1 });
    expect(
      (await db.all('SELECT invitation_id, created_at FROM result_inbox ORDER BY invitation_id, created_at')).map(
        (row) => `${String(row.invitation_id)} ${String(row.created_at).slice(0, 10)}`,
      ),
    ).to.deep.equal(['lastWeek 2025-12-10', 'past 2025-12-29', 'soon 2025-12-10', 'undatedNew 2025-12-10']);
    expect((await db.all('SELECT id FROM jobs ORDER BY id')).map((row) => row.id)).to.deep.equal([
      'j-pending',
      'j-soon',
      'j-undated',
    ]);
    expect(await db.all('SELECT code_key FROM continue_codes')).to.deep.equal([{ code_key: 'live' }]);
  });

  it('clears conversation state untouched for CAREPREP_STATE_DAYS, keeping newer state', async () => {
    const state = (key: string, at: Date): Promise<unknown> =>
      db.write('INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)', [
        key,
        'e',
        '{}',
        at.toISOString(),
      ]);
    for (let i = 0; i < 250; i++) await state(`webchat/conversations/old-${i}/`, now);
    await state('webchat/conversations/recent/', new Date(now.getTime() + 9 * day));
    now = new Date(now.getTime() + 11 * day);

    const result = await sweeper({ stateDays: 10 }).sweep();

    expect(result.states).to.equal(250);
    expect(await db.all('SELECT key FROM documents')).to.deep.equal([{ key: 'webchat/conversations/recent/' }]);
  });
});
