import { expect } from 'chai';
import type { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlStorage } from '../../storage/sqlStorage';
import { UnitOfWork } from '../../storage/unitOfWork';
import { engines, type OpenedDatabase } from '../support/engines';

for (const engine of engines)
  describe(`Unit of work: what a turn writes, committed once (${engine.name})`, () => {
    let opened: OpenedDatabase;
    let db: Database;
    let storage: SqlStorage;

    engine.require();
    beforeEach(async () => {
      opened = await engine.open();
      db = opened.db;
      storage = new SqlStorage(db, createSealer(null));
    });
    afterEach(async () => {
      await opened.close();
    });

    const stored = async (key: string): Promise<unknown> =>
      (await db.get('SELECT body FROM documents WHERE key = ?', [key]))?.body;

    it('commits every step in one transaction, and tells each step once it has', async () => {
      const unit = new UnitOfWork(db);
      const told: string[] = [];
      unit.set('a', (tx) => tx.run("INSERT INTO settings (name, value) VALUES ('a', '1')").then(() => undefined), {
        committed: () => told.push('a'),
      });
      unit.set('b', (tx) => tx.run("INSERT INTO settings (name, value) VALUES ('b', '2')").then(() => undefined), {
        committed: () => told.push('b'),
      });
      const before = db.stats.commits;

      await unit.commit();

      expect(db.stats.commits - before).to.equal(1);
      expect(told).to.deep.equal(['a', 'b']);
      expect(await db.all('SELECT name FROM settings ORDER BY name')).to.deep.equal([{ name: 'a' }, { name: 'b' }]);
    });

    it('writes nothing of a unit whose step fails, nor of one abandoned', async () => {
      const failing = new UnitOfWork(db);
      let abandonedOnFailure = false;
      failing.set('a', (tx) => tx.run("INSERT INTO settings (name, value) VALUES ('a', '1')").then(() => undefined), {
        abandoned: () => (abandonedOnFailure = true),
      });
      failing.set('b', () => Promise.reject(new Error('refused')));
      await failing.commit().catch(() => undefined);
      expect(abandonedOnFailure, 'told its step was not written').to.equal(true);
      const abandoned = new UnitOfWork(db);
      let told = false;
      abandoned.set('c', (tx) => tx.run("INSERT INTO settings (name, value) VALUES ('c', '1')").then(() => undefined), {
        abandoned: () => (told = true),
      });
      abandoned.abandon();
      await abandoned.commit();

      expect(await db.all('SELECT name FROM settings')).to.deep.equal([]);
      expect(told).to.equal(true);
    });

    it('writes an enlisted document saved twice in a turn once, checked against the eTag it was read with', async () => {
      await storage.write({ state: { step: 0 } });
      const read = (await storage.read(['state'])).state as { eTag: string };
      const unit = new UnitOfWork(db);
      const release = storage.enlist('state', unit);

      const first = await storage.writeItems({ state: { step: 1, eTag: read.eTag } });
      const second = await storage.writeItems({ state: { step: 2, eTag: first.state } });
      expect(await stored('state'), 'nothing written before the commit').to.equal('{"step":0}');
      expect((await storage.read(['state'])).state, 'read back as saved').to.deep.include({ step: 2 });
      const writes = db.stats.writes;
      await unit.commit();
      release();

      expect(db.stats.writes - writes).to.equal(1);
      expect(await stored('state')).to.equal('{"step":2}');
      expect((await storage.read(['state'])).state).to.deep.equal({ step: 2, eTag: second.state });
    });

    it('refuses, at the commit, an enlisted document someone else wrote since it was read', async () => {
      await storage.write({ state: { step: 0 } });
      const read = (await storage.read(['state'])).state as { eTag: string };
      const unit = new UnitOfWork(db);
      storage.enlist('state', unit);
      await storage.write({ state: { step: 1, eTag: read.eTag } });
      await new SqlStorage(db, createSealer(null)).write({ state: { step: 'theirs' } });

      const error = await unit.commit().then(
        () => undefined,
        (failed: unknown) => failed,
      );

      expect(error).to.have.property('code', 'storage_conflict');
      expect(await stored('state')).to.equal('{"step":"theirs"}');
    });

    it('deletes an enlisted document in the commit, dropping a write of it pending there', async () => {
      await storage.write({ state: { step: 0 } });
      const unit = new UnitOfWork(db);
      storage.enlist('state', unit);
      await storage.write({ state: { step: 1 } });
      await storage.delete(['state']);
      expect(await stored('state')).to.equal('{"step":0}');

      await unit.commit();

      expect(await stored('state')).to.equal(undefined);
    });
  });
