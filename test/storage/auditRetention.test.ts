import { expect } from 'chai';
import { newRecord } from '../../plan/record';
import { SqlAuditLog } from '../../storage/auditLog';
import type { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlIdentityStore } from '../../storage/identityStore';
import { SqlOwnCopyLinks } from '../../storage/ownCopyLinks';
import { SqlRecordStore } from '../../storage/recordStore';
import { RetentionSweeper, type SweepResult } from '../../storage/retention';
import { engines, type OpenedDatabase } from '../support/engines';

const day = 86_400_000;

for (const engine of engines)
  describe(`Retention: records untouched for N days are purged (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let db: Database;
    let now: Date;
    const clock = (): Date => now;
    let records: SqlRecordStore;
    let identities: SqlIdentityStore;
    let links: SqlOwnCopyLinks;
    let audit: SqlAuditLog;
    let sweeper: RetentionSweeper;

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      db = opened.db;
      now = new Date('2026-01-01T00:00:00.000Z');
      records = new SqlRecordStore(db, createSealer(null));
      identities = new SqlIdentityStore(db, clock);
      links = new SqlOwnCopyLinks(db, clock, 1000);
      audit = new SqlAuditLog(db, clock);
      sweeper = new RetentionSweeper({ db, records, audit, clock, retentionDays: 30 });
    });
    afterEach(async () => {
      await sweeper.stop();
      await opened.close();
    });

    async function seed(id: string): Promise<string> {
      await records.put(newRecord(id, now), null);
      await identities.link('sms', `+4477009000${id.length}${id}`, id);
      return (await links.issue(id)).token;
    }

    it('keeps a record touched within the period', async () => {
      await seed('fresh');
      now = new Date(now.getTime() + 29 * day);

      expect((await sweeper.sweep()).records).to.equal(0);
      expect(await records.get('fresh')).to.not.equal(null);
    });

    it('purges a record untouched for longer, with its identities and links', async () => {
      const token = await seed('old');
      now = new Date(now.getTime() + 31 * day);

      expect((await sweeper.sweep()).records).to.equal(1);
      expect(await records.get('old')).to.equal(null);
      expect(await identities.recordFor('sms', '+44770090003old')).to.equal(null);
      expect(await links.resolve(token)).to.deep.equal({ ok: false, reason: 'unknown' });
    });

    it('purges conversation state untouched for as long', async () => {
      await db.transaction((tx) =>
        tx.run('INSERT INTO documents (key, etag, body, updated_at) VALUES (?, ?, ?, ?)', [
          'sms/conversations/x',
          'e1',
          '{}',
          now.toISOString(),
        ]),
      );
      now = new Date(now.getTime() + 31 * day);

      expect((await sweeper.sweep()).states).to.equal(1);
    });

    it('leaves a purge in the audit log, by the retention job', async () => {
      await seed('old');
      now = new Date(now.getTime() + 31 * day);
      await sweeper.sweep();

      const [entry] = await audit.forSubject('old');
      expect(entry).to.deep.include({ actor: 'system:retention', action: 'purge', subject: 'old' });
    });

    it('tells listeners a shared plan is withdrawn before purging it', async () => {
      const told: string[] = [];
      sweeper = new RetentionSweeper({
        db,
        records,
        audit,
        clock,
        retentionDays: 30,
        withdrawn: (record) => Promise.resolve(void told.push(record.id)),
      });
      const record = newRecord('shared', now);
      record.status = 'shared';
      record.shared = {
        at: now.toISOString(),
        planVersion: 1,
        answers: {},
        carerViews: {},
        flags: [],
        consent: {
          at: now.toISOString(),
          planVersion: 1,
          decision: 'share',
          by: 'person',
          recipients: ['leadContact'],
          excludedSections: [],
        },
      };
      await records.put(record, null);
      now = new Date(now.getTime() + 31 * day);
      await sweeper.sweep();

      expect(told).to.deep.equal(['shared']);
    });

    it('sweeps once on start and stops cleanly', async () => {
      await seed('old');
      now = new Date(now.getTime() + 31 * day);
      const swept = new Promise<SweepResult>((resolve) => {
        sweeper = new RetentionSweeper({ db, records, audit, clock, retentionDays: 30, onSwept: resolve });
      });
      sweeper.start(60_000);
      expect((await swept).records).to.equal(1);
      await sweeper.stop();

      expect(await records.get('old')).to.equal(null);
    });

    it('stops a sweep under way after the batch it is in, without waiting for the rest', async () => {
      for (let i = 0; i < 5; i++) await seed(`old-${i}`);
      now = new Date(now.getTime() + 31 * day);
      let told = false;
      sweeper = new RetentionSweeper({
        db,
        records,
        audit,
        clock,
        retentionDays: 30,
        batchSize: 5,
        onSwept: () => (told = true),
      });
      sweeper.start(60_000);
      await sweeper.stop();

      expect(Number((await db.get('SELECT COUNT(*) AS n FROM records'))?.n)).to.be.greaterThan(0);
      expect(told).to.equal(true);
    });
  });
