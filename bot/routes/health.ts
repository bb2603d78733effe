import type { Database } from '../../storage/database';
import type { RouteModule } from '../server';

/** Longer than this and the database counts as down: a load balancer should try another instance. */
const pingTimeoutMs = 2000;

function answers(db: Database): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), pingTimeoutMs);
  });
  return Promise.race([
    db.ping().then(
      () => true,
      () => false,
    ),
    late,
  ]).finally(() => clearTimeout(timer));
}

/**
 * `GET /healthz`: 200 `{"status":"ok","database":{"engine":…,"ok":true}}` once storage is open and
 * answering; 503 while starting, or while the database does not answer (so a load balancer sends
 * people to an instance that can save their answers).
 */
export function healthRoutes(isReady: () => boolean, db: Database): RouteModule {
  return (app) => {
    app.get('/healthz', async (_req, res) => {
      if (!isReady()) {
        res.send(503, { status: 'starting' });
        return;
      }
      const ok = await answers(db);
      res.send(ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', database: { engine: db.engine, ok } });
    });
  };
}
