import { createHash } from 'node:crypto';
import type { Database } from './database';

const dayMs = 86_400_000;

/**
 * Bytes of SHA-256 kept for each MessageSid: 96 bits, so the chance that a new text's digest
 * matches any of a billion stored ones (and the text is dropped as a replay) is about 1 in 10^19.
 */
const digestBytes = 12;

/** The day number (days since 1970) a time falls on, as the table stores it. */
export function dayOf(at: Date): number {
  return Math.floor(at.getTime() / dayMs);
}

/** The stored digest of a MessageSid. */
export function sidDigest(sid: string): Buffer {
  return createHash('sha256').update(sid).digest().subarray(0, digestBytes);
}

/**
 * A digest of every ordinary text's MessageSid processed, kept for the retention period
 * (`CAREPREP_RETENTION_DAYS`), where the delivery ledger keeps the whole key for a week. Twilio's
 * signature holds no time and a MessageSid none either (32 random hex digits), so nothing in a
 * signed request can prove it old: only remembering it can. A digest and a day number are all a
 * row holds: 58 bytes a text with its indexes on sqlite, where a ledger row and its indexes take about 350 (H263).
 */
export class SqlSmsSidDigests {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** True when a text under this MessageSid was processed within the retention period. */
  async seen(sid: string): Promise<boolean> {
    const row = await this.db.get('SELECT 1 AS found FROM sms_sid_digests WHERE digest = ?', [sidDigest(sid)]);
    return row !== undefined;
  }

  /** Remembers a text processed; remembering it again adds nothing. */
  async remember(sid: string): Promise<void> {
    await this.db.write('INSERT OR IGNORE INTO sms_sid_digests (digest, day) VALUES (?, ?)', [
      sidDigest(sid),
      dayOf(this.clock()),
    ]);
  }
}
