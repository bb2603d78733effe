import type { RouteModule } from '../server';

/** `GET /healthz`: 200 `{"status":"ok"}` once storage is open, 503 while it is not. */
export function healthRoutes(isReady: () => boolean): RouteModule {
  return (app) => {
    app.get('/healthz', (_req, res, next) => {
      if (isReady()) res.send(200, { status: 'ok' });
      else res.send(503, { status: 'starting' });
      next();
    });
  };
}
