import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import type { Server } from 'restify';
import { loadCatalogue } from '../content/catalogue';
import { loadPackLibrary } from '../content/packs/packLibrary';
import { createPlanRenderer } from '../content/planRenderer';
import { createRenderer } from '../content/renderer';
import { AboutDialog } from '../dialogs/aboutDialog';
import { Conversation } from '../dialogs/conversation';
import type { ConversationMeta } from '../dialogs/conversationDeps';
import { GoalsDialog } from '../dialogs/goalsDialog';
import { CarerDialog } from '../dialogs/carerDialog';
import { MoodDialog } from '../dialogs/moodDialog';
import { createPhrases } from '../dialogs/recognisers/phrases';
import { planEventsOf, type PlanEvents } from '../dialogs/planEvents';
import { ReviewDialog } from '../dialogs/reviewDialog';
import { RootDialog } from '../dialogs/rootDialog';
import type { SectionDeps } from '../dialogs/sectionDialog';
import { TopicsDialog } from '../dialogs/topicsDialog';
import { WhatMattersDialog } from '../dialogs/whatMattersDialog';
import { ResultsDialog } from '../dialogs/resultsDialog';
import { resultsCore, resultsFollowUps } from './resultsWiring';
import type { Database } from '../storage/database';
import { SharedSendSlots } from '../storage/sendSlots';
import { SqliteDeliveryLedger } from '../storage/deliveryLedger';
import { browserIdentityKey, identitySecret } from '../storage/identityKeys';
import { SqliteAuditLog } from '../storage/auditLog';
import { SqliteCoordinatorStore } from '../storage/coordinatorStore';
import { SqliteInvitationStore } from '../storage/invitationStore';
import { SqliteIdentityStore } from '../storage/identityStore';
import { SqliteOutbox } from '../storage/outbox';
import { SqliteOwnCopyLinks } from '../storage/ownCopyLinks';
import { SqlitePersonalData } from '../storage/retention';
import { SqliteOptOutStore } from '../storage/optOutStore';
import { SqliteRecordStore } from '../storage/recordStore';
import { CareprepAdapter } from './careprepAdapter';
import { ConnectorReuse } from './connectorReuse';
import { ReplySender } from './replySender';
import { CareprepBot, type MessageGuard } from './careprepBot';
import { createCrisisScreen } from '../safety/screen';
import { CrisisGuard } from './crisisGuard';
import { BrowserIdentities } from './directline/browserIdentities';
import { ConversationStreams, defaultLimits } from './directline/conversations';
import { directLineRoutes } from './directline/directLineRoutes';
import type { Config } from './config';
import { Inflight } from './inflight';
import type { Logger } from './logger';
import { KeyedLock } from './pipeline/conversationLock';
import { smsSplitter } from './pipeline/smsSplitter';
import { turnErrorHandler } from './pipeline/turnError';
import { turnGuards } from './pipeline/turnGuards';
import { turnState } from './pipeline/turnState';
import { recordFirstAudit, recordFirstEvents } from './recordFirst';
import { startRetention } from './retention';
import { openStorage } from './storageWiring';
import { warmUp } from './warmUp';
import { healthRoutes } from './routes/health';
import { messagesRoutes } from './routes/messages';
import { ownCopyPath, ownCopyRoutes } from './routes/ownCopy';
import { bundleWords, plansApiRoutes } from './routes/plansApi';
import { webChatRoutes } from './routes/webChat';
import { createServer, type RouteModule } from './server';
import { RecordSessions } from './sessions';
import { smsPath, smsRoutes } from './sms/smsRoutes';
import { TwilioClient } from './sms/twilioClient';
import { loadCoordinatorCommands } from './teams/commands';
import { CoordinatorHandler } from './teams/coordinatorHandler';
import { InvitationLinker } from './teams/invitations';
import { LeadContactDelivery } from './teams/leadContactDelivery';
import { PlanDeliveryQueue } from './planDeliveryQueue';
import { appTokenSource, ReliableSender } from './teams/reliableSender';

/** Things tests may replace: the clock, Bot Framework auth endpoints, and the state store. */
export interface AppOverrides {
  clock?: () => Date;
  /** Extra Bot Framework auth settings (OpenID metadata URL, issuer) for tests on loopback. */
  botAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  /** Keep conversation state in memory instead of sqlite (the benchmark's comparison). */
  memoryState?: boolean;
  /** Extra listeners told when a plan is shared or withdrawn. */
  planListeners?: readonly PlanEvents[];
}

