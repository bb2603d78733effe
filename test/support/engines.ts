import { openDatabase, type Database, type Engine } from '../../storage/database';
import { tempDir } from './tempDb';
import { requirePostgres, tempPostgres } from './tempPostgres';

/** A fresh, empty database on one engine, and how to close and remove it. */
export interface OpenedDatabase {
  db: Database;
  /** Where it is, as `openDatabase` takes it: open it again, or point a server process at it. */
  target: { url?: string; path: string };
  /** Opens the same database again (another connection, as another instance would). */
  reopen: () => Promise<Database>;
  close: () => Promise<void>;
}

/** One engine the contract suites run against. */
export interface EngineUnderTest {
  name: Engine;
  /** Registers what the calling suite needs first (PostgreSQL: a reachable server, or a skip). */
  require: () => void;
  open: () => Promise<OpenedDatabase>;
}

const sqlite: EngineUnderTest = {
  name: 'sqlite',
  require: () => undefined,
  open: async () => {
    const tmp = tempDir();
    const target = { path: tmp.file() };
    const db = await openDatabase(target);
    return {
      db,
      target,
      reopen: () => openDatabase(target),
      close: async () => {
        await db.close();
        tmp.cleanup();
      },
    };
  },
};

const postgres: EngineUnderTest = {
  name: 'postgres',
  require: () => {
    before(async function reachable() {
      await requirePostgres(this);
    });
  },
  open: async () => {
    const made = await tempPostgres({ migrated: true });
    const target = { url: made.url, path: '' };
    const db = await openDatabase(target);
    return {
      db,
      target,
      reopen: () => openDatabase(target),
      close: async () => {
        await db.close();
        // Dropped while the next test runs; one a killed run leaves is dropped by the next run.
        void made.drop().catch(() => undefined);
      },
    };
  },
};

/** Every engine: each contract suite runs once per entry. */
export const engines: readonly EngineUnderTest[] = [sqlite, postgres];

/**
 * Declares `title` once per engine, with a fresh database for each test: `body` gets a function
 * returning the current one.
 */
export function describeEngines(title: string, body: (current: () => OpenedDatabase, engine: Engine) => void): void {
  for (const engine of engines) {
    describe(`${title} (${engine.name})`, () => {
      let opened: OpenedDatabase | undefined;
      engine.require();
      beforeEach(async () => {
        opened = await engine.open();
      });
      afterEach(async () => {
        await opened?.close();
        opened = undefined;
      });
      body(() => {
        if (!opened) throw new Error('no database open');
        return opened;
      }, engine.name);
    });
  }
}
