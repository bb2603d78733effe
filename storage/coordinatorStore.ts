import {
  coordinatorReferenceSchema,
  type CoordinatorReference,
  type CoordinatorStore,
} from '../coordination/coordinatorStore';
import type { Database } from './database';

/** Coordinator references in sqlite; refreshed on every message, since Teams may move a chat's service URL. */
export class SqlCoordinatorStore implements CoordinatorStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async save(coordinatorId: string, reference: CoordinatorReference): Promise<void> {
    await this.db.write(
      `INSERT INTO coordinators (id, reference, updated_at) VALUES (?, ?, ?)
       ON CONFLICT (id) DO UPDATE SET reference = excluded.reference, updated_at = excluded.updated_at`,
      [coordinatorId, JSON.stringify(reference), this.clock().toISOString()],
    );
  }

  async get(coordinatorId: string): Promise<CoordinatorReference | null> {
    const row = await this.db.get('SELECT reference FROM coordinators WHERE id = ?', [coordinatorId]);
    if (!row) return null;
    const parsed = coordinatorReferenceSchema.safeParse(JSON.parse(String(row.reference)));
    return parsed.success ? parsed.data : null;
  }
}
