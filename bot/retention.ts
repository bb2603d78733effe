import type { PlanEvents } from '../plan/planEvents';
import type { SqlAuditLog } from '../storage/auditLog';
import type { Database } from '../storage/database';
import type { Sealer } from '../storage/encryption';
import { SqlRecordStore } from '../storage/recordStore';
import { RetentionSweeper } from '../storage/retention';
import type { Answer } from '../storage/answer';
import type { Config } from './config';
import type { Logger } from '../plan/logger';

/**
 * How often the sweep runs: a quarter of an hour, so a conversation opened and never answered is
 * gone within about `CAREPREP_EMPTY_RECORD_HOURS` and a quarter (H222); each run that finds little
 * to purge asks a few indexed queries.
 */
export const sweepEveryMs = 15 * 60_000;

/**
 * Starts the retention sweep (at start-up, then every `sweepEveryMs`) with the app's settings: records, empty
 * records, conversation state, the delivery ledger, and the Direct Line streams (`sweepStreams`).
 * It reads records through a store of its own, so the few it reads do not push the records of
 * people mid-conversation out of the turns' cache.
 */
export function startRetention(deps: {
  config: Pick<Config, 'retentionDays' | 'emptyRecordHours' | 'stateDays'>;
  db: Database;
  sealer: Sealer;
  audit: SqlAuditLog;
  planEvents: PlanEvents;
  clock: () => Date;
  logger: Logger;
  sweepStreams?: () => Answer<number>;
}): RetentionSweeper {
  const { config, logger, planEvents } = deps;
  const retention = new RetentionSweeper({
    db: deps.db,
    records: new SqlRecordStore(deps.db, deps.sealer),
    audit: deps.audit,
    clock: deps.clock,
    retentionDays: config.retentionDays,
    emptyRecordHours: config.emptyRecordHours,
    stateDays: config.stateDays,
    withdrawn: (record) => planEvents.withdrawn({ ...record, status: 'withdrawn' }),
    sweepStreams: deps.sweepStreams,
    onError: (error) => logger.error('retention_failed', { error: error instanceof Error ? error.name : 'unknown' }),
    onSwept: (result) => logger.info('retention_swept', { ...result }),
  });
  retention.start(sweepEveryMs);
  return retention;
}
