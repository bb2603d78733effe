import type { Database } from './database';
import { unkeyedIdentityKeys, type IdentityKeys } from './identityKeys';

/**
 * The keyword texts (STOP, START) remembered for each number, newest first: far more than a person
 * sends, and a bound on what one number can make the table hold.
 */
export const keywordSidsPerNumber = 100;

/**
 * The MessageSids of the STOP and START texts each number's opt-out list acted on, kept for as
 * long as the list itself. Twilio's signature holds no time, and the delivery ledger forgets a
 * MessageSid after a week, so a signed STOP or START sent again later would otherwise act again:
 * undo the START or the STOP the person sent since (H221). Numbers are kept as the same hash the
 * identity table uses; each keeps its newest `keywordSidsPerNumber`, so the table grows with the
 * numbers that ever texted a keyword, never with replays (a replay adds nothing).
 */
export class SqlKeywordSids {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly keys: IdentityKeys = unkeyedIdentityKeys,
  ) {}

  /** True when a keyword text under this MessageSid has already been acted on. */
  async seen(sid: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS found FROM sms_keyword_sids WHERE sid = ?', [sid])) !== undefined;
  }

  /** Remembers a keyword acted on, and forgets the number's oldest beyond its bound. */
  async remember(number: string, sid: string): Promise<void> {
    const identity = this.keys.of('sms', number);
    await this.db.write(
      'INSERT INTO sms_keyword_sids (sid, identity, at) VALUES (?, ?, ?) ON CONFLICT (sid) DO NOTHING',
      [sid, identity, this.clock().toISOString()],
    );
    await this.db.write(
      `DELETE FROM sms_keyword_sids WHERE identity = ? AND sid NOT IN
        (SELECT sid FROM sms_keyword_sids WHERE identity = ? ORDER BY at DESC, sid LIMIT ?)`,
      [identity, identity, keywordSidsPerNumber],
    );
  }
}
