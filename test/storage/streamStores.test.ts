import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import type { Database } from '../../storage/database';
import { createSealer } from '../../storage/encryption';
import { ConversationStreams } from '../../storage/memoryStreams';
import { PostgresStreams } from '../../storage/postgresStreams';
import type { ConversationLimits, StreamStore } from '../../storage/streamStore';
import { engines, type OpenedDatabase } from '../support/engines';

const limits: ConversationLimits = {
  maxConversations: 3,
  maxActivities: 5,
  maxStreamBytes: 4096,
  maxTotalBytes: 1024 * 1024,
  idleMs: 60_000,
  liveMs: 10_000,
};

/** A store under test, and what it holds, read without using any stream. */
interface Held {
  streams: StreamStore;
  has(id: string): Promise<boolean>;
  count(): Promise<number>;
  bytes(): Promise<number>;
}

/** One implementation of the port: a fresh store on `clock` and `limits`. */
interface StoreUnderTest {
  name: string;
  /** Registers what the suite needs first (PostgreSQL: a reachable server, or a skip). */
  require(): void;
  open(clock: () => Date, limits: ConversationLimits): Promise<Held>;
  close(): Promise<void>;
}

function inMemory(): StoreUnderTest {
  return {
    name: 'in memory',
    require: () => undefined,
    open: (clock, chosen) => {
      const streams = new ConversationStreams(clock, chosen);
      return Promise.resolve({
        streams,
        has: (id) => Promise.resolve(streams.has(id)),
        count: () => Promise.resolve(streams.size),
        bytes: () => Promise.resolve(streams.bytes),
      });
    },
    close: () => Promise.resolve(),
  };
}

const key = randomBytes(32);

function inPostgres(): StoreUnderTest {
  const engine = engines.find((candidate) => candidate.name === 'postgres');
  if (!engine) throw new Error('no PostgreSQL engine');
  let opened: OpenedDatabase | undefined;
  return {
    name: 'PostgreSQL',
    require: () => engine.require(),
    open: async (clock, chosen) => {
      opened = await engine.open();
      const db: Database = opened.db;
      // The budget of all streams is checked on every append here, not once a second.
      const streams = new PostgresStreams(db, createSealer(key), clock, chosen, { budgetCheckMs: 0 });
      const idleBefore = (): number => clock().getTime() - chosen.idleMs;
      return {
        streams,
        has: async (id) =>
          (await db.get('SELECT 1 AS found FROM directline_streams WHERE conversation_id = ? AND used_at >= ?', [
            id,
            idleBefore(),
          ])) !== undefined,
        count: async () => Number((await db.get('SELECT COUNT(*) AS n FROM directline_streams'))?.n),
        bytes: async () => Number((await db.get('SELECT COALESCE(SUM(bytes), 0) AS b FROM directline_streams'))?.b),
      };
    },
    close: async () => {
      await opened?.close();
      opened = undefined;
    },
  };
}

