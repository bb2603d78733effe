import type { Database } from './database';

/** Processed delivery keys in sqlite; old ones are purged, as redeliveries come within minutes. */
export class SqliteDeliveryLedger {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async seen(key: string): Promise<boolean> {
    return (await this.db.get('SELECT 1 AS found FROM processed_activities WHERE key = ?', [key])) !== undefined;
  }

  async remember(key: string): Promise<void> {
    await this.db.write('INSERT OR IGNORE INTO processed_activities (key, at) VALUES (?, ?)', [
      key,
      this.clock().toISOString(),
    ]);
  }

  /** Deletes keys older than `days`; returns how many. */
  async purgeOlderThan(days: number): Promise<number> {
    const cutoff = new Date(this.clock().getTime() - days * 86_400_000).toISOString();
    const result = await this.db.write('DELETE FROM processed_activities WHERE at < ?', [cutoff]);
    return result.changes;
  }
}
