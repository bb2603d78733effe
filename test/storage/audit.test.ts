import { expect } from 'chai';
import type { Database } from '../../storage/database';
import { SqlAuditLog } from '../../storage/auditLog';
import { engines, type OpenedDatabase } from '../support/engines';

for (const engine of engines)
  describe(`The audit log (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let db: Database;
    let audit: SqlAuditLog;
    const at = new Date('2026-03-01T10:00:00.000Z');

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      db = opened.db;
      audit = new SqlAuditLog(db, () => at);
    });
    afterEach(async () => {
      await opened.close();
    });

    it('appends an entry with actor, action, subject and time', async () => {
      await audit.append({ actor: 'person', action: 'share', subject: 'rec-1', detail: { planVersion: 1 } });

      const [entry] = await audit.forSubject('rec-1');
      expect(entry).to.deep.include({ at: at.toISOString(), actor: 'person', action: 'share', subject: 'rec-1' });
      expect(entry.detail).to.deep.equal({ planVersion: 1 });
    });

    it('keeps entries in the order they were appended', async () => {
      for (const action of ['share', 'view', 'export'] as const)
        await audit.append({ actor: 'a', action, subject: 's' });

      expect((await audit.forSubject('s')).map((e) => e.action)).to.deep.equal(['share', 'view', 'export']);
    });

    it('refuses a detail that is not one of the known facts, so answers cannot be logged', async () => {
      const sneaky = { planVersion: 1, answer: 'I feel low' } as unknown as { planVersion: number };

      let failed = false;
      await audit.append({ actor: 'person', action: 'share', subject: 'rec-1', detail: sneaky }).catch(() => {
        failed = true;
      });
      expect(failed).to.equal(true);
      expect(await audit.forSubject('rec-1')).to.deep.equal([]);
    });

    it('refuses an UPDATE made straight in SQL', async () => {
      await audit.append({ actor: 'person', action: 'share', subject: 'rec-1' });

      let error: unknown;
      await db
        .transaction((tx) => tx.run("UPDATE audit_log SET actor = 'someone else'"))
        .catch((e: unknown) => {
          error = e;
        });
      expect(String(error)).to.match(/append-only/);
      expect((await audit.forSubject('rec-1'))[0].actor).to.equal('person');
    });

    it('refuses a DELETE made straight in SQL', async () => {
      await audit.append({ actor: 'person', action: 'share', subject: 'rec-1' });

      let error: unknown;
      await db
        .transaction((tx) => tx.run('DELETE FROM audit_log'))
        .catch((e: unknown) => {
          error = e;
        });
      expect(String(error)).to.match(/append-only/);
      expect(await audit.forSubject('rec-1')).to.have.length(1);
    });

    it('says a record was erased once a delete is logged for it', async () => {
      expect(await audit.wasErased('rec-1')).to.equal(false);
      await audit.append({ actor: 'person', action: 'delete', subject: 'rec-1' });

      expect(await audit.wasErased('rec-1')).to.equal(true);
    });
  });
