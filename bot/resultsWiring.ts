import type { Renderer } from '../content/renderer';
import type { ResultCatalogue } from '../content/results/resultCatalogue';
import { createResultPresenter, type ResultPresenter } from '../content/results/resultPresenter';
import { resultsPlanSection } from '../content/results/resultsPlanSection';
import { loadServiceTargets } from '../content/results/serviceTargets';
import { ResultIntake } from '../coordination/resultIntake';
import { KeyedLock } from './pipeline/conversationLock';
import type { PlanLabels } from '../plan/draftPlan';
import type { RootDialog } from '../dialogs/rootDialog';
import type { AuditTrail } from '../plan/audit';
import type { CoordinatorStore } from '../coordination/coordinatorStore';
import type { Database } from '../storage/database';
import type { Sealer } from '../storage/encryption';
import type { InvitationStore } from '../coordination/invitationStore';
import { SqlJobStore } from '../storage/jobStore';
import type { RecordStore } from '../storage/recordStore';
import { SqlResultInbox } from '../storage/resultInbox';
import type { Config } from './config';
import type { Logger } from '../plan/logger';
import { Reminders, type ReminderDeps } from '../coordination/reminders';
import { invitationsApiRoutes } from './routes/invitationsApi';
import type { RouteModule } from './server';
import type { Texter } from '../coordination/outbound';
import { CoordinatorResults } from '../channels/teams/coordinatorResults';
import type { PacedTeamsSender } from '../channels/teams/pacedTeamsSender';

/** What the results side is built from. */
export interface ResultsWiringDeps {
  config: Config;
  db: Database;
  sealer: Sealer;
  clock: () => Date;
  logger: Logger;
  renderer: Renderer;
  invitations: InvitationStore;
  records: RecordStore;
}

/**
 * The results side of the service (issue 18), wired apart from `app.ts`: the measures (loaded
 * with the other parts) with this service's targets (read at start-up, so a bad file stops the
 * service there), the words and charts, and intake with its inbox.
 */
export function resultsCore(deps: ResultsWiringDeps & { measures: ResultCatalogue }): {
  presenter: ResultPresenter;
  intake: ResultIntake;
  planSection: NonNullable<PlanLabels['results']>;
} {
  const catalogue = deps.measures;
  // Results for one invitation are checked and kept one request at a time, on every instance.
  const intakeLock = new KeyedLock(deps.db);
  const presenter = createResultPresenter(
    catalogue,
    deps.renderer,
    loadServiceTargets(deps.config.resultTargetsPath, catalogue),
  );
  const intake = new ResultIntake({
    invitations: deps.invitations,
    records: deps.records,
    inbox: new SqlResultInbox(deps.db, deps.sealer, deps.clock),
    catalogue,
    clock: deps.clock,
    onDeferred: (error) =>
      deps.logger.warn('results_deferred', { error: error instanceof Error ? error.name : 'unknown' }),
    serialise: (key, work) => intakeLock.run(key, () => work()),
  });
  return { presenter, intake, planSection: resultsPlanSection(presenter) };
}

/**
 * What follows results once the conversation is built: reminders (durable jobs), the
 * coordinator's "add results" cards and the invitations API.
 */
export function resultsFollowUps(
  deps: ResultsWiringDeps & {
    presenter: ResultPresenter;
    intake: ResultIntake;
    coordinators: CoordinatorStore;
    audit: AuditTrail;
    texter?: Texter;
    teams: Pick<PacedTeamsSender, 'send'>;
    /** Where the person stopped, for "you stopped at part 3". */
    root: Pick<RootDialog, 'nextSection' | 'partNumber'>;
    /** Ties the invitation's mobile to the record, so a reply to a reminder carries it on. */
    mobiles?: ReminderDeps['mobiles'];
  },
): { reminders: Reminders; cards: CoordinatorResults; routes: RouteModule } {
  const { config, clock, logger, renderer, invitations, records } = deps;
  const reminders = new Reminders({
    jobs: new SqlJobStore(deps.db, clock),
    invitations,
    records,
    coordinators: deps.coordinators,
    renderer,
    publicUrl: config.publicUrl,
    clock,
    logger,
    texter: deps.texter,
    teams: deps.teams,
    mobiles: deps.mobiles,
    partOf: (record) => {
      const section = deps.root.nextSection(record);
      return section ? deps.root.partNumber(section) : undefined;
    },
  });
  const cards = new CoordinatorResults({
    invitations,
    catalogue: deps.presenter.catalogue,
    intake: deps.intake,
    renderer,
    clock,
    logger,
    reminders,
  });
  const routes = invitationsApiRoutes({
    invitations,
    records,
    intake: deps.intake,
    audit: deps.audit,
    apiKeys: config.apiKeys,
    logger,
    onResults: (invitationId) => reminders.resultsArrived(invitationId),
  });
  return { reminders, cards, routes };
}
