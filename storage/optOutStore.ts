import type { Database } from './database';
import { unkeyedIdentityKeys, type IdentityKeys } from './identityKeys';

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
export class SqlOptOutStore implements OptOutStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly keys: IdentityKeys = unkeyedIdentityKeys,
  ) {}

  async isOptedOut(number: string): Promise<boolean> {
    const row = await this.db.get('SELECT 1 AS found FROM sms_opt_outs WHERE identity = ?', [this.key(number)]);
    return row !== undefined;
  }

  async optOut(number: string): Promise<void> {
    await this.db.write('INSERT OR IGNORE INTO sms_opt_outs (identity, at) VALUES (?, ?)', [
      this.key(number),
      this.clock().toISOString(),
    ]);
  }

  async optIn(number: string): Promise<boolean> {
    const result = await this.db.write('DELETE FROM sms_opt_outs WHERE identity = ?', [this.key(number)]);
    return result.changes > 0;
  }

  /** The same key the identity table uses for the number. */
  private key(number: string): string {
    return this.keys.of('sms', number);
  }
}
