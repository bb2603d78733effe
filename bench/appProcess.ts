/**
 * The app under test, in its own process: the benchmark's clients and fake services run in the
 * parent, so the two do not share one event loop and the figures describe the service alone.
 * Started by `startBenchApp`; reports its address over IPC and stops on a "stop" message.
 */
import { createApp } from '../bot/app';
import { loadConfig } from '../bot/config';
import { silentLogger } from '../bot/logger';

async function main(): Promise<void> {
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const app = await createApp(config, silentLogger, { memoryState: process.env.BENCH_STATE_STORE === 'memory' });
  await new Promise<void>((resolve) => {
    app.server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = app.server.address();
  process.on('message', (message) => {
    if (message !== 'stop') return;
    app.server.close();
    app.server.server.closeAllConnections();
    void app.close().then(() => process.exit(0));
  });
  process.send?.({ baseUrl: `http://127.0.0.1:${port}` });
}

main().catch((error: unknown) => {
  process.stderr.write(`bench app failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
