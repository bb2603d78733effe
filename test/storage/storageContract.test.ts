import { expect } from 'chai';
import { MemoryStorage, type Storage } from 'botbuilder';
import { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { SqlStorage } from '../../storage/sqlStorage';
import { isAppError } from '../../plan/appError';
import { describeEngines, engines } from '../support/engines';
import { tempDir } from '../support/tempDb';

interface Subject {
  name: string;
  require?: () => void;
  make: () => Promise<{ storage: Storage; close: () => Promise<void> }>;
}

const subjects: Subject[] = [
  {
    name: 'MemoryStorage',
    make: () => Promise.resolve({ storage: new MemoryStorage(), close: () => Promise.resolve() }),
  },
  ...engines.map((engine) => ({
    name: `SqlStorage on ${engine.name}`,
    require: engine.require,
    make: async () => {
      const opened = await engine.open();
      return { storage: new SqlStorage(opened.db, createSealer(null)), close: opened.close };
    },
  })),
];

for (const subject of subjects) {
  describe(`Storage contract: ${subject.name}`, () => {
    let storage: Storage;
    let close: () => Promise<void>;

    subject.require?.();
    beforeEach(async () => {
      ({ storage, close } = await subject.make());
    });
    afterEach(() => close());

    it('reads nothing for keys never written', async () => {
      expect(await storage.read(['missing'])).to.deep.equal({});
    });

    it('reads back what was written, with an eTag', async () => {
      await storage.write({ a: { answer: 'walk to the shops', n: 7 } });
      const items = await storage.read(['a']);
      expect(items.a).to.include({ answer: 'walk to the shops', n: 7 });
      expect(items.a.eTag).to.be.a('string').and.not.equal('');
    });

    it('gives every write a new eTag', async () => {
      await storage.write({ a: { v: 1 } });
      const first = (await storage.read(['a'])).a.eTag as string;
      await storage.write({ a: { v: 2, eTag: first } });
      const second = (await storage.read(['a'])).a.eTag as string;
      expect(second).to.not.equal(first);
    });

    it('refuses a write with a stale eTag and keeps the newer value', async () => {
      await storage.write({ a: { v: 1 } });
      const stale = (await storage.read(['a'])).a.eTag as string;
      await storage.write({ a: { v: 2, eTag: stale } });
      let failed: unknown;
      try {
        await storage.write({ a: { v: 3, eTag: stale } });
      } catch (error) {
        failed = error;
      }
      expect(failed, 'stale write must fail').to.be.instanceOf(Error);
      expect((await storage.read(['a'])).a.v).to.equal(2);
    });

    it('overwrites with eTag "*" or with no eTag', async () => {
      await storage.write({ a: { v: 1 } });
      await storage.write({ a: { v: 2, eTag: '*' } });
      expect((await storage.read(['a'])).a.v).to.equal(2);
      await storage.write({ a: { v: 3 } });
      expect((await storage.read(['a'])).a.v).to.equal(3);
    });

    it('deletes items, and deleting a missing key is harmless', async () => {
      await storage.write({ a: { v: 1 }, b: { v: 2 } });
      await storage.delete(['a', 'nope']);
      const items = await storage.read(['a', 'b']);
      expect(Object.keys(items)).to.deep.equal(['b']);
    });

    it('keeps text with emoji, HTML and quotes exactly', async () => {
      const text = '<script>alert("x")</script> 😊 don’t — “quoted”';
      await storage.write({ a: { text } });
      expect((await storage.read(['a'])).a.text).to.equal(text);
    });
  });
}

describeEngines('Conversation state with eTags', (current) => {
  it('fails a stale write with the typed storage_conflict error', async () => {
    const { db } = current();
    const storage = new SqlStorage(db, createSealer(null));
    await storage.write({ a: { v: 1 } });
    const stale = (await storage.read(['a'])).a.eTag as string;
    await storage.write({ a: { v: 2, eTag: stale } });
    const error = await storage.write({ a: { v: 3, eTag: stale } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error, 'storage_conflict')).to.equal(true);
  });

  it('lets exactly one of two racing writers with the same eTag win', async () => {
    const { db } = current();
    const storage = new SqlStorage(db, createSealer(null));
    await storage.write({ a: { v: 0 } });
    const eTag = (await storage.read(['a'])).a.eTag as string;
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) => storage.write({ a: { v: i + 1, eTag } })),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).to.have.length(1);
  });

  it('writes several items together or not at all', async () => {
    const { db } = current();
    const storage = new SqlStorage(db, createSealer(null));
    await storage.write({ a: { v: 1 }, b: { v: 1 } });
    const { a, b } = await storage.read(['a', 'b']);
    await storage.write({ b: { v: 2, eTag: '*' } });
    const error = await storage.write({ a: { v: 3, eTag: a.eTag }, b: { v: 3, eTag: b.eTag } }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error, 'storage_conflict')).to.equal(true);
    const after = await storage.read(['a', 'b']);
    expect([after.a.v, after.b.v]).to.deep.equal([1, 2]);
    await storage.write({ a: { v: 4, eTag: a.eTag }, c: { v: 4, eTag: 'never-written' } });
    const written = await storage.read(['a', 'c']);
    expect([written.a.v, written.c.v]).to.deep.equal([4, 4]);
  });
});

describe('SqlStorage on a file', () => {
  it('keeps data across closing and reopening the file', async () => {
    const tmp = tempDir();
    try {
      const first = await Database.open(tmp.file());
      await new SqlStorage(first, createSealer(null)).write({ a: { v: 'kept' } });
      await first.close();
      const second = await Database.open(tmp.file());
      expect((await new SqlStorage(second, createSealer(null)).read(['a'])).a.v).to.equal('kept');
      await second.close();
    } finally {
      tmp.cleanup();
    }
  });
});
