import { createApp } from './app';
import { loadConfig } from './config';
import { readEnvFile } from './envFile';
import { createLogger } from './logger';
import { logUnhandledRejections } from './unhandledRejections';

/** Wiring only: config → storage → app → listen, and a graceful stop on SIGTERM/SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    readEnvFile();
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(1);
  }
  const logger = createLogger(config.logLevel);
  logUnhandledRejections(process, logger);
  const app = await createApp(config, logger);
  app.server.listen(config.port, config.host, () => {
    logger.info('listening', {
      url: `http://${config.host}:${app.server.address().port}`,
      auth: config.botAuth.appId !== '',
    });
  });

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info('stopping', { signal });
    // Stop accepting first, then let turns in flight finish before the database closes.
    app.server.close();
    app.server.server.closeIdleConnections();
    app
      .close()
      .then(() => {
        logger.info('stopped', {});
        process.exit(0);
      })
      .catch(() => process.exit(1));
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Careprep failed to start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
