import { BrowserIdentities } from '../channels/directline/browserIdentities';
import { directLineChannel } from '../channels/directline/directLineRoutes';
import { maxTypedChars } from '../channels/directline/postedActivity';
import type { ConfigurationBotFrameworkAuthenticationOptions } from 'botbuilder';
import { botFrameworkChannel } from '../channels/botframework/messagesRoute';
import { channelKeys } from '../channels/botframework/signedFirst';
import type { Channel } from '../channels/channel';
import { smsChannel, smsChannelId } from '../channels/sms/smsRoutes';
import { turnRunner, type TurnDeps } from '../channels/turnRunner';
import type { Renderer } from '../content/renderer';
import type { Logger } from '../plan/logger';
import type { Clock } from '../plan/session';
import type { Database } from '../storage/database';
import type { SqlDeliveryLedger } from '../storage/deliveryLedger';
import { browserIdentityKey, directLineTokenKey, identitySecret, type IdentityKeys } from '../storage/identityKeys';
import type { IdentityStore } from '../storage/identityStore';
import { SqlKeywordSids } from '../storage/keywordSids';
import { SqlOptOutStore } from '../storage/optOutStore';
import { SqlSmsSidDigests } from '../storage/smsSidDigests';
import type { Config } from './config';
import type { DirectLineStores } from './directLineWiring';
import { urgentAtCap, type UrgentAtCapDeps } from './urgentAtCap';

/** What the channels are built from. */
export interface ChannelWiring {
  config: Config;
  turns: TurnDeps;
  db: Database;
  clock: Clock;
  logger: Logger;
  renderer: Renderer;
  identityKeys: IdentityKeys;
  ledger: SqlDeliveryLedger;
  identities: Pick<IdentityStore, 'recordFor'>;
  /** The built-in Direct Line's stores, made before the channels so notices can reach its streams too. */
  directLine: DirectLineStores;
  /**
   * The crisis screen, the packs and the records: a message read as urgent with the question its
   * conversation waits at is taken past the Direct Line's cap on waiting (`urgentAtCap.ts`).
   */
  atCap: Omit<UrgentAtCapDeps, 'identities'>;
  /** Bot Framework auth settings as the adapter has them (tests' keys on loopback): tokens are checked first against them. */
  botAuth?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

/** Every channel the configuration turns on, each running its turns through the same pipeline. */
export async function createChannels(deps: ChannelWiring): Promise<Channel[]> {
  const { config, turns, db, clock, logger, renderer, identityKeys, ledger, identities, directLine, atCap } = deps;
  const channels: Channel[] = [
    botFrameworkChannel({
      runTurn: turnRunner(turns, 'botframework'),
      appId: config.botAuth.appId,
      keys: channelKeys(deps.botAuth),
    }),
  ];
  channels.push(
    smsChannel({
      runTurn: turnRunner(turns, smsChannelId),
      logger,
      renderer,
      optOuts: new SqlOptOutStore(db, clock, identityKeys),
      keywordSids: new SqlKeywordSids(db, clock, identityKeys),
      sidDigests: new SqlSmsSidDigests(db, clock),
      identityKeys,
      ledger,
      authToken: config.twilio.authToken,
      publicUrl: config.publicUrl,
      appId: config.botAuth.appId,
      screensUrgent: urgentAtCap({ ...atCap, identities }, smsChannelId),
    }),
  );
  const { streams, creations } = directLine;
  const secret = identitySecret(config.identityKey, config.encryptionKey);
  if (config.directLineEnabled)
    channels.push(
      directLineChannel({
        runTurn: turnRunner(turns, 'webchat'),
        logger,
        botAppId: config.botAuth.appId,
        clock,
        streams,
        creations,
        trustedProxyHops: config.trustedProxyHops,
        browserIdentities: new BrowserIdentities(await browserIdentityKey(db, secret)),
        tokenKey: await directLineTokenKey(db, secret),
        knownUser: async (userId) => (await identities.recordFor('webchat', userId)) !== null,
        tooFastNotice: () => renderer.message('directLine.tooFast', {}, 'webchat'),
        tooLongNotice: (sent) => renderer.message('directLine.tooLong', tooLongFigures(sent), 'webchat'),
        busyNotice: () => renderer.message('directLine.busy', {}, 'webchat'),
        cutNotice: () => renderer.message('directLine.cutShort', {}, 'webchat'),
        screensUrgent: urgentAtCap({ ...atCap, identities }),
      }),
    );
  return channels;
}

/** The figures `directLine.tooLong` gives: what was sent, and how long a message can be, in characters and about in words. */
function tooLongFigures(sent: number): Record<string, string> {
  const figure = (n: number): string => n.toLocaleString('en-GB');
  return { sent: figure(sent), max: figure(maxTypedChars), words: figure(Math.round(maxTypedChars / 6 / 100) * 100) };
}
