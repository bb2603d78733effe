import { reachSchema, type Reach } from '../coordination/reach';
import type { Database, Tx } from './database';
import type { Sealer } from './encryption';

/** An identity on a record and where its channel can be reached. */
export interface Reachable {
  /** The stored (keyed) identity. */
  identity: string;
  reach: Reach;
}

/** The channel "not my phone" took off a record, and how many others it could still take. */
export interface Untied {
  untied?: { identity: string; reach?: Reach; linkedAt: string };
  left: number;
}

/**
 * A record's channels beyond their keys (the identity rows): where each can be reached, kept
 * sealed (a phone number or a conversation is personal data) and noted when a channel is tied or
 * joined, or asks for a code, so the channels a person uses are told when another joins; and how
 * each came to the record, so "not my phone" takes away only what joined from elsewhere. Bound to
 * the record, as the row is: a link made again elsewhere clears both.
 */
export class SqlRecordChannels {
  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
  ) {}

  /** Notes where an identity already linked to `recordId` can be reached (nothing if it is not). */
  async noteIn(tx: Tx, identity: string, recordId: string, reach: Reach): Promise<void> {
    await tx.run('UPDATE identities SET reach = ? WHERE identity = ? AND record_id = ?', [
      this.sealer.seal(JSON.stringify(reach), `reach:${recordId}`),
      identity,
      recordId,
    ]);
  }

  /** Every identity of the record whose channel can be reached. */
  async reachableIn(tx: Pick<Tx, 'all'>, recordId: string): Promise<Reachable[]> {
    const rows = await tx.all('SELECT identity, reach FROM identities WHERE record_id = ? AND reach IS NOT NULL', [
      recordId,
    ]);
    return rows.flatMap((row) => {
      const reach = this.open(row.reach, recordId);
      return reach ? [{ identity: String(row.identity), reach }] : [];
    });
  }

  /** True while the identity still leads to the record (not untied, moved or erased since). */
  async leadsTo(identity: string, recordId: string): Promise<boolean> {
    return !!(await this.db.get('SELECT 1 AS found FROM identities WHERE identity = ? AND record_id = ?', [
      identity,
      recordId,
    ]));
  }

  /**
   * Takes off the record the channel that joined it last, by a code or as the invitation's mobile
   * (`mobile`, which may have been tied before joins were marked), never `speaker`: the one a
   * notice or the turn just told of. One at a time, each named in the reply, so a person who
   * also uses a phone of their own never loses it to a stranger's.
   */
  untieLatest(recordId: string, speaker: string, mobile?: string): Promise<Untied> {
    return this.db.transaction(async (tx): Promise<Untied> => {
      const rows = await tx.all(
        `SELECT identity, reach, created_at FROM identities
         WHERE record_id = ? AND identity <> ? AND (joined IS NOT NULL OR identity = ?)
         ORDER BY created_at DESC, rowid DESC`,
        [recordId, speaker, mobile ?? null],
      );
      const latest = rows[0];
      if (!latest) return { left: 0 };
      const identity = String(latest.identity);
      await tx.run('DELETE FROM identities WHERE identity = ? AND record_id = ?', [identity, recordId]);
      return {
        untied: { identity, reach: this.open(latest.reach, recordId), linkedAt: String(latest.created_at) },
        left: rows.length - 1,
      };
    });
  }

  private open(stored: unknown, recordId: string): Reach | undefined {
    if (typeof stored !== 'string') return undefined;
    return reachSchema.safeParse(JSON.parse(this.sealer.open(stored, `reach:${recordId}`))).data;
  }
}
