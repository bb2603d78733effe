import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../../content/renderer';
import type { Database } from '../../storage/database';
import type { Sealer } from '../../storage/encryption';
import type { IdentityKeys } from '../../storage/identityKeys';
import type { IdentityStore } from '../../storage/identityStore';
import type { RecordStore } from '../../storage/recordStore';
import { SqlRecordChannels } from '../../storage/recordChannels';
import { SqlContinueCodes } from '../../storage/continueCodeStore';
import { SqlOutbox } from '../../storage/outbox';
import type { Config } from '../config';
import { smsChannelId, smsConversationId } from '../../channels/sms/smsRoutes';
import type { Logger } from '../../plan/logger';
import type { InvitationStore } from '../../coordination/invitationStore';
import { JoinNotices, type NoticeSenders } from '../../coordination/joinNotices';
import {
  CodeAttempts,
  MemoryCodeAttempts,
  defaultCodeAttemptLimits,
  everyoneCodeAttemptLimits,
  type CodeAttemptCounts,
  type CodeAttemptLimits,
} from '../../coordination/codeAttempts';
import { PostgresCodeAttempts } from '../../storage/postgresCodeAttempts';
import type { KeyedLock } from '../pipeline/conversationLock';
import { conversationLockKey } from '../pipeline/turnTransaction';
import { channelUserId } from '../sessions';
import type { UntieOutcome } from '../../dialogs/conversationDeps';
import { ChannelJoins } from './channelJoins';
import { ChannelTies } from './channelTies';
import { ContinueLinker } from './continueLinker';
import { reachOf } from './reach';

/** Ties and unties the invitation's mobile; see `ChannelTies`. */
export interface Mobiles {
  /** Outside a turn (a reminder due): true when a reply from the number now reaches the record. */
  tie(mobile: string, recordId: string): Promise<boolean>;
  /** In the turn that used the invitation code: the tie is made, and checked again, in the turn's commit. */
  tieInTurn(context: TurnContext, mobile: string, recordId: string): Promise<boolean>;
  /** "Not my phone": the channel that joined last no longer reaches the record. */
  untie(context: TurnContext, recordId: string): Promise<UntieOutcome>;
}

/**
 * One record across channels, wired apart from `app.ts`: continue codes (issued by "continue on
 * my phone", taken by the linker), the invitation's mobile tied to the record, the wrong-code
 * counts the invitation codes share, and the notices that tell a record's channels when another
 * joins it (a durable outbox topic, sent by `notices`, which the caller starts and stops).
 */
export function continuing(deps: {
  config: Pick<Config, 'publicUrl' | 'twilio'>;
  db: Database;
  sealer: Sealer;
  identityKeys: IdentityKeys;
  identities: IdentityStore;
  records: RecordStore;
  renderer: Renderer;
  clock: () => Date;
  logger: Logger;
  /** The lock turns of one conversation take: a tie outside a turn takes the number's thread's. */
  lock: KeyedLock;
  /** Where the mobile an invitation named is found, to untie it. */
  invitations: Pick<InvitationStore, 'get'>;
  /** How notices reach each kind of channel. */
  senders: NoticeSenders;
}): {
  codes: {
    issue(context: TurnContext, recordId: string): Promise<{ code: string; expiresAt: string }>;
  };
  linker: ContinueLinker;
  attempts: CodeAttempts;
  continueBy: { webUrl: string; smsNumber?: string };
  mobiles: Mobiles;
  notices: JoinNotices;
} {
  const { config, clock, db, identities, records, logger } = deps;
  const channels = new SqlRecordChannels(db, deps.sealer);
  const outbox = new SqlOutbox(db, deps.sealer, clock, 'notice');
  const joins = new ChannelJoins({ identities, records, channels, notices: outbox, clock });
  const notices = new JoinNotices({
    outbox,
    renderer: deps.renderer,
    senders: deps.senders,
    stillTied: (identity, recordId) => channels.leadsTo(identity, recordId),
    logger,
    clock,
  });
  const store = new SqlContinueCodes(db, joins, deps.identityKeys, clock);
  // In memory for one sqlite instance; in the database when several instances must share them.
  const counts = (scope: string, limits: CodeAttemptLimits): CodeAttemptCounts =>
    db.engine === 'postgres'
      ? new PostgresCodeAttempts(db, scope, clock, deps.identityKeys, limits)
      : new MemoryCodeAttempts(clock, limits);
  const attempts = new CodeAttempts({
    byKey: counts('codes', defaultCodeAttemptLimits),
    everyone: counts('continue-everyone', everyoneCodeAttemptLimits),
  });
  const linker = new ContinueLinker({ ...deps, codes: store, attempts, notices });
  const ties = new ChannelTies({
    db,
    joins,
    identities,
    channels,
    invitations: deps.invitations,
    records,
    notices,
    // The number's own text thread: a turn from that phone never interleaves with a tie to it.
    threadLock: (mobile, work) =>
      deps.lock.run(conversationLockKey(smsChannelId, smsConversationId(deps.identityKeys, mobile)), work),
  });
  const texting = config.twilio.accountSid && config.twilio.authToken && config.twilio.from;
  return {
    codes: {
      issue: async (context, recordId) => {
        // The channel asking is the one to tell when the code is used.
        await ties.noteInTurn(context, recordId, reachOf(context));
        return store.issue(recordId);
      },
    },
    linker,
    attempts,
    continueBy: { webUrl: config.publicUrl, smsNumber: texting ? config.twilio.from : undefined },
    mobiles: {
      tie: (mobile, recordId) => ties.tie(mobile, recordId),
      tieInTurn: (context, mobile, recordId) => ties.tieInTurn(context, mobile, recordId, reachOf(context)),
      untie: (context, recordId) =>
        ties.untie(recordId, { channelId: context.activity.channelId, userId: channelUserId(context) }),
    },
    notices,
  };
}
