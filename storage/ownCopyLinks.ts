import { createHash, randomBytes } from 'node:crypto';
import type { Database } from './database';

/** A link just made: the token goes into the URL and is never stored. */
export interface IssuedLink {
  token: string;
  /** A short public id for the audit log ("which link was used"), not enough to open it. */
  linkId: string;
  expiresAt: string;
  /** How many older live links to the same record this one replaced (they no longer open). */
  replaced: number;
}

/** What a token opens: a record, or why it no longer does. */
export type LinkLookup =
  { ok: true; recordId: string; linkId: string } | { ok: false; reason: 'unknown' | 'expired' | 'revoked' };

/** The person's own-copy links. */
export interface OwnCopyLinkStore {
  /** Makes a new link to a record and revokes every older one, so only the newest opens. */
  issue(recordId: string): Promise<IssuedLink>;
  resolve(token: string): Promise<LinkLookup>;
  revoke(token: string): Promise<boolean>;
  /** Revokes every link to a record; returns how many were live. */
  revokeAll(recordId: string): Promise<number>;
  /** Links to a record still usable now. */
  active(recordId: string): Promise<{ linkId: string; createdAt: string; expiresAt: string }[]>;
}

/**
 * Long enough to keep through an appointment that is months away (a link that dies in a week is
 * a known complaint), short enough that a forgotten link does not work for ever.
 */
export const defaultLinkLifetimeDays = 90;

/**
 * Own-copy links in sqlite. A token is 256 random bits; only its SHA-256 is stored, so reading
 * the table gives nobody a working link.
 */
export class SqlOwnCopyLinks implements OwnCopyLinkStore {
  constructor(
    private readonly db: Database,
    private readonly clock: () => Date = () => new Date(),
    private readonly lifetimeDays: number = defaultLinkLifetimeDays,
  ) {}

  async issue(recordId: string): Promise<IssuedLink> {
    // Hex rather than base64url: nothing in it needs escaping in markdown, SMS or a URL.
    const token = randomBytes(32).toString('hex');
    const linkId = randomBytes(6).toString('hex');
    const now = this.clock().toISOString();
    const expiresAt = new Date(Date.parse(now) + this.lifetimeDays * 86_400_000).toISOString();
    // One live link per record: every re-share used to add another 90-day link, so a plan could be
    // opened by links the person had long forgotten sending. Revoking and issuing in one
    // transaction means there is never a moment with none, or with two.
    const replaced = await this.db.transaction(async (tx) => {
      const revoked = await tx.run(
        'UPDATE own_copy_links SET revoked_at = ? WHERE record_id = ? AND revoked_at IS NULL AND expires_at > ?',
        [now, recordId, now],
      );
      await tx.run(
        'INSERT INTO own_copy_links (token_hash, link_id, record_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
        [tokenHash(token), linkId, recordId, now, expiresAt],
      );
      return revoked.changes;
    });
    return { token, linkId, expiresAt, replaced };
  }

  async resolve(token: string): Promise<LinkLookup> {
    if (!/^[0-9a-f]{64}$/.test(token)) return { ok: false, reason: 'unknown' };
    const row = await this.db.get(
      'SELECT link_id, record_id, expires_at, revoked_at FROM own_copy_links WHERE token_hash = ?',
      [tokenHash(token)],
    );
    if (!row) return { ok: false, reason: 'unknown' };
    if (row.revoked_at) return { ok: false, reason: 'revoked' };
    if (String(row.expires_at) <= this.clock().toISOString()) return { ok: false, reason: 'expired' };
    return { ok: true, recordId: String(row.record_id), linkId: String(row.link_id) };
  }

  async revoke(token: string): Promise<boolean> {
    const result = await this.db.write(
      'UPDATE own_copy_links SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL',
      [this.clock().toISOString(), tokenHash(token)],
    );
    return result.changes > 0;
  }

  async revokeAll(recordId: string): Promise<number> {
    const now = this.clock().toISOString();
    const result = await this.db.write(
      'UPDATE own_copy_links SET revoked_at = ? WHERE record_id = ? AND revoked_at IS NULL AND expires_at > ?',
      [now, recordId, now],
    );
    return result.changes;
  }

  async active(recordId: string): Promise<{ linkId: string; createdAt: string; expiresAt: string }[]> {
    const rows = await this.db.all(
      `SELECT link_id, created_at, expires_at FROM own_copy_links
       WHERE record_id = ? AND revoked_at IS NULL AND expires_at > ? ORDER BY created_at`,
      [recordId, this.clock().toISOString()],
    );
    return rows.map((row) => ({
      linkId: String(row.link_id),
      createdAt: String(row.created_at),
      expiresAt: String(row.expires_at),
    }));
  }
}

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
