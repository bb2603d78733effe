/**
 * Replays every blind set in test/data through the crisis screen as it is now, one line a set:
 * its hard negatives given a crisis reply or a check-in, and its disclosures given a crisis reply,
 * a crisis reply or check-in, and the right kind. Run before and after a change to the patterns or
 * the model, to see that false alarms did not rise anywhere while gaps were closed.
 *
 * These are not measures: each set was scored once, on first contact (the figures in the hazard
 * log, H1), and has been read since, by the patterns' authors and often by training.
 *
 * Run: npx tsx scripts/crisisBlindReplay.ts [--list] (--list also prints every text not answered
 * as labelled: a hard negative given anything, a disclosure given less than the crisis reply or
 * another kind).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CrisisKind } from '../safety/kinds';
import { createCrisisScreen } from '../safety/screen';

const dataDir = join(__dirname, '..', 'test', 'data');
const list = process.argv.includes('--list');
const screen = createCrisisScreen();
const read = <T>(name: string): T => JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as T;
const order = (name: string): number => Number(/\d+/.exec(name)?.[0] ?? 1);

const names = readdirSync(dataDir)
  .map((file) => /^crisis-(blind-\d+|independent)\.json$/.exec(file)?.[1])
  .filter((name): name is string => name !== undefined)
  .sort((a, b) => order(a) - order(b));

const total = { negatives: 0, negCrisis: 0, negCheckIn: 0, disclosures: 0, crisis: 0, answered: 0 };
for (const name of names) {
  const negatives = read<{ text: string }[]>(`not-crisis-${name}.json`).map(({ text }) => ({
    text,
    found: screen.screen(text),
  }));
  const disclosures = read<{ text: string; kind: CrisisKind }[]>(`crisis-${name}.json`).map(({ text, kind }) => ({
    text,
    kind,
    found: screen.screen(text),
  }));
  const negCrisis = negatives.filter(({ found }) => found.tier === 'crisis').length;
  const negCheckIn = negatives.filter(({ found }) => found.tier === 'checkIn').length;
  const crisis = disclosures.filter(({ found }) => found.tier === 'crisis').length;
  const answered = disclosures.filter(({ found }) => found.tier !== 'none').length;
  const rightKind = disclosures.filter(({ found, kind }) => found.tier !== 'none' && found.kind === kind).length;
  console.log(
    `${name.padEnd(12)} hard negatives ${negatives.length}: crisis reply ${negCrisis}, check-in ${negCheckIn}` +
      ` | disclosures ${disclosures.length}: crisis reply ${crisis}, with check-ins ${answered}, right kind ${rightKind}`,
  );
  if (list) {
    for (const { text, found } of negatives)
      if (found.tier !== 'none')
        console.log(`    negative ${found.tier} ${found.kind} ${found.by} ${found.evidence}: ${text}`);
    for (const { text, kind, found } of disclosures) {
      if (found.tier === 'none') console.log(`    ${kind} nothing: ${text}`);
      else if (found.tier !== 'crisis' || found.kind !== kind)
        console.log(`    ${kind} ${found.tier} ${found.kind} ${found.by} ${found.evidence}: ${text}`);
    }
  }
  total.negatives += negatives.length;
  total.negCrisis += negCrisis;
  total.negCheckIn += negCheckIn;
  total.disclosures += disclosures.length;
  total.crisis += crisis;
  total.answered += answered;
}
const pct = (n: number, d: number): string => `${n}/${d} = ${((100 * n) / d).toFixed(2)}%`;
console.log(
  `all hard negatives: crisis reply ${pct(total.negCrisis, total.negatives)}, check-in ${pct(total.negCheckIn, total.negatives)}`,
);
console.log(
  `all disclosures: crisis reply ${pct(total.crisis, total.disclosures)}, with check-ins ${pct(total.answered, total.disclosures)}`,
);
