/**
 * `npx tsx bench/pasteScreening.ts`: the CPU a long Web Chat paste costs the crisis screen (H370,
 * H377), screened as the Direct Line screens it (`pasteWindows`), against the whole paste in
 * windows. Varied prose, so no two windows are alike. Prints milliseconds; judges nothing (the
 * behaviour is tested in test/abuse/hardening29bPasteCap.test.ts).
 */
import { createCrisisScreen } from '../safety/screen';
import { gravestFound, pasteWindows, screenWindows } from '../channels/directline/screenWindows';

const words = (
  'my knees hurt on the stairs and the bus to the surgery is late most mornings so I walk when the weather ' +
  'is dry my daughter helps with shopping on tuesdays and the nurse checks my feet every three months ' +
  'sugar levels were high in the spring after the new tablets but they have settled now I sleep badly'
).split(' ');

/** About `characters` of varied prose: words drawn by a fixed sequence, sentences of 8 to 20 words. */
function variedProse(characters: number): string {
  let seed = 29;
  const next = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return seed >>> 0;
  };
  const parts: string[] = [];
  let length = 0;
  while (length < characters) {
    const count = 8 + (next() % 13);
    const sentence = Array.from({ length: count }, () => words[next() % words.length]).join(' ');
    const said = `${sentence[0].toUpperCase()}${sentence.slice(1)}. `;
    parts.push(said);
    length += said.length;
  }
  return parts.join('').slice(0, characters);
}

const screen = createCrisisScreen();
/** Every window read, as for a paste the screen finds nothing in (the most work a paste costs). */
const found = (text: string): boolean => {
  screen.screen(text);
  return false;
};

async function timed(name: string, windows: readonly string[]): Promise<void> {
  const started = process.cpuUsage();
  const wall = performance.now();
  await gravestFound(windows, found);
  const cpu = process.cpuUsage(started);
  console.log(
    `${name}: ${windows.length} windows, ${Math.round((cpu.user + cpu.system) / 1000)} ms CPU, ` +
      `${Math.round(performance.now() - wall)} ms wall`,
  );
}

async function main(): Promise<void> {
  // Loaded and warmed before anything is timed: the screen keeps nothing of what it read.
  await gravestFound(screenWindows(variedProse(100_000)), found);
  for (const characters of [200_000, 1_000_000]) {
    const text = variedProse(characters);
    await timed(`${characters.toLocaleString('en-GB')} chars, whole`, screenWindows(text));
    await timed(`${characters.toLocaleString('en-GB')} chars, ends only`, pasteWindows(text).always);
  }
}

void main();
