/**
 * Every route the service answers, on the server that answers them: health, the web chat page,
 * each channel's own, the system API (plans, then invitations and results) and the own-copy pages.
 * A channel that posts a form (the Twilio webhook) has its path in `formPaths` here.
 */
import type { Server } from 'restify';
import type { Channel } from '../channels/channel';
import { webChatRoutes } from '../channels/directline/webChat';
import { smsPath } from '../channels/sms/smsRoutes';
import type { Logger } from '../plan/logger';
import type { Database } from '../storage/database';
import type { Config } from './config';
import { underPrefixes } from './keyedFirst';
import { bearerKeyCheck } from './routes/apiKeys';
import { healthRoutes } from './routes/health';
import { ownCopyRoutes, type OwnCopyDeps } from './routes/ownCopy';
import { plansApiRoutes, type PlansApiDeps } from './routes/plansApi';
import { createServer, serverTimes, type RouteModule, type ServerTimes } from './server';

/** What the routes are built from. */
export interface RouteWiring {
  /** False once the service is closing, so health tells the balancer to stop sending. */
  isReady: () => boolean;
  config: Config;
  db: Database;
  logger: Logger;
  channels: readonly Channel[];
  plansApi: Omit<PlansApiDeps, 'apiKeys' | 'logger'>;
  ownCopy: OwnCopyDeps;
  /** The invitations and results API, built with the results it takes in. */
  invitationsApi: RouteModule;
  /** Connection timings other than the service's own (tests). */
  times?: ServerTimes;
}

/** The restify app with every route on it, not yet listening. */
export function routedServer(deps: RouteWiring): Server {
  const { config, logger } = deps;
  const routes: RouteModule[] = [
    healthRoutes(deps.isReady, deps.db),
    webChatRoutes({ directLine: config.directLineEnabled, times: { ...serverTimes, ...deps.times } }),
    ...deps.channels.map((channel) => channel.routes),
    plansApiRoutes({ ...deps.plansApi, apiKeys: config.apiKeys, logger }),
    ownCopyRoutes(deps.ownCopy),
    deps.invitationsApi,
  ];
  return createServer({
    logger,
    routes,
    formPaths: [smsPath],
    fhirPrefixes: ['/api/invitations/'],
    keyedFirst: [
      { covers: underPrefixes('/api/invitations/'), check: bearerKeyCheck(config.apiKeys) },
      ...deps.channels.flatMap((channel) => (channel.keyedFirst ? [channel.keyedFirst] : [])),
    ],
    times: deps.times,
    maxConnectionsPerAddress: config.maxConnectionsPerAddress,
    trustedProxyHops: config.trustedProxyHops,
    largeBodyRefused: (req) => {
      for (const channel of deps.channels) channel.refusedBusy?.(req);
    },
    largeBodyFavoured: (req) => deps.channels.some((channel) => channel.favoured?.(req) === true),
    bodyCutShort: (req) => {
      for (const channel of deps.channels) channel.cutShort?.(req);
    },
    largeBodyAbandoned: (req) => {
      for (const channel of deps.channels) channel.abandoned?.(req);
    },
  });
}
