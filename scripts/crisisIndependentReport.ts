/**
 * Independent measurement of the crisis detector against phrasings written
 * blind (without reference to the pattern file or the authors' corpus).
 *
 * Run: npx tsx scripts/crisisIndependentReport.ts [positives.json negatives.json]
 * (file names in test/data; the first independent set by default).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCrisisDetector, type CrisisKind } from '../safety/patterns/patternDetector';

interface Positive {
  text: string;
  kind: CrisisKind;
}
interface Negative {
  text: string;
}

const dataDir = join(__dirname, '..', 'test', 'data');
const [positivesFile = 'crisis-independent.json', negativesFile = 'not-crisis-independent.json'] =
  process.argv.slice(2);
const positives = JSON.parse(readFileSync(join(dataDir, positivesFile), 'utf8')) as Positive[];
const negatives = JSON.parse(readFileSync(join(dataDir, negativesFile), 'utf8')) as Negative[];

const detector = createCrisisDetector();
const kinds: CrisisKind[] = ['suicide', 'selfHarm', 'harmOthers', 'medicalEmergency'];
const pct = (n: number, d: number): string => (d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`);

const misses: Positive[] = [];
const wrongKind: { item: Positive; got: string; patternId: string }[] = [];
const perKind = new Map<CrisisKind, { total: number; detected: number; rightKind: number }>();
for (const k of kinds) perKind.set(k, { total: 0, detected: 0, rightKind: 0 });

for (const item of positives) {
  const stats = perKind.get(item.kind)!;
  stats.total++;
  const result = detector.detect(item.text);
  if (!result) {
    misses.push(item);
    continue;
  }
  stats.detected++;
  if (result.kind === item.kind) stats.rightKind++;
  else wrongKind.push({ item, got: result.kind, patternId: result.patternId });
}

const falsePositives: { text: string; kind: string; patternId: string }[] = [];
for (const item of negatives) {
  const result = detector.detect(item.text);
  if (result) falsePositives.push({ text: item.text, kind: result.kind, patternId: result.patternId });
}

console.log('Recall per kind (detected as any crisis):');
let detected = 0;
let rightKind = 0;
for (const k of kinds) {
  const s = perKind.get(k)!;
  detected += s.detected;
  rightKind += s.rightKind;
  console.log(
    `  ${k.padEnd(17)} ${s.detected}/${s.total} = ${pct(s.detected, s.total)}  (right kind ${s.rightKind}/${s.total})`,
  );
}
console.log(`Overall recall: ${detected}/${positives.length} = ${pct(detected, positives.length)}`);
console.log(
  `Kind accuracy (of detected): ${rightKind}/${detected} = ${pct(rightKind, detected)}; ` +
    `strict (right kind / all positives): ${rightKind}/${positives.length} = ${pct(rightKind, positives.length)}`,
);
console.log(
  `False-positive rate: ${falsePositives.length}/${negatives.length} = ${pct(falsePositives.length, negatives.length)}`,
);

console.log(`\nMisses (${misses.length}):`);
for (const m of misses) console.log(`  [${m.kind}] ${m.text}`);
console.log(`\nDetected with wrong kind (${wrongKind.length}):`);
for (const w of wrongKind) console.log(`  [expected ${w.item.kind}, got ${w.got} via ${w.patternId}] ${w.item.text}`);
console.log(`\nFalse positives (${falsePositives.length}):`);
for (const f of falsePositives) console.log(`  [${f.kind} via ${f.patternId}] ${f.text}`);
