import { z } from 'zod';
import type { ResultInbox } from '../coordination/resultPorts';
import type { IncomingResult } from '../plan/results/mergeResults';
import { storedResultSchema, targetBandSchema } from '../plan/results/resultSchema';
import type { Database } from './database';
import type { Sealer } from './encryption';

const itemSchema = z.object({
  result: storedResultSchema,
  target: targetBandSchema.optional(),
  inPerson: z.boolean(),
});

/** The results inbox in sqlite; each body is sealed and bound to its invitation and result. */
export class SqlResultInbox implements ResultInbox {
  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  add(invitationId: string, items: readonly IncomingResult[]): Promise<number> {
    const at = this.clock().toISOString();
    return this.db.transaction(async (tx) => {
      let added = 0;
      for (const item of items) {
        const body = this.sealer.seal(JSON.stringify(itemSchema.parse(item)), bound(invitationId, item.result.id));
        const run = await tx.run(
          'INSERT OR IGNORE INTO result_inbox (invitation_id, result_id, body, created_at) VALUES (?, ?, ?, ?)',
          [invitationId, item.result.id, body, at],
        );
        added += run.changes;
      }
      return added;
    });
  }

  async pending(invitationId: string): Promise<IncomingResult[]> {
    const rows = await this.db.all(
      'SELECT result_id, body FROM result_inbox WHERE invitation_id = ? ORDER BY created_at, result_id',
      [invitationId],
    );
    return rows.map((row) =>
      itemSchema.parse(JSON.parse(this.sealer.open(String(row.body), bound(invitationId, String(row.result_id))))),
    );
  }

  async remove(invitationId: string, resultIds: readonly string[]): Promise<void> {
    if (resultIds.length === 0) return;
    await this.db.transaction(async (tx) => {
      for (const id of resultIds)
        await tx.run('DELETE FROM result_inbox WHERE invitation_id = ? AND result_id = ?', [invitationId, id]);
    });
  }

  async waiting(): Promise<string[]> {
    const rows = await this.db.all('SELECT DISTINCT invitation_id FROM result_inbox');
    return rows.map((row) => String(row.invitation_id));
  }
}

function bound(invitationId: string, resultId: string): string {
  return `result:${invitationId}:${resultId}`;
}
