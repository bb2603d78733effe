import type { Database } from './database';
import { identityKey } from './identityStore';

/** Phone numbers that texted STOP (or a synonym) and have not texted START since. */
export interface OptOutStore {
  isOptedOut(number: string): Promise<boolean>;
  optOut(number: string): Promise<void>;
  /** Removes the number from the list; true when it was on it. */
  optIn(number: string): Promise<boolean>;
}

/**
 * The opt-out list in sqlite. Numbers are kept as the same hash the identity table
 * uses, so the list can answer "is this number opted out?" without ever holding a number.
 */
export class SqliteOptOutStore implements OptOutStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async isOptedOut(number: string): Promise<boolean> {
    const row = await this.db.get('SELECT 1 AS found FROM sms_opt_outs WHERE identity = ?', [optOutKey(number)]);
    return row !== undefined;
  }

  async optOut(number: string): Promise<void> {
    await this.db.write('INSERT OR IGNORE INTO sms_opt_outs (identity, at) VALUES (?, ?)', [
      optOutKey(number),
      this.clock().toISOString(),
    ]);
  }

  async optIn(number: string): Promise<boolean> {
    const result = await this.db.write('DELETE FROM sms_opt_outs WHERE identity = ?', [optOutKey(number)]);
    return result.changes > 0;
  }
}

function optOutKey(number: string): string {
  return identityKey('sms', number);
}
