import {
  invitationDetailsSchema,
  type ClaimResult,
  type Invitation,
  type InvitationStore,
  type EarlierCards,
  type SentCard,
} from '../coordination/invitationStore';
import type { Database, Row } from './database';
import type { Sealer } from './encryption';

/** Invitations in sqlite; the person's details are sealed and bound to the invitation id. */
export class SqlInvitationStore implements InvitationStore {
  constructor(
    private readonly db: Database,
    private readonly sealer: Sealer,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async create(invitation: Omit<Invitation, 'deliveries' | 'recordId'>): Promise<'created' | 'code_taken'> {
    const body = this.sealer.seal(JSON.stringify(invitation.details), bound(invitation.id));
    // A taken code inserts nothing, on either engine, rather than failing with engine-worded text.
    const inserted = await this.db.write(
      `INSERT INTO invitations (id, code, coordinator_id, appointment_at, body, created_at)
       VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING`,
      [
        invitation.id,
        invitation.code,
        invitation.coordinatorId,
        invitation.appointmentAt ?? null,
        body,
        invitation.createdAt,
      ],
    );
    return inserted.changes === 0 ? 'code_taken' : 'created';
  }

  async get(id: string): Promise<Invitation | null> {
    const row = await this.db.get('SELECT * FROM invitations WHERE id = ?', [id]);
    return row ? this.fromRow(row) : null;
  }

  async byCode(code: string): Promise<Invitation | null> {
    const row = await this.db.get('SELECT * FROM invitations WHERE code = ?', [code]);
    return row ? this.fromRow(row) : null;
  }

  async claim(code: string, recordId: string): Promise<ClaimResult> {
    const now = this.clock().toISOString();
    // One statement, so two people racing for one code cannot both win. A record holding another
    // invitation claims nothing (one lead contact per record), rather than failing on the unique
    // record_id with engine-worded text.
    const result = await this.db.write(
      `UPDATE invitations SET record_id = ?, claimed_at = ?
       WHERE code = ? AND (record_id IS NULL OR record_id = ?)
       AND NOT EXISTS (SELECT 1 FROM invitations held WHERE held.record_id = ? AND held.code <> ?)`,
      [recordId, now, code, recordId, recordId, code],
    );
    const invitation = await this.byCode(code);
    if (!invitation) return { ok: false, reason: 'unknown' };
    if (result.changes > 0 && invitation.recordId === recordId) return { ok: true, invitation };
    return { ok: false, reason: invitation.recordId === undefined ? 'other_invitation' : 'used' };
  }

  async forCoordinator(coordinatorId: string): Promise<Invitation[]> {
    const rows = await this.db.all(
      `SELECT * FROM invitations WHERE coordinator_id = ?
       ORDER BY appointment_at IS NULL, appointment_at, created_at`,
      [coordinatorId],
    );
    return rows.map((row) => this.fromRow(row));
  }

  async page(options: { after?: string; limit: number }): Promise<Invitation[]> {
    // By id (the primary key): a page resumes with a seek, and a new invitation never shifts one.
    const rows = options.after
      ? await this.db.all('SELECT * FROM invitations WHERE id > ? ORDER BY id LIMIT ?', [options.after, options.limit])
      : await this.db.all('SELECT * FROM invitations ORDER BY id LIMIT ?', [options.limit]);
    return rows.map((row) => this.fromRow(row));
  }

  async markDelivered(id: string, planVersion: number): Promise<void> {
    // A plan delivered again is theirs again: how they were told of an earlier take-back no longer stands.
    await this.db.write(
      'UPDATE invitations SET delivered_version = ?, delivered_at = ?, deliveries = deliveries + 1, taken_back_told = NULL WHERE id = ?',
      [planVersion, this.clock().toISOString(), id],
    );
  }

  async cardSent(id: string, planVersion: number, activityId: string): Promise<void> {
    // A send tried again after Teams took it gave the same card a second id: both are kept, both changed.
    await this.db.write(
      `INSERT INTO lead_cards (invitation_id, activity_id, plan_version, sent_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (invitation_id, activity_id) DO NOTHING`,
      [id, activityId, planVersion, this.clock().toISOString()],
    );
  }

  async cardsSent(id: string): Promise<SentCard[]> {
    const rows = await this.db.all(
      'SELECT activity_id, plan_version FROM lead_cards WHERE invitation_id = ? ORDER BY sent_at, activity_id',
      [id],
    );
    return rows.map((row) => ({ activityId: String(row.activity_id), planVersion: Number(row.plan_version) }));
  }

  async markTakenBack(id: string, earlier: EarlierCards): Promise<void> {
    await this.db.write(
      'UPDATE invitations SET delivered_version = NULL, delivered_at = NULL, taken_back_told = ? WHERE id = ?',
      [earlier, id],
    );
  }

  async markReviewed(id: string, coordinatorId: string, planVersion: number): Promise<boolean> {
    // A review of an older card never takes back the review of a newer version: the highest stays.
    const result = await this.db.write(
      `UPDATE invitations
       SET reviewed_version = CASE WHEN reviewed_version IS NULL OR reviewed_version < ? THEN ? ELSE reviewed_version END
       WHERE id = ? AND coordinator_id = ?`,
      [planVersion, planVersion, id, coordinatorId],
    );
    return result.changes > 0;
  }

  private fromRow(row: Row): Invitation {
    const id = String(row.id);
    const details = invitationDetailsSchema.parse(JSON.parse(this.sealer.open(String(row.body), bound(id))));
    const optionalNumber = (value: Row[string]): number | undefined => (typeof value === 'number' ? value : undefined);
    return {
      id,
      code: String(row.code),
      coordinatorId: String(row.coordinator_id),
      recordId: row.record_id === null ? undefined : String(row.record_id),
      appointmentAt: row.appointment_at === null ? undefined : String(row.appointment_at),
      details,
      deliveredVersion: optionalNumber(row.delivered_version),
      deliveredAt: typeof row.delivered_at === 'string' ? row.delivered_at : undefined,
      deliveries: Number(row.deliveries),
      reviewedVersion: optionalNumber(row.reviewed_version),
      takenBackTold: earlierCards(row.taken_back_told),
      createdAt: String(row.created_at),
    };
  }
}

/** A stored word read back: anything else (none, or a word not written by this version) is no telling. */
function earlierCards(value: Row[string]): EarlierCards | undefined {
  return value === 'changed' || value === 'unchanged' ? value : undefined;
}

function bound(id: string): string {
  return `invitation:${id}`;
}
