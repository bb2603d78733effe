import { leadContactCards } from '../channels/teams/leadContactCards';
import { appTokenSource, PacedTeamsSender } from '../channels/teams/pacedTeamsSender';
import type { CoordinatorStore } from '../coordination/coordinatorStore';
import type { InvitationStore } from '../coordination/invitationStore';
import { LeadContactDelivery } from '../coordination/leadContactDelivery';
import { PlanDeliveryQueue } from '../coordination/planDeliveryQueue';
import type { PlanRenderer } from '../content/planRenderer';
import type { Renderer } from '../content/renderer';
import type { Logger } from '../plan/logger';
import type { Clock } from '../plan/session';
import type { Database } from '../storage/database';
import type { Sealer } from '../storage/encryption';
import { SqlOutbox } from '../storage/outbox';
import { SharedSendSlots } from '../storage/sendSlots';
import type { Config } from './config';

/** What lead-contact deliveries are built from. */
export interface DeliveryWiring {
  config: Config;
  db: Database;
  sealer: Sealer;
  clock: Clock;
  logger: Logger;
  renderer: Renderer;
  plans: PlanRenderer;
  invitations: InvitationStore;
  coordinators: CoordinatorStore;
}

/**
 * The Teams sender and the durable queue that tells lead contacts about shared and withdrawn
 * plans through it; the queue is not started.
 */
export function leadContactDeliveries(deps: DeliveryWiring): {
  teamsSender: PacedTeamsSender;
  deliveries: PlanDeliveryQueue;
} {
  const { config, db, sealer, clock, logger, renderer, plans, invitations } = deps;
  // Several instances share PostgreSQL, and must share Teams' 7-a-second limit too.
  const teamsSender = new PacedTeamsSender(
    appTokenSource(config.botAuth),
    logger,
    undefined,
    undefined,
    db.engine === 'postgres' ? new SharedSendSlots(db) : undefined,
  );
  const deliveries = new PlanDeliveryQueue({
    outbox: new SqlOutbox(db, sealer, clock),
    deliver: new LeadContactDelivery({
      invitations,
      coordinators: deps.coordinators,
      sender: teamsSender,
      messages: leadContactCards(renderer),
      plans,
      logger,
    }),
    logger,
    clock,
  });
  return { teamsSender, deliveries };
}
