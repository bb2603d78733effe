import { startServerProcess, type ServerProcess } from './serverProcess';
import { requirePostgres, tempPostgres } from './tempPostgres';

/** Whether a server process has been started and has not exited. */
export function running(server: ServerProcess | undefined): server is ServerProcess {
  return server !== undefined && server.child.exitCode === null && server.child.signalCode === null;
}

/** Two instances of the service sharing one PostgreSQL database, as the calling suite's tests see them. */
export interface TwoInstances {
  /** The database both use, for a test to reach behind them (a store, a lock held). */
  readonly databaseUrl: string;
  /** The instances; a test that kills one may put another in its place, and the suite stops that one. */
  a: ServerProcess;
  b: ServerProcess;
  /** Starts another instance on the same database, with the same settings. */
  start(): Promise<ServerProcess>;
}

/**
 * Gives the calling suite two real service processes (`startServerProcess`) on one fresh
 * PostgreSQL database, with `env` as their extra settings: started before its first test (or the
 * suite is skipped where no PostgreSQL answers, see `requirePostgres`), and killed, the database
 * dropped, after its last. Call it inside `describe`, where mocha's hooks attach to that suite.
 */
export function twoInstancesOnPostgres(env: NodeJS.ProcessEnv = {}): TwoInstances {
  let database: Awaited<ReturnType<typeof tempPostgres>> | undefined;
  let a: ServerProcess | undefined;
  let b: ServerProcess | undefined;
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('twoInstancesOnPostgres: the instances have not been started');
    return value;
  };
  const start = (): Promise<ServerProcess> =>
    startServerProcess({ dbPath: '', env: { CAREPREP_DATABASE_URL: started(database).url, ...env } });

  before(async function startTwoInstances() {
    await requirePostgres(this);
    database = await tempPostgres();
    [a, b] = await Promise.all([start(), start()]);
  });
  after(async function stopTwoInstances() {
    for (const server of [a, b]) {
      if (running(server)) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
    await database?.drop();
  });

  return {
    get databaseUrl() {
      return started(database).url;
    },
    get a() {
      return started(a);
    },
    set a(server: ServerProcess) {
      a = server;
    },
    get b() {
      return started(b);
    },
    set b(server: ServerProcess) {
      b = server;
    },
    start,
  };
}
