import type { AuditEntry, AuditTrail } from '../plan/audit';
import type { Database, Tx } from './database';
import { eraseRecord, eraseRecordIn } from './retention';

/**
 * What is held about a person besides their record, and erasing it: used for "show my data" and
 * "delete my data".
 */
export class SqlPersonalData {
  constructor(
    private readonly db: Database,
    private readonly audit: AuditTrail,
    private readonly clock: () => Date,
  ) {}

  async held(recordId: string): Promise<{ identities: number; links: number; history: AuditEntry[] }> {
    const identities = await this.db.get('SELECT COUNT(*) AS n FROM identities WHERE record_id = ?', [recordId]);
    const links = await this.db.get(
      'SELECT COUNT(*) AS n FROM own_copy_links WHERE record_id = ? AND revoked_at IS NULL AND expires_at > ?',
      [recordId, this.clock().toISOString()],
    );
    return {
      identities: Number(identities?.n ?? 0),
      links: Number(links?.n ?? 0),
      history: await this.audit.forSubject(recordId),
    };
  }

  /** Erases the record, its identities and links, and the conversation-state documents named. */
  async erase(recordId: string, stateKeys: readonly string[] = []): Promise<void> {
    await eraseRecord(this.db, recordId, stateKeys);
  }

  /** `erase` inside a transaction, so it is done only with what tells of it. */
  async eraseIn(tx: Tx, recordId: string, stateKeys: readonly string[] = []): Promise<void> {
    await eraseRecordIn(tx, recordId, stateKeys);
  }
}
