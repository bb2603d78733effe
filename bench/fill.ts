/**
 * A database full of finished preparations, for `npm run bench -- --records N`. A few real
 * conversations are run through the app first (invited and shared, or not; person and carer;
 * several channels); each of the N is then a copy of one of them with its own ids and time,
 * written through the stores' own code as the app writes it: the record, its channel identity,
 * the conversation state, a delivery key per turn, the audit entries, the own-copy link and the
 * invitation it was linked with.
 */
import { randomUUID } from 'node:crypto';
import type { PreparationRecord } from '../plan/record';
import { deliveryKey } from '../bot/pipeline/turnTransaction';
import { createInvitation } from '../coordination/invitations';
import type { AuditAction, AuditDetail } from '../plan/audit';
import { SqlAuditLog } from '../storage/auditLog';
import { Database } from '../storage/database';
import { SqlDeliveryLedger } from '../storage/deliveryLedger';
import { createSealer } from '../storage/encryption';
import { SqlIdentityStore } from '../storage/identityStore';
import { SqlInvitationStore } from '../storage/invitationStore';
import { verifyEncryptionKey } from '../storage/keyCheck';
import { SqlOwnCopyLinks } from '../storage/ownCopyLinks';
import { SqlRecordStore } from '../storage/recordStore';
import { SqlStorage } from '../storage/sqlStorage';
import { UnitOfWork } from '../storage/unitOfWork';
import { BotClient } from '../test/support/botClient';
import { invitationCode } from '../test/support/invitations';
import { carerPersona, personPersona, runPersona } from '../test/support/personas';
import { startApp } from '../test/support/startApp';

/** One finished conversation as the app left it. */
export interface Template {
  channelId: string;
  record: PreparationRecord;
  /** The conversation state document, as stored (without its eTag). */
  state: Record<string, unknown>;
  turns: number;
  audit: { actor: string; action: AuditAction; detail: AuditDetail }[];
  invited: boolean;
}

/** Conversations per transaction while filling. */
const chunk = 200;

/** Runs four real preparations through the app and keeps what each left behind. */
export async function conversationTemplates(): Promise<Template[]> {
  const running = await startApp();
  try {
    const db = running.app.db;
    const records = new SqlRecordStore(db, createSealer(null));
    const identities = new SqlIdentityStore(db);
    const audit = new SqlAuditLog(db);
    const plans = [
      { persona: personPersona, channelId: 'webchat', invited: true },
      { persona: carerPersona, channelId: 'msteams', invited: true },
      { persona: personPersona, channelId: 'sms', invited: false },
      { persona: carerPersona, channelId: 'webchat', invited: false },
    ];
    const templates: Template[] = [];
    for (const { persona, channelId, invited } of plans) {
      const client = new BotClient(running.baseUrl, { channelId });
      const opening = invited ? await invitationCode(running) : 'hi';
      const run = await runPersona(async (text) => (await client.say(text)).replies, persona, opening);
      const id = await identities.recordFor(channelId, client.userId);
      const record = id ? await records.get(id) : null;
      const state = await db.get('SELECT body FROM documents WHERE key = ?', [
        `${channelId}/conversations/${client.conversationId}/`,
      ]);
      if (!id || !record || !state) throw new Error(`the ${persona.name} on ${channelId} left no record or state`);
      templates.push({
        channelId,
        record: record.value,
        state: JSON.parse(String(state.body)) as Record<string, unknown>,
        turns: run.turns,
        audit: (await audit.forSubject(id)).map(({ actor, action, detail }) => ({ actor, action, detail })),
        invited,
      });
    }
    return templates;
  } finally {
    await running.stop();
  }
}

/**
 * Writes `count` finished conversations into the database at `path`, copies of `templates` in
 * turn, the i-th finished at `now` less `spreadDays` × (1 − i/count): oldest first, evenly spread.
 * With a key, records and state are sealed with it and its check value is stored, as the app does.
 */
export async function fillDatabase(options: {
  path: string;
  count: number;
  spreadDays: number;
  now: Date;
  key: Buffer | null;
  templates: readonly Template[];
  log: (line: string) => void;
}): Promise<void> {
  const { count, templates } = options;
  const db = await Database.open(options.path);
  try {
    if (options.key) await verifyEncryptionKey(db, options.key, null);
    const sealer = createSealer(options.key);
    const records = new SqlRecordStore(db, sealer);
    const spreadMs = options.spreadDays * 86_400_000;
    const started = performance.now();
    for (let from = 0; from < count; from += chunk) {
      const unit = new UnitOfWork(db);
      const afterwards: (() => Promise<unknown>)[] = [];
      for (let i = from; i < Math.min(count, from + chunk); i++) {
        const when = new Date(options.now.getTime() - spreadMs * (1 - i / count));
        const clock = (): Date => when;
        const template = templates[i % templates.length];
        const { channelId } = template;
        const conversationId = `fill-${i}`;
        const record: PreparationRecord = {
          ...structuredClone(template.record),
          id: randomUUID(),
          createdAt: new Date(when.getTime() - 3_600_000).toISOString(),
          updatedAt: when.toISOString(),
        };
        record.progress.lastActiveAt = record.updatedAt;
        unit.set(`record:${i}`, async (tx) => void (await records.putIn(tx, record, null)));
        unit.set(`identity:${i}`, (tx) =>
          new SqlIdentityStore(db, clock).linkIn(tx, channelId, `fill-user-${i}`, record.id),
        );
        const states = new SqlStorage(db, sealer, clock);
        const stateKey = `${channelId}/conversations/${conversationId}/`;
        const release = states.enlist(stateKey, unit);
        await states.write({ [stateKey]: template.state });
        release();
        const keys = Array.from({ length: template.turns }, () => deliveryKey(channelId, conversationId, randomUUID()));
        unit.set(`ledger:${i}`, new SqlDeliveryLedger(db, sealer, clock).rememberStep(keys));
        const audit = new SqlAuditLog(db, clock);
        template.audit.forEach((entry, n) =>
          unit.set(`audit:${i}:${n}`, (tx) => audit.appendEachIn(tx, entry, [record.id])),
        );
        afterwards.push(() => new SqlOwnCopyLinks(db, clock).issue(record.id));
        if (template.invited)
          afterwards.push(async () => {
            const invitations = new SqlInvitationStore(db, sealer, clock);
            const invitation = await createInvitation(
              invitations,
              { coordinatorId: 'aad-bench-coordinator', leadName: 'Dr Sam Patel', personName: 'Sam', conditions: [] },
              when,
            );
            await invitations.claim(invitation.code, record.id);
          });
      }
      await unit.commit();
      // Issued side by side, so the database commits them in groups.
      await Promise.all(afterwards.map((write) => write()));
      const done = Math.min(count, from + chunk);
      if (done % Math.max(chunk, Math.round(count / 10 / chunk) * chunk) === 0 || done === count)
        options.log(`  filled ${done}/${count} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await db.close();
  }
}
