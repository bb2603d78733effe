import type { Database, Engine } from './database';
import type { Sealer } from './encryption';
import { finishRotation } from './keyCheck';

/** A table of sealed documents, and what each row's seal is bound to (as its store seals it). */
interface SealedTable {
  table: string;
  column: string;
  /** The SQL expression, on the row, of what the seal is bound to. */
  bound: string;
  /** A condition rows must meet to hold a sealed document at all (the column may be NULL). */
  where?: string;
  /** The one engine that has the table (the other keeps what it holds in memory). */
  only?: Engine;
}

/** Every place a store seals a document. A store that seals something new must be added here. */
export const sealedColumns: readonly SealedTable[] = [
  { table: 'records', column: 'body', bound: "'record:' || id" },
  { table: 'documents', column: 'body', bound: 'key' },
  { table: 'invitations', column: 'body', bound: "'invitation:' || id" },
  { table: 'outbox', column: 'payload', bound: "'outbox:' || record_id" },
  { table: 'result_inbox', column: 'body', bound: "'result:' || invitation_id || ':' || result_id" },
  { table: 'identities', column: 'reach', bound: "'reach:' || record_id", where: 'reach IS NOT NULL' },
  { table: 'directline_activities', column: 'body', bound: "'directline:' || conversation_id", only: 'postgres' },
];

/** The sealed tables a database on `engine` has. */
export function sealedTablesOn(engine: Engine): readonly SealedTable[] {
  return sealedColumns.filter((sealed) => sealed.only === undefined || sealed.only === engine);
}

/** What one batch did, for progress. */
export interface ResealProgress {
  table: string;
  examined: number;
  resealed: number;
}

/** What a whole run did. */
export interface ResealResult {
  examined: number;
  resealed: number;
}

/**
 * Re-seals every stored document that is not yet under the current key (including any stored in
 * the clear before a key was set), table by table in batches of `batchSize` rows, each batch its
 * own short transaction so the service can keep writing between them (a batch reads and writes
 * inside one write transaction, so no row changes between the two).
 * Rows already current are left alone, so a second run changes nothing. Once every row has been
 * seen under the current key, the rotation is marked finished and the old key is no longer needed.
 * A row neither key opens stops the run with an error, and the rotation stays unfinished.
 */
export async function resealAll(
  db: Database,
  sealer: Sealer,
  options: { batchSize: number; onBatch?: (progress: ResealProgress) => void },
): Promise<ResealResult> {
  const total: ResealResult = { examined: 0, resealed: 0 };
  for (const { table, column, bound, where } of sealedTablesOn(db.engine)) {
    let after = 0;
    for (;;) {
      const batch = await db.transaction(async (tx) => {
        // By rowid: a seek to where the last batch ended, never a scan of the rows before it.
        const rows = await tx.all(
          `SELECT rowid AS at, ${bound} AS bound, ${column} AS body FROM ${table}
           WHERE rowid > ? ${where ? `AND ${where}` : ''} ORDER BY rowid LIMIT ?`,
          [after, options.batchSize],
        );
        let resealed = 0;
        for (const row of rows) {
          const body = String(row.body);
          const boundTo = String(row.bound);
          if (sealer.isCurrent(body, boundTo)) continue;
          const fresh = sealer.seal(sealer.open(body, boundTo), boundTo);
          const result = await tx.run(`UPDATE ${table} SET ${column} = ? WHERE rowid = ? AND ${column} = ?`, [
            fresh,
            row.at,
            body,
          ]);
          resealed += result.changes;
        }
        return { last: rows.at(-1)?.at, examined: rows.length, resealed };
      });
      if (batch.examined === 0) break;
      total.examined += batch.examined;
      total.resealed += batch.resealed;
      options.onBatch?.({ table, examined: batch.examined, resealed: batch.resealed });
      after = Number(batch.last);
      if (batch.examined < options.batchSize) break;
    }
  }
  await finishRotation(db);
  return total;
}
