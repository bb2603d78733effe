import type { AuditEntry, AuditTrail } from '../plan/audit';
import type { SqlAuditLog } from './auditLog';
import type { Database, Tx } from './database';
import { eraseRecordIn } from './retention';

/**
 * What is held about a person besides their record, and erasing it: used for "show my data" and
 * "delete my data".
 */
export class SqlPersonalData {
  constructor(
    private readonly db: Database,
    private readonly audit: Pick<SqlAuditLog, 'appendEachIn'> & Pick<AuditTrail, 'forSubject'>,
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

  /**
   * Erases the record, its identities and links, and the conversation-state documents named, with
   * its `delete` audit entry by `actor` in the same transaction: an erasure is never without its
   * entry, nor an entry without its erasure, whatever fails or stops between them (H262).
   */
  async erase(recordId: string, actor: string, stateKeys: readonly string[] = []): Promise<void> {
    await this.db.transaction((tx) => this.eraseIn(tx, recordId, actor, stateKeys));
  }

  /** `erase` inside a transaction, so it is done only with what tells of it. */
  async eraseIn(tx: Tx, recordId: string, actor: string, stateKeys: readonly string[] = []): Promise<void> {
    await eraseRecordIn(tx, recordId, stateKeys);
    await this.audit.appendEachIn(tx, { actor, action: 'delete' }, [recordId]);
  }
}
