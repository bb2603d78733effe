import { createApp, type App, type AppOverrides } from '../../bot/app';
import { loadParts, type LoadedParts } from '../../bot/loadedParts';
import { loadConfig } from '../../bot/config';
import { openStorage } from '../../bot/storageWiring';
import { createLogger, silentLogger } from '../../bot/logger';
import type { Logger } from '../../plan/logger';
import { BotClient, type ChatClient } from './botClient';
import { TranscriptClient } from './transcriptClient';
import { copyMigrated } from './migratedTemplate';
import { tempDir } from './tempDb';

/** An app listening on an ephemeral loopback port, with its own temporary sqlite file. */
export interface RunningApp {
  app: App;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  dbPath: string;
  /** Closes the app (draining turns, closing the database), the listener and the temp folder. */
  stop(): Promise<void>;
}

let loaded: LoadedParts | undefined;

/** Content and safety data, loaded once for every app a test run starts: they never change while running. */
function sharedParts(): LoadedParts {
  loaded ??= loadParts();
  return loaded;
}

/**
 * Starts the real app in-process on 127.0.0.1:0 over a fresh temporary sqlite file.
 * `env` adds or replaces environment variables before `loadConfig` sees them.
 */
export async function startApp(
  options: { env?: NodeJS.ProcessEnv; logger?: Logger; overrides?: AppOverrides } = {},
): Promise<RunningApp> {
  const tmp = tempDir();
  const dbPath = tmp.file();
  // Test scripts text the next answer as soon as the replies come back, faster than any phone could
  // show them: only a test of texts sent at once sets the least time a reply takes to be seen.
  const config = loadConfig({ CAREPREP_DB: dbPath, NODE_ENV: 'test', CAREPREP_SMS_SEEN_AFTER_MS: '0', ...options.env });
  if (config.databaseUrl === undefined && config.dbPath === dbPath) await copyMigrated(config);
  const overrides = { ...options.overrides, loaded: { ...sharedParts(), ...options.overrides?.loaded } };
  const app = await createApp(config, options.logger ?? silentLogger, overrides);
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = app.server.address();
  let stopped = false;
  return {
    app,
    baseUrl: `http://127.0.0.1:${port}`,
    dbPath,
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        app.server.close(() => resolve());
        app.server.server.closeAllConnections();
      });
      await app.close();
      tmp.cleanup();
    },
  };
}

/**
 * Why the service would refuse to start with `env` (its config, then its storage), or '' if both
 * open: the same checks `createApp` makes first, run in this process. The refusal is what the
 * real process prints before it exits non-zero (shown on a real process in postgresStartup.test.ts
 * and config.test.ts).
 */
export async function startupRefusal(env: NodeJS.ProcessEnv): Promise<string> {
  try {
    await (await openStorage(loadConfig({ NODE_ENV: 'test', ...env }))).db.close();
    return '';
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Runs `body` against a fresh app whose log lines are captured, and always stops the app.
 * `lines` holds every structured log line the app wrote, for tests of what is (not) logged.
 */
export async function withApp<T>(
  body: (running: RunningApp, lines: string[]) => Promise<T>,
  options: { env?: NodeJS.ProcessEnv; overrides?: AppOverrides } = {},
): Promise<T> {
  const lines: string[] = [];
  const running = await startApp({ ...options, logger: createLogger('debug', (line) => lines.push(line)) });
  try {
    return await body(running, lines);
  } finally {
    await running.stop();
  }
}

/** A client on `running`'s app: at `TestAdapter` level (the default), or over HTTP to `/api/messages`. */
export function chatClient(
  running: RunningApp,
  options: { channelId?: string; conversationId?: string; userId?: string; over?: 'transcript' | 'http' } = {},
): ChatClient {
  const { over, ...rest } = options;
  return over === 'http' ? new BotClient(running.baseUrl, rest) : new TranscriptClient(running.app, rest);
}

/**
 * A fresh app and a client on `channelId` for each test of the enclosing `describe`, stopped
 * after it; the client talks at `TestAdapter` level unless `over` is 'http'. Read `running` and
 * `client` inside tests, not when the suite is defined.
 */
export function freshAppPerTest(
  channelId?: string,
  over: 'transcript' | 'http' = 'transcript',
): { readonly running: RunningApp; readonly client: ChatClient } {
  let running: RunningApp | undefined;
  let client: ChatClient | undefined;
  beforeEach(async () => {
    running = await startApp();
    client = chatClient(running, { channelId, over });
  });
  afterEach(() => running?.stop());
  return {
    get running(): RunningApp {
      if (!running) throw new Error('freshAppPerTest: read running inside a test');
      return running;
    },
    get client(): ChatClient {
      if (!client) throw new Error('freshAppPerTest: read client inside a test');
      return client;
    },
  };
}

/** An app whose clock a test moves on, a client on it, and how to move the clock. */
export interface ClockedApp {
  running: RunningApp;
  client: ChatClient;
  /** Moves the app's clock on by `minutes`. */
  later: (minutes: number) => void;
}

/**
 * Runs `body` on a fresh app whose clock starts at 2 February 2026, 10:00 UTC and moves only when
 * the test says, with a client on `channelId`; always stops the app.
 */
export async function withClockedApp(channelId: string, body: (app: ClockedApp) => Promise<void>): Promise<void> {
  let now = new Date('2026-02-02T10:00:00Z');
  const running = await startApp({ overrides: { clock: () => now } });
  try {
    await body({
      running,
      client: chatClient(running, { channelId }),
      later: (minutes) => void (now = new Date(now.getTime() + minutes * 60_000)),
    });
  } finally {
    await running.stop();
  }
}
