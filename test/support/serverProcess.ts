import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { get } from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { serviceBundle } from './serverBundle';

const root = join(__dirname, '..', '..');

/** A loopback port that was free a moment ago: listen on 0, note the port, close. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * GET on a fresh connection (no keep-alive pool), so a stopped server shows as refused rather
 * than as a reused socket. Resolves the status, rejects when nothing answers.
 */
export function getStatus(url: string, timeoutMs = 1000): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = get(url, { agent: false, timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.once('timeout', () => request.destroy(new Error('timed out')));
    request.once('error', reject);
  });
}

/**
 * How long a real process may take to answer `GET /healthz`: a guard against a server that never
 * comes up, not a measure of start-up speed (that is the benchmark's). A start costs about 3 s of
 * CPU; with the test files running in parallel on a shared 2-core machine, starts have taken 20 s
 * and more.
 */
export const serverReadyTimeoutMs = 60_000;

/** A mocha timeout for a test that starts real processes: a few starts, and the work between them. */
export const realProcessTestTimeoutMs = 4 * serverReadyTimeoutMs;

/** Ports servers started here have listened on. */
const usedPorts = new Set<number>();

/**
 * A free loopback port no server started here has listened on. fetch keeps connections to an
 * address open for reuse; a server restarted on its predecessor's port (after a SIGKILL, say)
 * would have its first request sent down a connection to the dead process, and fail.
 */
async function unusedPort(): Promise<number> {
  for (;;) {
    const port = await freePort();
    if (!usedPorts.has(port)) {
      usedPorts.add(port);
      return port;
    }
  }
}

/** Every server process started here and not yet gone, killed when this test process exits. */
const live = new Set<ChildProcessWithoutNullStreams>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** The real service (`bot/index.ts`) running as a child process. */
export interface ServerProcess {
  child: ChildProcessWithoutNullStreams;
  baseUrl: string;
  /** Everything the process wrote to stdout (its JSON log lines) and stderr so far. */
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code and signal once the process has gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Whether a service's log holds its line saying it listens. */
function listening(log: string): boolean {
  return log.split('\n').some((line) => line.includes('"event":"listening"'));
}

/**
 * Starts the service (`bot/index.ts`, bundled from the source by `serviceBundle`) in its own
 * Node process, run by node itself so that a SIGKILL reaches the service and leaves no grandchild
 * behind, and waits until `GET /healthz` answers 200.
 */
export async function startServerProcess(options: {
  dbPath: string;
  port?: number;
  env?: NodeJS.ProcessEnv;
  readyTimeoutMs?: number;
  /** The folder it starts in (where it looks for `.env`); the repository by default. */
  cwd?: string;
  /** Node flags before the entry point, e.g. the ones `npm start` uses. */
  nodeFlags?: string[];
}): Promise<ServerProcess> {
  const port = options.port ?? (await unusedPort());
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    PORT: String(port),
    // Empty when CAREPREP_DATABASE_URL names the database instead.
    ...(options.dbPath ? { CAREPREP_DB: options.dbPath } : {}),
    CAREPREP_LOG_LEVEL: 'info',
    ...options.env,
  };
  const child = spawn(process.execPath, [...(options.nodeFlags ?? []), serviceBundle()], {
    cwd: options.cwd ?? root,
    env,
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  live.add(child);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => {
      live.delete(child);
      resolve({ code, signal });
    }),
  );
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? serverReadyTimeoutMs);
  let gone = false;
  void exited.then(() => (gone = true));
  for (;;) {
    if (gone) throw new Error(`The server exited before it was ready: ${err}`);
    // Only once this child says it listens: until then a 200 could come from a server of another
    // test process that took the port after it was found free (this child then fails to listen).
    const status = listening(out) ? await getStatus(`${baseUrl}/healthz`, 500).catch(() => 0) : 0;
    if (status === 200) break;
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not become ready within the deadline: ${err}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { child, baseUrl, stdout: () => out, stderr: () => err, exited };
}
