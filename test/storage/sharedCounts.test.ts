import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import {
  CodeAttempts,
  MemoryCodeAttempts,
  type CodeAttemptCounts,
  type CodeAttemptLimits,
} from '../../coordination/codeAttempts';
import type { Database } from '../../storage/database';
import { keyedIdentityKeys } from '../../storage/identityKeys';
import { PostgresCodeAttempts } from '../../storage/postgresCodeAttempts';
import { PostgresRateLimiter } from '../../storage/postgresRateLimiter';
import { RateLimiter, type AdmissionCounter, type RateLimits } from '../../storage/rateLimiter';
import { engines, type OpenedDatabase } from '../support/engines';

const keys = keyedIdentityKeys(randomBytes(32));
const rateLimits: RateLimits = { perAddress: 3, overall: 5, windowMs: 60_000 };
const codeLimits: CodeAttemptLimits = { maxFailures: 3, windowMs: 60 * 60_000, maxKeys: 100 };
const everyoneLimits: CodeAttemptLimits = { maxFailures: 3, windowMs: 10 * 60_000, maxKeys: 1 };

/** Counts as two instances would hold them: the same in memory, two connections to one database. */
interface Counts {
  admissions: [AdmissionCounter, AdmissionCounter];
  attempts: [CodeAttemptCounts, CodeAttemptCounts];
  /** The per-key counts with everyone's beside them, as the linkers hold them. */
  codes: [CodeAttempts, CodeAttempts];
  db?: Database;
}

interface Implementation {
  name: string;
  require(): void;
  open(clock: () => Date): Promise<Counts>;
  close(): Promise<void>;
}

const inMemory: Implementation = {
  name: 'in memory',
  require: () => undefined,
  open: (clock) => {
    const admissions = new RateLimiter(rateLimits, clock);
    const attempts = new MemoryCodeAttempts(clock, codeLimits);
    const codes = new CodeAttempts({ byKey: attempts, everyone: new MemoryCodeAttempts(clock, everyoneLimits) });
    return Promise.resolve({
      admissions: [admissions, admissions],
      attempts: [attempts, attempts],
      codes: [codes, codes],
    });
  },
  close: () => Promise.resolve(),
};

function inPostgres(): Implementation {
  const engine = engines.find((candidate) => candidate.name === 'postgres');
  if (!engine) throw new Error('no PostgreSQL engine');
  let opened: OpenedDatabase | undefined;
  let other: Database | undefined;
  return {
    name: 'PostgreSQL, two instances',
    require: () => engine.require(),
    open: async (clock) => {
      opened = await engine.open();
      other = await opened.reopen();
      const [a, b] = [opened.db, other];
      const codes = (db: Database): CodeAttempts =>
        new CodeAttempts({
          byKey: new PostgresCodeAttempts(db, 'codes', clock, keys, codeLimits),
          everyone: new PostgresCodeAttempts(db, 'continue-everyone', clock, keys, everyoneLimits),
        });
      return {
        admissions: [
          new PostgresRateLimiter(a, rateLimits, clock, keys),
          new PostgresRateLimiter(b, rateLimits, clock, keys),
        ],
        attempts: [
          new PostgresCodeAttempts(a, 'codes', clock, keys, codeLimits),
          new PostgresCodeAttempts(b, 'codes', clock, keys, codeLimits),
        ],
        codes: [codes(a), codes(b)],
        db: a,
      };
    },
    close: async () => {
      await other?.close();
      await opened?.close();
      [opened, other] = [undefined, undefined];
    },
  };
}

