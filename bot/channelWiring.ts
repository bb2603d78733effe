import { BrowserIdentities } from '../channels/directline/browserIdentities';
import { ConversationStreams, defaultLimits } from '../channels/directline/conversations';
import { directLineChannel } from '../channels/directline/directLineRoutes';
import { botFrameworkChannel } from '../channels/botframework/messagesRoute';
import type { Channel } from '../channels/channel';
import { smsChannel, smsChannelId } from '../channels/sms/smsRoutes';
import { turnRunner, type TurnDeps } from '../channels/turnRunner';
import type { Renderer } from '../content/renderer';
import type { Logger } from '../plan/logger';
import type { Clock } from '../plan/session';
import type { Database } from '../storage/database';
import type { SqliteDeliveryLedger } from '../storage/deliveryLedger';
import { browserIdentityKey, identitySecret, type IdentityKeys } from '../storage/identityKeys';
import type { IdentityStore } from '../storage/identityStore';
import { SqliteOptOutStore } from '../storage/optOutStore';
import type { Config } from './config';

/** What the channels are built from. */
export interface ChannelWiring {
  config: Config;
  turns: TurnDeps;
  db: Database;
  clock: Clock;
  logger: Logger;
  renderer: Renderer;
  identityKeys: IdentityKeys;
  ledger: SqliteDeliveryLedger;
  identities: Pick<IdentityStore, 'recordFor'>;
  /** The built-in Direct Line's streams (see `directLineStreams`). */
  streams: ConversationStreams;
}

/** The built-in Direct Line's streams, made before the channels so notices can reach them too. */
export function directLineStreams(config: Config, clock: Clock): ConversationStreams {
  return new ConversationStreams(clock, {
    ...defaultLimits,
    maxConversations: config.directLineLimits.maxConversations,
  });
}

/** Every channel the configuration turns on, each running its turns through the same pipeline. */
export async function createChannels(deps: ChannelWiring): Promise<Channel[]> {
  const { config, turns, db, clock, logger, renderer, identityKeys, ledger, identities, streams } = deps;
  const channels: Channel[] = [botFrameworkChannel({ runTurn: turnRunner(turns, 'botframework') })];
  channels.push(
    smsChannel({
      runTurn: turnRunner(turns, smsChannelId),
      logger,
      renderer,
      optOuts: new SqliteOptOutStore(db, clock, identityKeys),
      identityKeys,
      ledger,
      authToken: config.twilio.authToken,
      publicUrl: config.publicUrl,
      appId: config.botAuth.appId,
    }),
  );
  if (config.directLineEnabled)
    channels.push(
      directLineChannel({
        runTurn: turnRunner(turns, 'webchat'),
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
  return channels;
}
