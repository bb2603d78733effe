import { expect } from 'chai';
import { SqlAuditLog } from '../../storage/auditLog';
import { createSealer } from '../../storage/encryption';
import { SqlRecordStore } from '../../storage/recordStore';
import { RetentionSweeper } from '../../storage/retention';
import { SqlSmsSidDigests } from '../../storage/smsSidDigests';
import { engines, type OpenedDatabase } from '../support/engines';

const day = 86_400_000;

for (const engine of engines)
  describe(`SMS texts processed are remembered as digests for the retention period (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let now = Date.parse('2026-01-01T00:00:00Z');
    const clock = (): Date => new Date(now);
    let digests: SqlSmsSidDigests;

    engine.require();
    beforeEach(async () => {
      now = Date.parse('2026-01-01T00:00:00Z');
      opened = await engine.open();
      digests = new SqlSmsSidDigests(opened.db, clock);
    });
    afterEach(() => opened.close());

    const sweep = (retentionDays: number) =>
      new RetentionSweeper({
        db: opened.db,
        records: new SqlRecordStore(opened.db, createSealer(null)),
        audit: new SqlAuditLog(opened.db, clock),
        clock,
        retentionDays,
      }).sweep();

    it('knows a text 200 days later, and remembering it twice adds nothing', async () => {
      await digests.remember('SM0123456789abcdef0123456789abcdef');
      await digests.remember('SM0123456789abcdef0123456789abcdef');
      now += 200 * day;
      expect((await sweep(365)).smsSidDigests).to.equal(0);
      expect(await digests.seen('SM0123456789abcdef0123456789abcdef')).to.equal(true);
      expect(await digests.seen('SM0123456789abcdef0123456789abcdee')).to.equal(false);
      expect(Number((await opened.db.get('SELECT COUNT(*) AS n FROM sms_sid_digests'))?.n)).to.equal(1);
    });

    it('forgets a text once the retention period is past, and only then', async () => {
      await digests.remember('SMold');
      now += 20 * day;
      await digests.remember('SMnewer');
      now += 11 * day;
      expect((await sweep(30)).smsSidDigests).to.equal(1);
      expect(await digests.seen('SMold')).to.equal(false);
      expect(await digests.seen('SMnewer')).to.equal(true);
    });
  });
