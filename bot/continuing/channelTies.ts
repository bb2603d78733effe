import type { TurnContext } from 'botbuilder';
import { smsChannelId } from '../../channels/sms/smsRoutes';
import { channelFamily } from '../../content/channels';
import type { InvitationStore } from '../../coordination/invitationStore';
import { phoneEnding } from '../../coordination/joinNotices';
import type { Reach } from '../../coordination/reach';
import type { UntieOutcome } from '../../dialogs/conversationDeps';
import { AppError } from '../../plan/appError';
import type { Database, Tx } from '../../storage/database';
import type { ChannelUser, IdentityStore } from '../../storage/identityStore';
import type { SqlRecordChannels } from '../../storage/recordChannels';
import type { RecordStore } from '../../storage/recordStore';
import { turnUnitOf } from '../pipeline/turnUnits';
import { channelUserId } from '../sessions';
import type { ChannelJoins } from './channelJoins';

/**
 * The channels on a record as turns and jobs change them: the invitation's mobile tied (from the
 * turn that used the code, or when a reminder is due), where the speaking channel can be reached,
 * and "not my phone". Whatever a turn changes is written in the turn's own unit of work, so it is
 * stored with the turn's other writes or not at all; outside a turn a tie is its own transaction,
 * under the lock of the number's text thread, so it never commits another turn's changes and no
 * turn from that phone runs across it.
 */
export class ChannelTies {
  constructor(
    private readonly deps: {
      db: Database;
      joins: ChannelJoins;
      identities: IdentityStore;
      channels: SqlRecordChannels;
      records: Pick<RecordStore, 'get'>;
      invitations: Pick<InvitationStore, 'get'>;
      /** Wakes the notice sender once a join is stored. */
      notices: { deliverDue(): void };
      /** Runs `work` under the lock of the number's text thread. */
      threadLock: <T>(mobile: string, work: () => Promise<T>) => Promise<T>;
    },
  ) {}

  /** Outside a turn (a reminder due): true when a reply from the number now reaches the record. */
  async tie(mobile: string, recordId: string): Promise<boolean> {
    const { db, joins } = this.deps;
    const outcome = await this.deps.threadLock(mobile, () => db.transaction((tx) => joins.tieIn(tx, mobile, recordId)));
    if (outcome === 'tied') this.deps.notices.deliverDue();
    return outcome === 'tied' || outcome === 'already';
  }

  /**
   * In the turn that used the invitation code: whether the number will reach the record, read now
   * so the turn says the right thing, and the tie made in the turn's commit, after the record it
   * leads to. If the number gained answers of its own meanwhile, the commit fails rather than
   * store a turn that said otherwise. The speaking channel is told in the turn, not by a notice,
   * and is noted as reachable so it hears of later joins.
   */
  async tieInTurn(context: TurnContext, mobile: string, recordId: string, reach: Reach | undefined): Promise<boolean> {
    const unit = turnUnitOf(context);
    if (!unit) return this.tie(mobile, recordId);
    const { db, joins, identities, notices } = this.deps;
    await this.noteInTurn(context, recordId, reach);
    const state = await db.transaction((tx) => joins.mobileIn(tx, mobile, recordId));
    if (state !== 'free') return state === 'already';
    const quiet = [identities.keyOf(context.activity.channelId, channelUserId(context))];
    unit.set(
      `tie:${identities.keyOf(smsChannelId, mobile)}`,
      async (tx: Tx) => {
        const outcome = await joins.tieIn(tx, mobile, recordId, quiet);
        if (outcome !== 'tied' && outcome !== 'already')
          throw new AppError('storage_conflict', 'The invitation mobile was taken while the turn ran.');
      },
      { committed: () => notices.deliverDue() },
    );
    return true;
  }

  /** Notes where the turn's channel can be reached (with the turn's commit), so it is told of later joins. */
  async noteInTurn(context: TurnContext, recordId: string, reach: Reach | undefined): Promise<void> {
    if (!reach) return;
    const user: ChannelUser = { channelId: context.activity.channelId, userId: channelUserId(context) };
    const step = (tx: Tx): Promise<void> => this.deps.joins.noteIn(tx, user, recordId, reach);
    const unit = turnUnitOf(context);
    if (unit) unit.set(`reach:${this.deps.identities.keyOf(user.channelId, user.userId)}`, step);
    else await this.deps.db.transaction(step);
  }

  /** "Not my phone": the channel that joined last no longer reaches the record; see `SqlRecordChannels.untieLatest`. */
  async untie(recordId: string, speaker: ChannelUser): Promise<UntieOutcome> {
    const { identities, records, invitations, channels } = this.deps;
    const invitationId = (await records.get(recordId))?.value.leadContact?.invitationId;
    const mobile = invitationId ? (await invitations.get(invitationId))?.details.mobile : undefined;
    const mobileKey = mobile ? identities.keyOf(smsChannelId, mobile) : undefined;
    const { untied, left } = await channels.untieLatest(
      recordId,
      identities.keyOf(speaker.channelId, speaker.userId),
      mobileKey,
    );
    if (!untied) return { left };
    const { reach, linkedAt: at } = untied;
    if (untied.identity === mobileKey && mobile)
      return { untied: { kind: 'invitationMobile', ending: phoneEnding(mobile), at }, left };
    if (!reach || reach.kind === 'sms')
      return { untied: { kind: 'phone', ending: reach ? phoneEnding(reach.number) : undefined, at }, left };
    const family = reach.kind === 'chat' ? channelFamily(reach.channelId) : 'webchat';
    return { untied: { kind: family === 'teams' ? 'teams' : 'webchat', at }, left };
  }
}
