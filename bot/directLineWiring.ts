import { defaultCreationLimits } from '../channels/directline/directLineRoutes';
import type { Database } from '../storage/database';
import type { Sealer } from '../storage/encryption';
import type { IdentityKeys } from '../storage/identityKeys';
import { ConversationStreams } from '../storage/memoryStreams';
import { PostgresRateLimiter } from '../storage/postgresRateLimiter';
import { PostgresStreams } from '../storage/postgresStreams';
import { RateLimiter, type AdmissionCounter } from '../storage/rateLimiter';
import { defaultLimits, type StreamStore } from '../storage/streamStore';
import type { Config } from './config';

/** The built-in Direct Line's streams, and its counts of new conversations. */
export interface DirectLineStores {
  streams: StreamStore;
  creations: AdmissionCounter;
}

/**
 * Where the built-in Direct Line keeps its conversations' streams and counts new conversations:
 * in this process's memory on sqlite (one instance), in the database on PostgreSQL, where a page's
 * post and its poll may reach different instances and the limits must hold for all of them.
 */
export function directLineStores(deps: {
  config: Pick<Config, 'directLineLimits'>;
  db: Database;
  sealer: Sealer;
  clock: () => Date;
  identityKeys: IdentityKeys;
}): DirectLineStores {
  const { config, db, sealer, clock, identityKeys } = deps;
  const limits = { ...defaultLimits, maxConversations: config.directLineLimits.maxConversations };
  const creationLimits = {
    ...defaultCreationLimits,
    overall: config.directLineLimits.newPerMinute,
    perAddress: config.directLineLimits.newPerMinutePerAddress,
    perNetwork: config.directLineLimits.newPerMinutePerNetwork,
    newcomers: Math.ceil(config.directLineLimits.newPerMinute / 4),
  };
  if (db.engine === 'postgres')
    return {
      streams: new PostgresStreams(db, sealer, clock, limits),
      creations: new PostgresRateLimiter(db, creationLimits, clock, identityKeys),
    };
  return { streams: new ConversationStreams(clock, limits), creations: new RateLimiter(creationLimits, clock) };
}
