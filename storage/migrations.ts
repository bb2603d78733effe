import type { Tx } from './connection';
import { emptyTracesSql } from './emptyTracesTable';
import { keywordSidsTable } from './keywordSidsTable';
import { smsSidDigestsTable } from './smsSidDigestsTable';
import { takenBackHeldSql } from './takenBackHeldSql';
import { deliveredAtSql, leadCardsTable, takenBackToldSql } from './leadCardsTable';
import type { Migration } from './postgresBaseline';

/**
 * Schema changes in order. Never edit one that has shipped: add the next version instead.
 * The audit log refuses UPDATE and DELETE in the database itself, so no code path can rewrite it.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE documents (
        key TEXT PRIMARY KEY,
        etag TEXT NOT NULL,
        body TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE TABLE records (
        id TEXT PRIMARY KEY,
        etag TEXT NOT NULL,
        status TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX records_status ON records (status, updated_at);
      CREATE INDEX records_updated ON records (updated_at);
      CREATE TABLE identities (
        identity TEXT PRIMARY KEY,
        record_id TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX identities_record ON identities (record_id);
      CREATE TABLE processed_activities (
        key TEXT PRIMARY KEY,
        at TEXT NOT NULL
      );
      CREATE INDEX processed_activities_at ON processed_activities (at);
      CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        detail TEXT NOT NULL DEFAULT ''
      );
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
    `,
  },
  {
    version: 2,
    // SMS opt-outs (STOP until START), keyed by the hashed number like identities.
    sql: `
      CREATE TABLE sms_opt_outs (
        identity TEXT PRIMARY KEY,
        at TEXT NOT NULL
      );
    `,
  },
  {
    version: 3,
    // The person's own-copy links (only a hash of each token is kept, so the table cannot be
    // replayed into working links), and an index to read one record's audit trail.
    sql: `
      CREATE TABLE own_copy_links (
        token_hash TEXT PRIMARY KEY,
        link_id TEXT NOT NULL UNIQUE,
        record_id TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        revoked_at TEXT
      );
      CREATE INDEX own_copy_links_record ON own_copy_links (record_id);
      CREATE INDEX audit_log_subject ON audit_log (subject, seq);
    `,
  },
  {
    version: 4,
    // Care coordinators' invitations (the person's name and mobile are sealed in `body`) and where
    // to reach each coordinator in Teams for proactive cards.
    sql: `
      CREATE TABLE invitations (
        id TEXT PRIMARY KEY,
        code TEXT NOT NULL UNIQUE,
        coordinator_id TEXT NOT NULL,
        record_id TEXT UNIQUE,
        appointment_at TEXT,
        body TEXT NOT NULL,
        delivered_version INTEGER,
        deliveries INTEGER NOT NULL DEFAULT 0,
        reviewed_version INTEGER,
        created_at TEXT NOT NULL,
        claimed_at TEXT
      );
      CREATE INDEX invitations_coordinator ON invitations (coordinator_id, appointment_at);
      CREATE TABLE coordinators (
        id TEXT PRIMARY KEY,
        reference TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    // Deliveries to the lead contact wait here, so a slow or throttled Teams never holds up the
    // person's reply, and a restart does not lose them. The payload is sealed like the records.
    sql: `
      CREATE TABLE outbox (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        record_id TEXT NOT NULL,
        payload TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        due_at TEXT NOT NULL,
        created_at TEXT NOT NULL
      );
      CREATE INDEX outbox_due ON outbox (due_at);
      CREATE INDEX outbox_record ON outbox (record_id);
    `,
  },
  {
    version: 6,
    // Whether a record holds anything a person said, so retention can purge the empty ones that
    // every opened-and-left page leaves behind without unsealing each body. Rows from before this
    // version count as not empty: they are kept for the full retention period, as before.
    sql: `
      ALTER TABLE records ADD COLUMN empty INTEGER NOT NULL DEFAULT 0;
      CREATE INDEX records_empty ON records (empty, updated_at);
    `,
  },
  {
    version: 7,
    // Facts about the database itself, checked at start-up: the check value of the key its rows
    // are sealed with, and how its identities are keyed.
    sql: `
      CREATE TABLE settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
  {
    version: 8,
    // The plan listing is read a page at a time, newest first, resuming after the last row seen:
    // with the id in the index, the next page starts by a seek instead of a sort of every record.
    // The two older indexes are prefixes of these, so they only cost writes now.
    sql: `
      CREATE INDEX records_page ON records (updated_at, id);
      CREATE INDEX records_status_page ON records (status, updated_at, id);
      DROP INDEX records_status;
      DROP INDEX records_updated;
    `,
  },
  {
    version: 9,
    // Test results accepted for an invitation and not yet in the person's record (they may come
    // before the person uses their code). Sealed like records; one row per result, so the same
    // result sent twice is kept once.
    sql: `
      CREATE TABLE result_inbox (
        invitation_id TEXT NOT NULL,
        result_id TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (invitation_id, result_id)
      );
    `,
  },
  {
    version: 10,
    // Durable jobs (reminders): each row runs at most once. Plain columns and single-row
    // conditional updates, so the same table works in PostgreSQL.
    sql: `
      CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        invitation_id TEXT NOT NULL,
        due_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        outcome TEXT,
        claimed_at TEXT,
        done_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX jobs_due ON jobs (state, due_at);
      CREATE INDEX jobs_invitation ON jobs (invitation_id);
    `,
  },
  {
    version: 11,
    // Retention without reading every body: whether a record holds a plan shared and not withdrawn
    // (recipients must hear before it is purged), NULL on rows written before this version. The
    // partial index finds those rows, whose \`empty\` may be unknown too (rows from before version
    // 6 count as not empty), so a sweep can work both out once; it is empty once they are done.
    // Conversation state is cleared by age, now from an index rather than a scan of every row.
    sql: `
      ALTER TABLE records ADD COLUMN shared INTEGER;
      CREATE INDEX records_unchecked ON records (updated_at) WHERE shared IS NULL;
      CREATE INDEX documents_updated ON documents (updated_at);
    `,
  },
  {
    version: 12,
    // Short codes that join another channel to a record ("continue on my phone"): only a keyed
    // hash of each code is stored, each works once and for minutes. Retention finds expired codes,
    // a purged record's codes, old inbox rows and finished jobs each from an index.
    sql: `
      CREATE TABLE continue_codes (
        code_key TEXT PRIMARY KEY,
        record_id TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT,
        created_at TEXT NOT NULL
      );
      CREATE INDEX continue_codes_record ON continue_codes (record_id);
      CREATE INDEX continue_codes_expires ON continue_codes (expires_at);
      CREATE INDEX result_inbox_created ON result_inbox (created_at);
      CREATE INDEX jobs_done ON jobs (state, done_at);
    `,
  },
  {
    version: 13,
    // A turn's replies, sealed, kept with its delivery key until they have gone out: a redelivery
    // after an instance died between its commit and its sends gets them instead of silence.
    sql: `ALTER TABLE processed_activities ADD COLUMN replies TEXT;`,
  },
  {
    version: 14,
    // When another channel joins a record, the channels already on it are told. Each identity may
    // say where its channel can be reached (sealed: a phone number or a conversation) and how it
    // came to the record ('code', 'mobile'; NULL for the channel that began it, or from before),
    // so "not my phone" unties only what joined. The notices wait in the outbox beside the plan
    // deliveries, each worker taking only its own topic.
    sql: `
      ALTER TABLE identities ADD COLUMN reach TEXT;
      ALTER TABLE identities ADD COLUMN joined TEXT;
      ALTER TABLE outbox ADD COLUMN topic TEXT NOT NULL DEFAULT 'plan';
      DROP INDEX outbox_due;
      CREATE INDEX outbox_due ON outbox (topic, due_at);
    `,
  },
  {
    version: 15,
    // How many of a turn's outgoing activities (its replies as the channel sends them, after SMS
    // splitting) have been handed to the connector, so a redelivery after the instance died
    // midway sends only the rest.
    sql: `ALTER TABLE processed_activities ADD COLUMN handed_over INTEGER NOT NULL DEFAULT 0;`,
  },
  {
    version: 16,
    // Until when a delivery is being sent (its worker has handed it to the recipient's service and
    // waits): a plan taken back meanwhile may already have reached the lead contact, and the
    // person is told so, never that it was not sent.
    sql: `ALTER TABLE outbox ADD COLUMN sending_until TEXT;`,
  },
  {
    version: 17,
    // What a delivery is (the plan, or a note that it was taken back), unsealed and kept when it is
    // dropped: only the plan being sent may have reached the lead contact. Older rows have none.
    sql: `ALTER TABLE outbox ADD COLUMN kind TEXT;`,
  },
  // How often a reminder's text was refused (nothing sent): tried again with backoff, a bounded number of times.
  { version: 18, sql: `ALTER TABLE jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;` },
  { version: 19, sql: keywordSidsTable('TEXT') }, // STOP and START texts acted on, past the ledger's week (keywordSids.ts)
  { version: 20, sql: emptyTracesSql('TEXT') }, // ties to an empty record, purged with it (emptyTracesTable.ts, H224)
  { version: 21, sql: smsSidDigestsTable('BLOB') }, // texts' MessageSids past the ledger's week (smsSidDigests.ts, H263)
  { version: 22, sql: takenBackHeldSql('sqlite') }, // re-shared after a take-back before H284 (takenBackHeldSql.ts)
  { version: 23, sql: leadCardsTable('TEXT') }, // plan cards sent to lead contacts, changed in place (H321)
  { version: 24, sql: takenBackToldSql }, // how the lead contact was told a plan is taken back (H447)
  { version: 25, sql: deliveredAtSql }, // when the version the lead contact holds reached them (H490)
];

/** Applies every migration newer than the database's version, each in its own transaction. */
export async function migrate(db: Tx & { exec(sql: string): Promise<void> }): Promise<number> {
  await db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
  const row = await db.get('SELECT MAX(version) AS version FROM schema_migrations');
  const current = typeof row?.version === 'number' ? row.version : 0;
  for (const migration of migrations.filter((m) => m.version > current)) {
    await db.exec('BEGIN IMMEDIATE');
    try {
      await db.exec(migration.sql);
      await db.run('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)', [
        migration.version,
        new Date().toISOString(),
      ]);
      await db.exec('COMMIT');
    } catch (error) {
      await db.exec('ROLLBACK');
      throw error;
    }
  }
  return migrations.length === 0 ? current : Math.max(current, ...migrations.map((m) => m.version));
}
