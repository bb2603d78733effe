/**
 * `npm run bench -- --records N`: people's turns against a database holding N finished
 * preparations (filled through the stores' own code, see ./fill.ts), while the plan listing is
 * called every 5 s and the retention sweep purges what the fill left old enough (a week's ledger,
 * a month's conversation state, a year's records), against the same run on an empty database,
 * alternating. Also measures what one finished conversation costs in the database once retention
 * has run.
 */
import { copyFileSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database } from '../storage/database';
import { migrations } from '../storage/migrations';
import { SqlRecordStore } from '../storage/recordStore';
import { SqlAuditLog } from '../storage/auditLog';
import { createSealer } from '../storage/encryption';
import { RetentionSweeper } from '../storage/retention';
import { tempDir } from '../test/support/tempDb';
import { conversationTemplates, fillDatabase, type Template } from './fill';
import { percentile } from './harness';
import type { Scenario, ScenarioOptions, ScenarioResult } from './scenario';

const apiKey = 'bench-records-api-key';
/** How often the plan listing is called during a measured run. */
const listEveryMs = 5_000;
/** The fill spreads conversations over this many days before now: some a year old and more. */
const spreadDays = 400;

/** Calls `GET /api/plans?status=shared&limit=100` every 5 s; `stop` gives its latencies as notes. */
function listEvery5s(baseUrl: string): { stop(): Promise<string[]> } {
  const latencies: number[] = [];
  const statuses = new Set<number>();
  let calling: Promise<void> = Promise.resolve();
  const call = (): void => {
    calling = (async () => {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/plans?status=shared&limit=100`, {
        headers: { authorization: `Bearer ${apiKey}` },
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      statuses.add(response.status);
    })().catch(() => void statuses.add(0));
  };
  const timer = setInterval(call, listEveryMs);
  call();
  return {
    async stop() {
      clearInterval(timer);
      await calling;
      const sorted = [...latencies].sort((a, b) => a - b);
      return [
        `plan listing: ${sorted.length} calls, status ${[...statuses].join('/')}, median ${percentile(sorted, 0.5).toFixed(1)} ms, max ${(sorted.at(-1) ?? 0).toFixed(1)} ms`,
      ];
    },
  };
}

/** Rows left in the tables retention empties, and the file's size. */
async function leftover(path: string): Promise<string> {
  const db = await Database.open(path);
  try {
    const count = async (table: string): Promise<number> =>
      Number((await db.get(`SELECT COUNT(*) AS n FROM ${table}`))?.n);
    const mb = (statSync(path).size / 1e6).toFixed(0);
    return `records ${await count('records')}, conversation states ${await count('documents')}, delivery keys ${await count('processed_activities')}; file ${mb} MB`;
  } finally {
    await db.close();
  }
}

/**
 * Bytes one finished conversation leaves once retention has run: `count` conversations finished
 * 40 to 300 days ago (past the ledger's week and the state's month, within the year), swept to
 * the end, the database copied compactly (VACUUM INTO), its size divided by `count`.
 */
async function bytesPerConversation(templates: readonly Template[], key: Buffer | null, count: number) {
  const tmp = tempDir('careprep-bench-size-');
  try {
    const now = new Date();
    const path = tmp.file();
    await fillDatabase({
      path,
      count,
      spreadDays: 260,
      now: new Date(now.getTime() - 40 * 86_400_000),
      key,
      templates,
      log: () => undefined,
    });
    const db = await Database.open(path);
    const sealer = createSealer(key);
    await new RetentionSweeper({
      db,
      records: new SqlRecordStore(db, sealer),
      audit: new SqlAuditLog(db),
      clock: () => now,
      retentionDays: 365,
      emptyRecordHours: 24,
      stateDays: 30,
    }).sweep();
    const compact = tmp.file('compact.sqlite');
    await db.write('VACUUM INTO ?', [compact]);
    const tables = await db.all(
      `SELECT name, SUM(pgsize) AS bytes FROM dbstat GROUP BY name ORDER BY bytes DESC LIMIT 6`,
    );
    await db.close();
    return {
      bytes: Math.round(statSync(compact).size / count),
      largest: tables.map((row) => `${String(row.name)} ${Math.round(Number(row.bytes) / count)}`).join(', '),
    };
  } finally {
    tmp.cleanup();
  }
}

/** The database full of `count` conversations, filled once and kept in the temp folder for later runs. */
async function filledDatabase(
  count: number,
  templates: readonly Template[],
  refill: boolean,
  log: (line: string) => void,
) {
  const path = join(tmpdir(), `careprep-bench-records-${count}-v${migrations.length}.sqlite`);
  if (existsSync(path) && !refill) {
    log(`records: reusing ${path} (--refill to fill it again)`);
    return path;
  }
  const partial = `${path}.filling`;
  for (const file of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(file, { force: true });
  log(`records: filling ${count} finished conversations into ${path}`);
  await fillDatabase({ path: partial, count, spreadDays, now: new Date(), key: null, templates, log });
  renameSync(partial, path);
  return path;
}

/**
 * Runs the paced scenario on an empty database and on a copy of the full one, alternating,
 * `rounds` times, with the plan listing every 5 s in both; returns the summary and the JSON.
 */
export async function runRecords(
  scenario: Scenario,
  options: Omit<ScenarioOptions, 'store'> & { records: number; rounds: number; refill: boolean },
): Promise<Record<string, unknown>> {
  const { log } = options;
  log('records: four real preparations to copy (invited and shared, or not; person and carer)');
  const templates = await conversationTemplates();
  const full = await filledDatabase(options.records, templates, options.refill, log);
  log(`records: ${await leftover(full)}`);
  const appEnv = { CAREPREP_API_KEYS: apiKey };
  const empty: ScenarioResult[] = [];
  const filled: ScenarioResult[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    log(`records round ${round}: paced, empty database, plan listing every 5 s`);
    empty.push(await scenario.run({ ...options, store: 'sqlite', appEnv, alongside: listEvery5s }));
    const tmp = tempDir('careprep-bench-full-');
    try {
      const copy = tmp.file();
      copyFileSync(full, copy);
      log(`records round ${round}: paced, ${options.records} conversations, plan listing every 5 s, purge running`);
      filled.push(
        await scenario.run({
          ...options,
          store: 'sqlite',
          appEnv: { ...appEnv, CAREPREP_DB: copy },
          alongside: listEvery5s,
        }),
      );
      log(`records round ${round}: after the run: ${await leftover(copy)}`);
    } finally {
      tmp.cleanup();
    }
  }
  log('records: what one finished conversation leaves after retention (2,000 conversations, 40-300 days old)');
  const plain = await bytesPerConversation(templates, null, 2000);
  const sealed = await bytesPerConversation(templates, Buffer.alloc(32, 7), 2000);
  // The largest kind alone: invited and shared, so the record also holds the shared version.
  const shared = templates.filter((template) => template.invited);
  const sharedPlain = await bytesPerConversation(shared, null, 2000);
  const sharedSealed = await bytesPerConversation(shared, Buffer.alloc(32, 7), 2000);
  const median = (results: ScenarioResult[]): number =>
    percentile(
      results.map((result) => result.p99Ms).sort((a, b) => a - b),
      0.5,
    );
  log('');
  log(`summary (records, ${options.records} conversations, ${options.concurrency} people, paced)`);
  empty.forEach((result, i) => {
    log(
      `  round ${i + 1}: empty p99 ${result.p99Ms} ms, full p99 ${filled[i].p99Ms} ms: ${(filled[i].p99Ms / result.p99Ms).toFixed(2)} x (target <= 1.2)`,
    );
    for (const note of filled[i].notes) log(`    full: ${note}`);
  });
  log(`  per finished conversation after retention: ${plain.bytes} bytes (${sealed.bytes} encrypted; target <= 12 KB)`);
  log(`    invited and shared ones alone: ${sharedPlain.bytes} bytes (${sharedSealed.bytes} encrypted)`);
  log(`    largest per conversation, bytes: ${plain.largest}`);
  const last = filled.at(-1) as ScenarioResult;
  return {
    scenario: 'messages',
    concurrency: options.concurrency,
    turns: last.turns,
    turnsPerSec: last.turnsPerSec,
    p50Ms: last.p50Ms,
    p95Ms: last.p95Ms,
    p99Ms: median(filled),
    sqliteVsMemory: null,
    records: options.records,
    emptyP99Ms: median(empty),
    p99VsEmpty: Math.round((median(filled) / median(empty)) * 100) / 100,
    bytesPerConversation: plain.bytes,
    bytesPerConversationEncrypted: sealed.bytes,
    bytesPerSharedConversation: sharedPlain.bytes,
    bytesPerSharedConversationEncrypted: sharedSealed.bytes,
  };
}
