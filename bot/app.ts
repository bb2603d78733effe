import type { ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import { createPlanRenderer } from '../content/planRenderer';
import { createRenderer } from '../content/renderer';
import { planEventsOf, type PlanEvents } from '../plan/planEvents';
import { resultsCore, resultsFollowUps } from './resultsWiring';
import type { Database } from '../storage/database';
import { SqlAuditLog } from '../storage/auditLog';
import { SqlCoordinatorStore } from '../storage/coordinatorStore';
import { SqlInvitationStore } from '../storage/invitationStore';
import { SqlIdentityStore } from '../storage/identityStore';
import { SqlOwnCopyLinks } from '../storage/ownCopyLinks';
import { SqlPersonalData } from '../storage/personalData';
import { SqlOptOutStore } from '../storage/optOutStore';
import { SqlOutbox } from '../storage/outbox';
import { SqlRecordStore } from '../storage/recordStore';
import { continuing } from './continuing/continueWiring';
import type { Config } from './config';
import { TurnsInFlight } from './turnsInFlight';
import type { Logger } from '../plan/logger';
import { KeyedLock } from './pipeline/conversationLock';
import { turnState } from './pipeline/turnState';
import { recordFirstAudit, recordFirstErasure, recordFirstEvents } from './recordFirst';
import { startRetention } from './retention';
import { openStorage } from './storageWiring';
import { loadParts, type LoadedParts } from './loadedParts';
import type { TurnPipeline } from './pipeline/turnPipeline';
import { createChannels } from './channelWiring';
import { directLineStores } from './directLineWiring';
import { createConversation } from './conversationWiring';
import { leadContactDeliveries } from './deliveryWiring';
import { leadContactCopies } from '../coordination/leadContactDelivery';
import { warmUp } from './warmUp';
import { createBot } from './botWiring';
import { adapterWiring } from './adapterWiring';
import type { CareprepAdapter } from '../channels/botframework/careprepAdapter';
import { bundleWords } from './routes/plansApi';
import { routedServer } from './routeWiring';
import type { ServerTimes } from './server';
import { RecordSessions } from './sessions';
import { TwilioClient } from '../channels/sms/twilioClient';
import { streamPoster } from '../channels/directline/directLineBot';
import type { Texter } from '../coordination/outbound';

/** Things tests may replace: the clock, Bot Framework auth endpoints, and the state store. */
export interface AppOverrides {
  clock?: () => Date;
  /** Extra Bot Framework auth settings (OpenID metadata URL, issuer) for tests on loopback. */
  botAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Keep conversation state in memory instead of sqlite (the benchmark's comparison). */
  memoryState?: boolean;
  /** Extra listeners told when a plan is shared or withdrawn. */
  planListeners?: readonly PlanEvents[];
  /** Content and safety data already loaded (they never change while running), so tests load them once. */
  loaded?: Partial<LoadedParts>;
  /** Shorter connection timings, so tests see a slow request closed in seconds. */
  serverTimes?: ServerTimes;
}

/** The running service, before it listens. */
export interface App {
  server: Server;
  adapter: CareprepAdapter;
  botTurn: (context: TurnContext) => Promise<void>;
  pipeline: TurnPipeline;
  turnsInFlight: TurnsInFlight;
  db: Database;
  /** Deliveries to lead contacts; `idle()` waits until none is due. */
  deliveries: { idle(): Promise<void>; deliverDue(): void };
  /** Reminders; `tick()` runs whatever is due now (tests drive it with an injected clock). */
  reminders: { tick(): Promise<number> };
  /** Notices to a record's channels when another joins it; `idle()` waits until none is due. */
  notices: { idle(): Promise<void> };
  /** Stops taking turns, lets those in flight finish, and closes the database. */
  close(): Promise<void>;
}

/** Wires config → storage → content → dialogs → bot → routes. */
export async function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? (() => new Date());
  const { db, sealer, identityKeys } = await openStorage(config);
  let ready = true;
  const { conversationState, units } = turnState({ db, sealer, clock, logger, memory: overrides.memoryState });
  const records = new SqlRecordStore(db, sealer);
  const identities = new SqlIdentityStore(db, clock, identityKeys);
  const sessions = new RecordSessions(records, identities, clock);
  const audit = new SqlAuditLog(db, clock);
  // What dialogs write to the audit log follows the record changes of their turn.
  const turnAudit = recordFirstAudit(audit, sessions);
  const ownCopyLinks = new SqlOwnCopyLinks(db, clock);
  // Who hears that a plan was shared or withdrawn (the lead contact's delivery puts itself first,
  // below), once the record that says so is stored.
  const planListeners: PlanEvents[] = [...(overrides.planListeners ?? [])];
  const planEvents = planEventsOf(planListeners);

  const parts = loadParts(overrides.loaded);
  const { catalogue, library, phrases, screen, measures } = parts;
  const renderer = createRenderer(catalogue);
  const invitations = new SqlInvitationStore(db, sealer, clock);
  const resultsDeps = { config, db, sealer, clock, logger, renderer, invitations, records };
  const results = resultsCore({ ...resultsDeps, measures });
  const plans = createPlanRenderer(catalogue, library, results.planSection);
  const coordinatorStore = new SqlCoordinatorStore(db, clock);
  const { teamsSender, deliveries } = leadContactDeliveries({
    config,
    db,
    sealer,
    clock,
    logger,
    renderer,
    plans,
    invitations,
    coordinators: coordinatorStore,
  });
  // First: the delivery is queued with the consent that allows it, before any other listener hears.
  planListeners.unshift(recordFirstEvents(sessions, deliveries, new SqlOutbox(db, sealer, clock)));
  deliveries.start();
  const { accountSid, authToken, from } = config.twilio;
  const twilio =
    accountSid && authToken && from
      ? new TwilioClient(config.twilio, new SqlOptOutStore(db, clock, identityKeys), logger)
      : undefined;
  const texter: Texter | undefined = twilio ? (to, body) => twilio.send(to, body) : undefined;
  const directLine = directLineStores({ config, db, sealer, clock, identityKeys });
  // One lock for a conversation's turns and for work outside them that must not cross them.
  const lock = new KeyedLock(db);
  const across = continuing({
    config,
    db,
    sealer,
    identityKeys,
    identities,
    records,
    renderer,
    clock,
    logger,
    lock,
    invitations,
    senders: {
      texter,
      chat: (reach, activity) => teamsSender.sendTo(reach.channelId, reach, activity),
      stream: streamPoster(directLine.streams, config.botAuth.appId),
    },
  });
  across.notices.start();
  // What reached the lead contact, or is being sent to them, for the words about their copy and the person's own copy.
  const planOutbox = new SqlOutbox(db, sealer, clock);
  // Only the plan itself: a note that it was taken back, being sent, is no copy reaching them.
  const leadCopies = leadContactCopies(
    invitations,
    (recordId) => planOutbox.sendingFor(recordId, 'shared'),
    (recordId) => planOutbox.queuedFor(recordId, 'withdrawn'),
  );
  const { root, conversation } = createConversation({
    config,
    conversationState,
    sessions,
    library,
    renderer,
    plans,
    phrases,
    carerStrain: parts.carerStrain,
    clock,
    results: results.presenter,
    planEvents,
    leadCopies,
    audit: turnAudit,
    ownCopyLinks,
    personalData: recordFirstErasure(new SqlPersonalData(db, audit, clock), sessions, (context) =>
      units.stateKeyOf(context),
    ),
    continueCodes: across.codes,
    continueBy: across.continueBy,
    mobiles: across.mobiles,
  });
  warmUp({ screen, phrases });
  const {
    reminders,
    cards,
    routes: invitationsApi,
  } = resultsFollowUps({
    ...resultsDeps,
    ...results,
    coordinators: coordinatorStore,
    audit,
    texter,
    teams: teamsSender,
    root,
    mobiles: across.mobiles,
  });
  const bot = createBot({
    config,
    parts,
    conversationState,
    sessions,
    conversation,
    renderer,
    plans,
    records,
    invitations,
    coordinators: coordinatorStore,
    texter,
    reminders,
    cards,
    intake: results.intake,
    across,
    clock,
    logger,
  });

  const { adapter, pipeline, ledger, replies } = adapterWiring({
    config,
    botAuth: overrides.botAuth,
    db,
    sealer,
    clock,
    logger,
    renderer,
    lock,
    units,
    identityOf: (context) => sessions.identityOf(context),
    emptyRecordOf: (context) => sessions.emptyRecordOf(context),
  });
  const botTurn = (context: TurnContext): Promise<void> => bot.onTurn(context);
  const turnsInFlight = new TurnsInFlight();
  const turns = { adapter, botTurn, turnsInFlight, logger };

  const channels = await createChannels({
    config,
    turns,
    db,
    clock,
    logger,
    renderer,
    identityKeys,
    ledger,
    identities,
    directLine,
    atCap: { screen, library, records },
    botAuth: overrides.botAuth,
  });
  const server = routedServer({
    isReady: () => ready,
    config,
    db,
    logger,
    channels,
    plansApi: { records, audit, clock, words: bundleWords(library, catalogue, plans, results.presenter) },
    ownCopy: { links: ownCopyLinks, records, plans, renderer, audit, copies: leadCopies },
    invitationsApi,
    times: overrides.serverTimes,
  });
  // Results a crash left between the inbox and a record are moved now, not at the next intake.
  await results.intake.deliverAll();
  const retention = startRetention({
    config,
    db,
    sealer,
    audit,
    planEvents,
    clock,
    logger,
    sweepStreams: () => directLine.streams.sweep(),
  });
  await reminders.start();

  return {
    server,
    adapter,
    botTurn,
    pipeline,
    turnsInFlight,
    db,
    deliveries,
    reminders,
    notices: across.notices,
    async close() {
      ready = false;
      // Proactive sends stop retrying first: their queues keep what failed for the next start.
      teamsSender.stopRetrying();
      await retention.stop();
      await reminders.stop();
      await turnsInFlight.drained();
      await ledger.forget();
      await deliveries.stop();
      await across.notices.stop();
      teamsSender.close();
      replies.close();
      await db.close();
    },
  };
}