for (const store of [inMemory(), inPostgres()])
  describe(`Direct Line conversation streams (${store.name})`, () => {
    store.require();
    afterEach(() => store.close());

    let now = 0;
    const clock = (): Date => new Date(now);
    const open = (chosen: Partial<ConversationLimits> = {}): Promise<Held> =>
      store.open(clock, { ...limits, ...chosen });
    const created = async (streams: StreamStore, userId: string): Promise<string> => {
      const result = await streams.create(userId);
      if (!result.ok) throw new Error('no room');
      return result.id;
    };
    const texts = async (streams: StreamStore, id: string, watermark: string | undefined) =>
      (await streams.since(id, watermark))?.activities.map((a) => a.text);
    beforeEach(() => {
      now = 0;
    });

    it('makes room by forgetting the least recently used conversation once nobody has used it for a while', async () => {
      const held = await open();
      const a = await created(held.streams, 'u1');
      now += 1;
      const b = await created(held.streams, 'u2');
      now += 1;
      const c = await created(held.streams, 'u3');
      now += 11_000;
      await held.streams.append(a, { type: 'message' });
      await created(held.streams, 'u4');
      expect(await held.has(a)).to.equal(true);
      expect(await held.has(b)).to.equal(false);
      expect(await held.has(c)).to.equal(true);
      expect(await held.count()).to.equal(3);
    });

    it('forgets streams nobody has used for the idle time, with what they held, when swept', async () => {
      const held = await open({ maxConversations: 100 });
      const idle = [await created(held.streams, 'u1'), await created(held.streams, 'u2')];
      for (const id of idle) await held.streams.append(id, { type: 'message', text: 'x'.repeat(500) });
      now += 30_000;
      const used = await created(held.streams, 'u3');
      await held.streams.append(used, { type: 'message', text: 'hello' });
      now += 40_000;

      expect(await held.streams.sweep()).to.equal(2);
      expect(await held.count()).to.equal(1);
      expect(await held.has(used)).to.equal(true);
      expect(await held.bytes()).to.be.below(500);
    });

    it('refuses a new conversation rather than evict one someone is using', async () => {
      const held = await open();
      const ids = [
        await created(held.streams, 'u1'),
        await created(held.streams, 'u2'),
        await created(held.streams, 'u3'),
      ];
      now += 9_000;
      expect(await held.streams.create('u4')).to.deep.equal({ ok: false, retryAfterSeconds: 10 });
      for (const id of ids) expect(await held.has(id)).to.equal(true);
    });

    it('keeps only the latest unread activities, with the watermark still counting', async () => {
      const held = await open();
      const id = await created(held.streams, 'u1');
      const first = (await held.streams.since(id, ''))?.watermark;
      for (let i = 0; i < 8; i++) await held.streams.append(id, { type: 'message', text: String(i) });
      const page = await held.streams.since(id, '');
      expect(page?.activities.map((a) => a.text)).to.deep.equal(['3', '4', '5', '6', '7']);
      expect(Number(page?.watermark) - Number(first)).to.equal(8);
    });

    it('drops what the client has read once its watermark passes it', async () => {
      const held = await open();
      const id = await created(held.streams, 'u1');
      await held.streams.append(id, { type: 'message', text: 'one' });
      const read = await held.streams.since(id, '');
      const before = await held.bytes();
      await held.streams.append(id, { type: 'message', text: 'two' });
      expect(await texts(held.streams, id, read?.watermark)).to.deep.equal(['two']);
      expect(await held.bytes()).to.be.lessThan(before * 2);
    });

    it('keeps a stream within its byte limit, newest activity always kept', async () => {
      const held = await open();
      const id = await created(held.streams, 'u1');
      for (let i = 0; i < 4; i++) await held.streams.append(id, { type: 'message', text: 'x'.repeat(1500) });
      expect(await held.bytes()).to.be.at.most(4096);
      await held.streams.append(id, { type: 'message', text: 'y'.repeat(10_000) });
      expect((await texts(held.streams, id, ''))?.map((text) => (text as string)[0])).to.deep.equal(['y']);
    });

    it('trims the least recently used streams first when all streams together pass their budget', async () => {
      const held = await open({ maxStreamBytes: 8000, maxTotalBytes: 6000 });
      const [a, b] = [await created(held.streams, 'u1'), await created(held.streams, 'u2')];
      await held.streams.append(a, { type: 'message', text: 'a'.repeat(2500) });
      now += 1;
      await held.streams.append(b, { type: 'message', text: 'b'.repeat(2500) });
      now += 1;
      await held.streams.append(b, { type: 'message', text: 'c'.repeat(2500) });
      expect(await held.bytes()).to.be.at.most(6000);
      expect(await texts(held.streams, a, '')).to.deep.equal([]);
      expect(await texts(held.streams, b, '')).to.have.length(2);
    });

    it('rebuilds a forgotten stream for its token holder, started, reading whole from an old watermark with new ids', async () => {
      now = 1_000;
      const held = await open();
      const id = await created(held.streams, 'u1');
      await held.streams.start(id, 'u1');
      const old = await held.streams.append(id, { type: 'message', text: 'before' });
      const oldWatermark = (await held.streams.since(id, ''))?.watermark;
      now += 61_000;
      expect(await held.has(id)).to.equal(false);
      expect(await held.streams.since(id, oldWatermark)).to.equal(undefined);
      await held.streams.attach(id, 'u1');
      expect(await held.streams.start(id, 'u1')).to.equal(false);
      const again = await held.streams.append(id, { type: 'message', text: 'after' });
      expect(await texts(held.streams, id, oldWatermark)).to.deep.equal(['after']);
      expect(again?.id).to.not.equal(old?.id);
    });

    it('starts a conversation once, and again only when it was forgotten meanwhile', async () => {
      const held = await open();
      const id = await created(held.streams, 'u1');
      expect(await held.streams.start(id, 'u1')).to.equal(true);
      expect(await held.streams.start(id, 'u1')).to.equal(false);
      now += 61_000;
      expect(await held.streams.start(id, 'u1')).to.equal(true);
    });

    it('forgets a conversation left idle too long', async () => {
      const held = await open();
      const id = await created(held.streams, 'u1');
      now += 61_000;
      expect(await held.has(id)).to.equal(false);
      expect(await held.streams.append(id, { type: 'message', text: 'late' })).to.equal(undefined);
    });

    it('stamps each activity with its conversation, a numbered id and a strictly increasing timestamp', async () => {
      now = Date.parse('2026-04-01T09:00:00.000Z');
      const held = await open();
      const id = await created(held.streams, 'u1');
      const first = await held.streams.append(id, { text: 'no type given' });
      const second = await held.streams.append(id, { type: 'message', text: 'same moment' });
      const page = await held.streams.since(id, '');
      expect(page?.activities).to.deep.equal([first, second]);
      expect(first).to.include({ type: 'message', timestamp: '2026-04-01T09:00:00.000Z' });
      expect(second?.timestamp).to.equal('2026-04-01T09:00:00.001Z');
      expect(first?.conversation).to.deep.equal({ id });
      expect(second?.id).to.equal(`${id}|${page?.watermark}`);
    });
  });

