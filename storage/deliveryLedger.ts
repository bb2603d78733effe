import type { Database } from './database';
import type { UnitStep } from './unitOfWork';

/** Processed delivery keys in sqlite; old ones are purged, as redeliveries come within minutes. */
export class SqliteDeliveryLedger {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async seen(key: string): Promise<boolean> {
    return this.seenAny([key]);
  }

  /** Whether any of the keys was processed: one read however many keys a delivery has. */
  async seenAny(keys: readonly string[]): Promise<boolean> {
    if (keys.length === 0) return false;
    const found = await this.db.get(
      `SELECT 1 AS found FROM processed_activities WHERE key IN (${keys.map(() => '?').join(',')}) LIMIT 1`,
      keys,
    );
    return found !== undefined;
  }

  async remember(key: string): Promise<void> {
    await this.db.write('INSERT OR IGNORE INTO processed_activities (key, at) VALUES (?, ?)', [
      key,
      this.clock().toISOString(),
    ]);
  }

  /**
   * Remembers keys as a step of a turn's unit of work, so they commit with what the turn wrote:
   * one statement however many keys a delivery has.
   */
  rememberStep(keys: readonly string[]): UnitStep {
    return async (tx) => {
      await tx.run('INSERT OR IGNORE INTO processed_activities (key, at) SELECT value, ? FROM json_each(?)', [
        this.clock().toISOString(),
        JSON.stringify(keys),
      ]);
    };
  }
}