for (const implementation of [inMemory, inPostgres()])
  describe(`Counts that keep strangers in check (${implementation.name})`, () => {
    implementation.require();
    afterEach(() => implementation.close());
    let now = Date.parse('2026-04-01T09:00:10.000Z');
    const clock = (): Date => new Date(now);
    beforeEach(() => {
      now = Date.parse('2026-04-01T09:00:10.000Z');
    });

    it('admits an address three times a minute and everyone five, wherever they ask, and again the next minute', async () => {
      const { admissions } = await implementation.open(clock);
      const [a, b] = admissions;
      const take = async (at: AdmissionCounter, address: string) => (await at.take(address)).ok;
      expect([
        await take(a, '198.51.100.1'),
        await take(b, '198.51.100.1'),
        await take(a, '198.51.100.1'),
      ]).to.deep.equal([true, true, true]);
      expect(await b.take('198.51.100.1')).to.deep.equal({ ok: false, retryAfterSeconds: 50 });
      // The refusal left no trace in everyone's count: two more fit.
      expect([await take(b, '198.51.100.2'), await take(a, '198.51.100.3')]).to.deep.equal([true, true]);
      expect(await take(b, '198.51.100.4')).to.equal(false);
      now += 50_000;
      expect([await take(a, '198.51.100.1'), await take(b, '198.51.100.4')]).to.deep.equal([true, true]);
    });

    it('never admits more than the limits when many ask at once', async () => {
      const { admissions } = await implementation.open(clock);
      const asked = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => admissions[i % 2].take(`198.51.100.${i % 3}`)),
      );
      // Never more; fewer only if an address's refusal held a place in everyone's count at that moment.
      expect(asked.filter((admission) => admission.ok).length).to.be.within(1, 5);
    });

    it('locks out a key after three wrong codes, counted wherever they were tried, until an hour after the first', async () => {
      const { attempts } = await implementation.open(clock);
      const [a, b] = attempts;
      await a.fail(['conversation:sms:1', 'record:r1']);
      await b.fail(['conversation:sms:1', 'record:r1']);
      expect(await a.locked(['record:r1'])).to.equal(false);
      now += 30 * 60_000;
      await a.fail(['conversation:sms:2', 'record:r1']);
      expect(await b.locked(['conversation:sms:9', 'record:r1'])).to.equal(true);
      expect(await a.locked(['conversation:sms:1'])).to.equal(false);
      now += 29 * 60_000;
      expect(await b.locked(['record:r1'])).to.equal(true);
      now += 2 * 60_000;
      // An hour after the first wrong try the count starts again.
      expect(await a.locked(['record:r1'])).to.equal(false);
      await b.fail(['record:r1']);
      expect(await a.locked(['record:r1'])).to.equal(false);
    });

    it("counts everyone's wrong continue codes together wherever they were tried, and never invitation codes there", async () => {
      const { codes } = await implementation.open(clock);
      const [a, b] = codes;
      for (let i = 0; i < 5; i++) await [a, b][i % 2].fail([`sender:invited-${i}`]);
      const afterInvitations = await b.locked(['sender:new'], { everyone: true });
      for (let i = 0; i < 3; i++) await [a, b][i % 2].fail([`sender:guesser-${i}`], { everyone: true });

      expect(afterInvitations).to.equal(false);
      expect(await b.locked(['sender:new'], { everyone: true })).to.equal(true);
      expect(await a.locked(['sender:new']), 'an invitation code is not held up by them').to.equal(false);
      now += 11 * 60_000;
      expect(await a.locked(['sender:new'], { everyone: true })).to.equal(false);
    });
  });

describe('Shared counts in PostgreSQL', () => {
  const implementation = inPostgres();
  implementation.require();
  afterEach(() => implementation.close());
  const clock = (): Date => new Date();

  it('keep neither addresses nor the keys of wrong codes as they were given', async () => {
    const { admissions, attempts, db } = await implementation.open(clock);
    await admissions[0].take('198.51.100.77');
    await attempts[0].fail(['conversation:sms:+447700900123']);
    const stored = JSON.stringify([
      await db?.all('SELECT * FROM directline_creations'),
      await db?.all('SELECT * FROM code_attempts'),
    ]);
    expect(stored).to.contain('"used":1').and.contain('"failures":1');
    expect(stored).to.not.contain('198.51.100').and.not.contain('447700900123');
  });
});