describe('Direct Line streams shared by two instances (PostgreSQL)', () => {
  const engine = engines.find((candidate) => candidate.name === 'postgres');
  engine?.require();
  let opened: OpenedDatabase | undefined;
  let other: Database | undefined;
  afterEach(async () => {
    await other?.close();
    await opened?.close();
  });
  const clock = (): Date => new Date();

  it('numbers activities appended by both at once in one sequence, each read once, in order, by either', async () => {
    if (!engine) throw new Error('no PostgreSQL engine');
    opened = await engine.open();
    other = await opened.reopen();
    const sealer = createSealer(key);
    const [a, b] = [opened.db, other].map((db) => new PostgresStreams(db, sealer, clock));
    const created = await a.create();
    if (!created.ok) throw new Error('no room');
    const id = created.id;
    const posted = await Promise.all(
      Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).append(id, { type: 'message', text: `m${i}` })),
    );
    const ids = posted.map((activity) => activity?.id);
    expect(new Set(ids).size).to.equal(40);

    const seen: string[] = [];
    let watermark: string | undefined;
    for (let poll = 0; poll < 4; poll++) {
      const page = await (poll % 2 ? a : b).since(id, watermark);
      seen.push(...(page?.activities.map((activity) => activity.id) ?? []));
      watermark = page?.watermark;
      if (poll === 1) await a.append(id, { type: 'message', text: 'late' });
    }
    expect(seen).to.have.length(41);
    expect(seen.slice(0, 40)).to.deep.equal([...ids].sort());
    expect(await opened.db.get('SELECT COUNT(*) AS n FROM directline_activities')).to.deep.equal({ n: 0 });
  });

  it('keeps what was said sealed in the database', async () => {
    if (!engine) throw new Error('no PostgreSQL engine');
    opened = await engine.open();
    const streams = new PostgresStreams(opened.db, createSealer(key), clock);
    const created = await streams.create();
    if (!created.ok) throw new Error('no room');
    await streams.append(created.id, { type: 'message', text: 'I live with my daughter Jean' });
    const rows = await opened.db.all('SELECT body FROM directline_activities');
    expect(rows).to.have.length(1);
    expect(JSON.stringify(rows)).to.not.contain('Jean');
    const elsewhere = new PostgresStreams(opened.db, createSealer(randomBytes(32)), clock);
    const refused = await elsewhere.since(created.id, '').then(
      () => 'opened',
      () => 'refused',
    );
    expect(refused).to.equal('refused');
  });
});
