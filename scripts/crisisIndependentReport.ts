/**
 * Independent measurement of the crisis screen against phrasings written blind (without
 * reference to the patterns or the corpus). A blind set is scored once, on first contact, and
 * only then may join the corpus (safety/corpus/sources.json); its figures go in the hazard log.
 *
 * Run: npx tsx scripts/crisisIndependentReport.ts [positives.json negatives.json]
 * (file paths, or names in test/data; the first independent set by default).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrisisKind } from '../safety/kinds';
import { createCrisisScreen, defaultScreenParts } from '../safety/screen';

interface Positive {
  text: string;
  kind: CrisisKind;
}
interface Negative {
  text: string;
}

const dataDir = join(__dirname, '..', 'test', 'data');
const read = <T>(file: string): T =>
  JSON.parse(readFileSync(existsSync(file) ? file : join(dataDir, file), 'utf8')) as T;
const [positivesFile = 'crisis-independent.json', negativesFile = 'not-crisis-independent.json'] =
  process.argv.slice(2);
const positives = read<Positive[]>(positivesFile);
const negatives = read<Negative[]>(negativesFile);

const parts = defaultScreenParts();
const screen = createCrisisScreen(parts);
const kinds: CrisisKind[] = ['suicide', 'selfHarm', 'harmOthers', 'medicalEmergency'];
const pct = (n: number, d: number): string => `${n}/${d} = ${d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`}`;

const tally = { crisis: 0, checkIn: 0, pattern: 0, rightKind: 0 };
const perKind = new Map(kinds.map((k) => [k, { total: 0, crisis: 0, checkIn: 0, pattern: 0 }]));
const missed: Positive[] = [];
const checkedIn: Positive[] = [];
const wrongKind: string[] = [];
for (const item of positives) {
  const stats = perKind.get(item.kind)!;
  stats.total++;
  if (parts.detector.detect(item.text) !== null) {
    stats.pattern++;
    tally.pattern++;
  }
  const found = screen.screen(item.text);
  if (found.tier === 'none') {
    missed.push(item);
    continue;
  }
  if (found.kind === item.kind) tally.rightKind++;
  else wrongKind.push(`  [expected ${item.kind}, got ${found.kind} by ${found.by}] ${item.text}`);
  if (found.tier === 'crisis') {
    stats.crisis++;
    tally.crisis++;
  } else {
    stats.checkIn++;
    tally.checkIn++;
    checkedIn.push(item);
  }
}

const falseCrisis: string[] = [];
const falseCheckIn: string[] = [];
for (const item of negatives) {
  const found = screen.screen(item.text);
  if (found.tier === 'crisis') falseCrisis.push(`  [${found.kind} by ${found.by} ${found.evidence}] ${item.text}`);
  if (found.tier === 'checkIn') falseCheckIn.push(`  [${found.kind} by ${found.by} ${found.evidence}] ${item.text}`);
}

console.log('Disclosures, per kind: crisis reply / crisis reply or check-in / patterns alone');
for (const k of kinds) {
  const s = perKind.get(k)!;
  console.log(
    `  ${k.padEnd(17)} ${pct(s.crisis, s.total)}  /  ${pct(s.crisis + s.checkIn, s.total)}  /  ${pct(s.pattern, s.total)}`,
  );
}
console.log(`Crisis reply: ${pct(tally.crisis, positives.length)}`);
console.log(`Crisis reply or check-in: ${pct(tally.crisis + tally.checkIn, positives.length)}`);
console.log(`Patterns alone (the crisis reply before the learned layer): ${pct(tally.pattern, positives.length)}`);
console.log(`Right kind, of those answered: ${pct(tally.rightKind, tally.crisis + tally.checkIn)}`);
console.log(`Hard negatives given a crisis reply: ${pct(falseCrisis.length, negatives.length)}`);
console.log(`Hard negatives given a check-in: ${pct(falseCheckIn.length, negatives.length)}`);

console.log(`\nMissed (${missed.length}):`);
for (const m of missed) console.log(`  [${m.kind}] ${m.text}`);
console.log(`\nChecked in rather than a crisis reply (${checkedIn.length}):`);
for (const m of checkedIn) console.log(`  [${m.kind}] ${m.text}`);
console.log(`\nWrong kind (${wrongKind.length}):\n${wrongKind.join('\n')}`);
console.log(`\nCrisis replies on negatives (${falseCrisis.length}):\n${falseCrisis.join('\n')}`);
console.log(`\nCheck-ins on negatives (${falseCheckIn.length}):\n${falseCheckIn.join('\n')}`);
