import { createApp, type App, type AppOverrides } from '../../bot/app';
import { loadConfig } from '../../bot/config';
import { silentLogger, type Logger } from '../../bot/logger';
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

/**
 * Starts the real app in-process on 127.0.0.1:0 over a fresh temporary sqlite file.
 * `env` adds or replaces environment variables before `loadConfig` sees them.
 */
export async function startApp(
  options: { env?: NodeJS.ProcessEnv; logger?: Logger; overrides?: AppOverrides } = {},
): Promise<RunningApp> {
  const tmp = tempDir();
  const dbPath = tmp.file();
  const config = loadConfig({ CAREPREP_DB: dbPath, NODE_ENV: 'test', ...options.env });
  const app = await createApp(config, options.logger ?? silentLogger, options.overrides);
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
