import { smsChannelId } from '../../channels/sms/smsRoutes';
import { channelFamily } from '../../content/channels';
import { phoneEnding, type Joined, type JoinNotice } from '../../coordination/joinNotices';
import type { Reach } from '../../coordination/reach';
import { isEmptyRecord } from '../../plan/record';
import type { SqlRecordChannels } from '../../storage/recordChannels';
import type { Tx } from '../../storage/database';
import type { ChannelUser, IdentityStore, JoinedBy } from '../../storage/identityStore';
import type { SqlOutbox } from '../../storage/outbox';
import type { RecordStore } from '../../storage/recordStore';

/** A channel joining a record, and where it can be reached if known. */
export interface JoiningChannel extends ChannelUser {
  reach?: Reach;
}

/**
 * Whether the invitation's mobile may be tied to a record: it already leads there, it leads to
 * another record with answers of its own (kept: a preparation made by text is never moved away),
 * or it is free (nowhere, or to a record with nothing in it).
 */
export type MobileState = 'already' | 'taken' | 'free';

/** What tying the mobile did; `disowned` when the person said it is not theirs, `gone` when the record was erased. */
export type TieOutcome = MobileState | 'tied' | 'disowned' | 'gone';

/**
 * Joins channels to records inside the caller's transaction, and queues a notice to every other
 * channel of the record that can be reached, in that same transaction: a notice is owed exactly
 * when the join is stored, and tells only of what was stored.
 */
export class ChannelJoins {
  constructor(
    private readonly deps: {
      identities: IdentityStore;
      records: Pick<RecordStore, 'getIn'>;
      channels: SqlRecordChannels;
      /** The outbox topic the notices wait in. */
      notices: Pick<SqlOutbox, 'enqueueIn'>;
      clock: () => Date;
    },
  ) {}

  /** Notes where a channel already on the record can be reached, so it hears of later joins. */
  noteIn(tx: Tx, user: ChannelUser, recordId: string, reach: Reach): Promise<void> {
    return this.deps.channels.noteIn(tx, this.deps.identities.keyOf(user.channelId, user.userId), recordId, reach);
  }

  /**
   * Points the joining channel at the record, notes where it can be reached, and queues a notice
   * for each other channel of the record that can be reached, except the `quiet` identities (a
   * channel told in the turn itself).
   */
  async joinIn(
    tx: Tx,
    joining: JoiningChannel,
    recordId: string,
    by: JoinedBy,
    quiet: readonly string[] = [],
  ): Promise<void> {
    const { identities, channels, notices, clock } = this.deps;
    const identity = identities.keyOf(joining.channelId, joining.userId);
    await identities.linkIn(tx, joining.channelId, joining.userId, recordId, by);
    if (joining.reach) await channels.noteIn(tx, identity, recordId, joining.reach);
    const family = channelFamily(joining.channelId);
    const joined: Joined = { by, family, ...(family === 'sms' ? { ending: phoneEnding(joining.userId) } : {}) };
    const at = clock();
    for (const to of await channels.reachableIn(tx, recordId)) {
      if (to.identity === identity || quiet.includes(to.identity)) continue;
      const notice: JoinNotice = { recordId, to, joined, at: at.toISOString() };
      await notices.enqueueIn(tx, recordId, JSON.stringify(notice), at);
    }
  }

  /** Where the mobile stands towards the record, read in `tx`. */
  async mobileIn(tx: Tx, mobile: string, recordId: string): Promise<MobileState> {
    const current = await this.deps.identities.recordForIn(tx, smsChannelId, mobile);
    if (current === recordId) return 'already';
    if (current === null) return 'free';
    const theirs = await this.deps.records.getIn(tx, current);
    return theirs && !isEmptyRecord(theirs.value) ? 'taken' : 'free';
  }

  /**
   * Ties the invitation's mobile to the record, so a reply to a reminder carries it on, when the
   * number is free and the person has not said it is not theirs; the record's other channels are
   * told (but `quiet` ones).
   */
  async tieIn(tx: Tx, mobile: string, recordId: string, quiet: readonly string[] = []): Promise<TieOutcome> {
    const record = await this.deps.records.getIn(tx, recordId);
    if (!record) return 'gone';
    if (record.value.leadContact?.mobileDisowned) return 'disowned';
    const state = await this.mobileIn(tx, mobile, recordId);
    if (state !== 'free') return state;
    const joining = { channelId: smsChannelId, userId: mobile, reach: { kind: 'sms', number: mobile } } as const;
    await this.joinIn(tx, joining, recordId, 'mobile', quiet);
    return 'tied';
  }
}
