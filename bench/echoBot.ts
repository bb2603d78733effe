/**
 * The framework's floor: a bare Bot Framework bot on Careprep's stack (restify 11, CloudAdapter
 * with auth off, botbuilder 4.23.3) whose `ActivityHandler` echoes each message once. It runs in
 * its own process with `npm start`'s Node flags, like the app (`startBenchPeer`), so that
 * `npm run bench -- --peer echo` can state every figure as a ratio to what the framework alone
 * costs on the same machine, in the same run. Nothing of Careprep is imported.
 */
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import restify from 'restify';

/** Echoes the text of each message, once. */
class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }
}

async function main(): Promise<void> {
  // No app id: auth is off, as in the benchmark's Careprep.
  const auth = new ConfigurationBotFrameworkAuthentication({});
  const adapter = new CloudAdapter(auth);
  const bot = new EchoBot();
  const server = restify.createServer();
  // As the app's server does (bot/server.ts): with Node's 5 s, the harness reused a connection as
  // the echo bot closed it, and a run under load ended in ECONNRESET.
  server.server.keepAliveTimeout = 65_000;
  server.server.headersTimeout = 66_000;
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address();
  process.on('message', (message) => {
    if (message !== 'stop') return;
    server.close();
    server.server.closeAllConnections();
    process.exit(0);
  });
  process.send?.({ baseUrl: `http://127.0.0.1:${port}` });
}

main().catch((error: unknown) => {
  process.stderr.write(`echo bot failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
