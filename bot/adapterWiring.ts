import {
  ConfigurationBotFrameworkAuthentication,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type Middleware,
  type TurnContext,
} from 'botbuilder';
import { CareprepAdapter } from '../channels/botframework/careprepAdapter';
import { markArrival } from '../dialogs/turnArrival';
import { ReusingAuthentication } from '../channels/botframework/reusingAuthentication';
import { TurnReplyPoster } from '../channels/botframework/turnReplyPoster';
import { smsSplitter } from '../channels/sms/smsSplitter';
import type { Renderer } from '../content/renderer';
import type { Logger } from '../plan/logger';
import type { Clock } from '../plan/session';
import type { Database } from '../storage/database';
import { SqlDeliveryLedger } from '../storage/deliveryLedger';
import type { Sealer } from '../storage/encryption';
import type { Config } from './config';
import type { KeyedLock } from './pipeline/conversationLock';
import { turnErrorHandler } from './pipeline/turnError';
import type { TurnPipeline } from './pipeline/turnPipeline';
import { turnTransaction } from './pipeline/turnTransaction';
import type { TurnUnits } from './pipeline/turnUnits';

/** What the adapter and its turn pipeline are built from. */
export interface AdapterWiring {
  config: Config;
  /** Extra Bot Framework auth settings (OpenID metadata URL, issuer) for tests on loopback. */
  botAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
  db: Database;
  sealer: Sealer;
  clock: Clock;
  logger: Logger;
  renderer: Renderer;
  lock: KeyedLock;
  units: TurnUnits;
  /** The stored key of a turn's sender, which their record is found by. */
  identityOf: (context: TurnContext) => string;
  /** The turn's record if it is still empty as the turn ends (`RecordSessions.emptyRecordOf`). */
  emptyRecordOf?: (context: TurnContext) => string | undefined;
}

/**
 * The Bot Framework adapter with every turn's stages: the transaction (lock, duplicate check,
 * one commit before the replies go out), SMS splitting, and the error handler; with the ledger of
 * processed deliveries and the poster of replies, which the app closes.
 */
export function adapterWiring(wiring: AdapterWiring): {
  adapter: CareprepAdapter;
  pipeline: TurnPipeline;
  ledger: SqlDeliveryLedger;
  replies: TurnReplyPoster;
} {
  const { config, logger } = wiring;
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.botAuth.appId,
    MicrosoftAppPassword: config.botAuth.appPassword,
    MicrosoftAppType: config.botAuth.appType,
    MicrosoftAppTenantId: config.botAuth.tenantId,
    ...wiring.botAuth,
  });
  const replies = new TurnReplyPoster(logger);
  const adapter = new CareprepAdapter(new ReusingAuthentication(auth), replies);
  const ledger = new SqlDeliveryLedger(wiring.db, wiring.sealer, wiring.clock);
  const transaction = turnTransaction(
    wiring.lock,
    ledger,
    wiring.units,
    logger,
    wiring.identityOf,
    wiring.emptyRecordOf,
  );
  const pipeline: TurnPipeline = {
    // The transaction's last stage stays last: a redelivery's replies go out through the stages
    // before it, as the first time, and the bot's turn is not run again. The arrival is noted
    // first, before the turn waits for one of the same conversation still being answered.
    middleware: [arrival(wiring.clock), transaction.first, smsSplitter(), transaction.last],
    onTurnError: turnErrorHandler(logger, wiring.renderer),
  };
  for (const middleware of pipeline.middleware) adapter.use(middleware);
  adapter.onTurnError = pipeline.onTurnError;
  return { adapter, pipeline, ledger, replies };
}

/** Notes when each message came in, before anything else (see `sentUnseen`). */
function arrival(clock: Clock): Middleware {
  return {
    onTurn: (context, next) => {
      markArrival(context, clock());
      return next();
    },
  };
}