/** The running service, before it listens. */
export interface App {
  server: Server;
  adapter: CareprepAdapter;
  logic: (context: TurnContext) => Promise<void>;
  inflight: Inflight;
  db: Database;
  /** Deliveries to lead contacts; `idle()` waits until none is due. */
  deliveries: { idle(): Promise<void> };
  /** Reminders; `tick()` runs whatever is due now (tests drive it with an injected clock). */
  reminders: { tick(): Promise<number> };
  /** Stops taking turns, lets those in flight finish, and closes the database. */
  close(): Promise<void>;
}

/** Wires config → storage → content → dialogs → bot → routes. */
export async function createApp(config: Config, logger: Logger, overrides: AppOverrides = {}): Promise<App> {
  const clock = overrides.clock ?? (() => new Date());
  const { db, sealer, identityKeys } = await openStorage(config);
  let ready = true;
  const { conversationState, units } = turnState({ db, sealer, clock, logger, memory: overrides.memoryState });
  const records = new SqliteRecordStore(db, sealer);
  const identities = new SqliteIdentityStore(db, clock, identityKeys);
  const sessions = new RecordSessions(records, identities, clock);
  const audit = new SqliteAuditLog(db, clock);
  // What dialogs write to the audit log follows the record changes of their turn.
  const turnAudit = recordFirstAudit(audit, sessions);
  const ownCopyLinks = new SqliteOwnCopyLinks(db, clock);
  // Who hears that a plan was shared or withdrawn (the lead contact's Teams side adds itself here),
  // once the record that says so is stored.
  const planListeners: PlanEvents[] = [recordFirstEvents(sessions), ...(overrides.planListeners ?? [])];
  const planEvents = planEventsOf(planListeners);

  const catalogue = loadCatalogue();
  const renderer = createRenderer(catalogue);
  const library = loadPackLibrary();
  const invitations = new SqliteInvitationStore(db, sealer, clock);
  const resultsDeps = { config, db, sealer, clock, logger, renderer, invitations, records };
  const results = resultsCore(resultsDeps);
  const plans = createPlanRenderer(catalogue, library, results.planSection);
  const phrases = createPhrases();
  const coordinatorStore = new SqliteCoordinatorStore(db, clock);
  // Several instances share PostgreSQL, and must share Teams' 7-a-second limit too.
  const teamsSender = new ReliableSender(
    appTokenSource(config.botAuth),
    logger,
    undefined,
    undefined,
    db.engine === 'postgres' ? new SharedSendSlots(db) : undefined,
  );
  const deliveries = new PlanDeliveryQueue({
    outbox: new SqliteOutbox(db, sealer, clock),
    deliver: new LeadContactDelivery({
      invitations,
      coordinators: coordinatorStore,
      sender: teamsSender,
      renderer,
      plans,
      logger,
    }),
    logger,
    clock,
  });
  planListeners.push(deliveries);
  deliveries.start();
  const sectionDeps: SectionDeps = { sessions, library, renderer, phrases, clock };
  const sections = [
    new AboutDialog(sectionDeps),
    new WhatMattersDialog(sectionDeps),
    new ResultsDialog(sectionDeps, results.presenter),
    new GoalsDialog(sectionDeps),
    new TopicsDialog(sectionDeps),
    new MoodDialog(sectionDeps),
    new CarerDialog(sectionDeps),
    new ReviewDialog(sectionDeps, plans, {
      events: planEvents,
      ownCopy: ownCopyLinks,
      ownCopyUrl: (token) => `${config.publicUrl}${ownCopyPath(token)}`,
      audit: turnAudit,
    }),
  ];
  const root = new RootDialog(sections, sessions, renderer);
  const conversation = new Conversation({
    dialogState: conversationState.createProperty('dialogState'),
    meta: conversationState.createProperty<ConversationMeta>('meta'),
    root,
    sections,
    sessions,
    renderer,
    plans,
    phrases,
    clock,
    resumeAfterMs: config.resumeAfterMinutes * 60_000,
    personalData: new SqlitePersonalData(db, audit, clock),
    planEvents,
    audit: turnAudit,
    ownCopyLinks,
  });
  const screen = createCrisisScreen();
  warmUp({ screen, phrases });
  const guards: MessageGuard[] = [new CrisisGuard({ screen, sessions, renderer, phrases, clock, logger })];
  const { accountSid, authToken, from } = config.twilio;
  const twilio =
    accountSid && authToken && from
      ? new TwilioClient(config.twilio, new SqliteOptOutStore(db, clock, identityKeys), logger)
      : undefined;
  const {
    reminders,
    cards,
    routes: invitationsApi,
  } = resultsFollowUps({
    ...resultsDeps,
    ...results,
    coordinators: coordinatorStore,
    audit,
    texter: twilio ? (to, body) => twilio.send(to, body) : undefined,
    teams: teamsSender,
    root,
  });
  const coordinators = new CoordinatorHandler({
    staff: config,
    publicUrl: config.publicUrl,
    invitations,
    coordinators: coordinatorStore,
    records,
    renderer,
    plans,
    library,
    commands: loadCoordinatorCommands(),
    texter: twilio ? (to, body) => twilio.send(to, body) : undefined,
    reminders,
    results: cards,
    clock,
    logger,
  });
  const invitationLinker = new InvitationLinker({
    invitations,
    sessions,
    renderer,
    clock,
    logger,
    results: results.intake,
  });
  const bot = new CareprepBot({
    conversationState,
    sessions,
    conversation,
    guards,
    coordinators,
    invitations: invitationLinker,
  });

  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.botAuth.appId,
    MicrosoftAppPassword: config.botAuth.appPassword,
    MicrosoftAppType: config.botAuth.appType,
    MicrosoftAppTenantId: config.botAuth.tenantId,
    ...overrides.botAuth,
  });
  const replies = new ReplySender(logger);
  const adapter = new CareprepAdapter(new ConnectorReuse(auth), replies);
  const ledger = new SqliteDeliveryLedger(db, clock);
  adapter.use(turnGuards(new KeyedLock(db), ledger, units, logger));
  adapter.use(smsSplitter());
  adapter.onTurnError = turnErrorHandler(logger, renderer);
  const logic = (context: TurnContext): Promise<void> => bot.onTurn(context);
  const inflight = new Inflight();

  const sms = smsRoutes({
    adapter,
    logic,
    inflight,
    logger,
    renderer,
    optOuts: new SqliteOptOutStore(db, clock, identityKeys),
    identityKeys,
    ledger,
    authToken: config.twilio.authToken,
    publicUrl: config.publicUrl,
    appId: config.botAuth.appId,
  });
  const routes: RouteModule[] = [
    healthRoutes(() => ready, db),
    messagesRoutes({ adapter, logic, inflight, logger }),
    sms,
  ];
  routes.push(webChatRoutes({ directLine: config.directLineEnabled }));
  const streams = new ConversationStreams(clock, {
    ...defaultLimits,
    maxConversations: config.directLineLimits.maxConversations,
  });
  if (config.directLineEnabled)
    routes.push(
      directLineRoutes({
        adapter,
        logic,
        inflight,
        logger,
        botAppId: config.botAuth.appId,
        clock,
        streams,
        creationLimits: {
          overall: config.directLineLimits.newPerMinute,
          perAddress: config.directLineLimits.newPerMinutePerAddress,
        },
        trustedProxyHops: config.trustedProxyHops,
        browserIdentities: new BrowserIdentities(
          await browserIdentityKey(db, identitySecret(config.identityKey, config.encryptionKey)),
        ),
        knownUser: async (userId) => (await identities.recordFor('webchat', userId)) !== null,
      }),
    );
  routes.push(
    plansApiRoutes({
      records,
      audit,
      apiKeys: config.apiKeys,
      clock,
      words: bundleWords(library, catalogue, plans, results.presenter),
      logger,
    }),
    ownCopyRoutes({ links: ownCopyLinks, records, plans, renderer, audit }),
    invitationsApi,
  );
  const server = createServer({ logger, routes, formPaths: [smsPath], fhirPrefixes: ['/api/invitations/'] });
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
    sweepMemory: () => streams.sweep(),
  });
  await reminders.start();

  return {
    server,
    adapter,
    logic,
    inflight,
    db,
    deliveries,
    reminders,
    async close() {
      ready = false;
      await retention.stop();
      await reminders.stop();
      await inflight.drained();
      await deliveries.stop();
      teamsSender.close();
      replies.close();
      await db.close();
    },
  };
}
