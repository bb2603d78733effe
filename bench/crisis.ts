/**
 * `npm run bench:crisis`: how long the crisis screen takes per message (the patterns, then the
 * learned layer, then the warning signs). It runs on every message before anything else, so it
 * must stay far inside a turn's budget whatever is typed.
 * Prints the median and p99 for a typical answer, a long answer and the largest message the
 * server accepts, and exits non-zero when a target is missed.
 */
import { createCrisisScreen } from '../safety/screen';

const screen = createCrisisScreen();

const cases = [
  {
    name: 'typical answer (95 chars)',
    text: 'My knees hurt on the stairs and I would like some help with the shopping on Tuesdays, thanks.',
    runs: 2001,
    p99TargetMs: 1,
  },
  {
    name: 'long answer (20,000 chars)',
    text: 'The rope for the washing broke. Her temperature was 38 last week. He fell last month, '
      .repeat(240)
      .slice(0, 20_000),
    runs: 51,
    p99TargetMs: 10,
  },
  {
    // One word as long as the screen reads: a regex that reads back over a word from every place
    // costs the square of its length here, where texts of ordinary words hide it.
    name: 'one long word (20,000 letters)',
    text: 'a'.repeat(20_000),
    runs: 51,
    p99TargetMs: 10,
  },
  {
    name: 'huge message (100,000 chars)',
    text: 'i feel a bit tired and my knees hurt, '.repeat(2_700),
    runs: 11,
    p99TargetMs: 500,
  },
];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

let missed = 0;
for (const c of cases) {
  screen.screen(c.text); // the bot warms the screen before taking traffic
  const times: number[] = [];
  for (let i = 0; i < c.runs; i++) {
    // A different message each time (the patterns remember the last one), screened as the
    // crisis guard screens it.
    const text = `${c.text} ${i}`;
    const start = performance.now();
    screen.screen(text);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p99 = percentile(times, 99);
  const ok = p99 <= c.p99TargetMs;
  if (!ok) missed++;
  console.log(
    `crisis screen, ${c.name}: median ${percentile(times, 50).toFixed(3)} ms, p99 ${p99.toFixed(3)} ms ` +
      `(target p99 <= ${c.p99TargetMs} ms) ${ok ? 'ok' : 'MISSED'}`,
  );
}
process.exitCode = missed > 0 ? 1 : 0;
