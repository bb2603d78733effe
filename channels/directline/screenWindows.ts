/**
 * The windows a message too long to read is screened in (H320, H370): the crisis screen reads at
 * most 20,000 characters of one message and reads one by one only 24 of its sentences, so a long
 * paste is cut into short windows that overlap, and each is screened as a message of its own.
 */

/**
 * The most characters of one window: about 20 sentences of everyday prose, so the screen reads
 * each of a window's sentences alone as well as the window whole (`maxScreenedSentences`).
 */
export const screenWindowChars = 2_000;

/**
 * How far windows overlap, at most; at least three quarters of it: any stretch of text up to 300
 * characters (a sentence, a disclosure with what it says of itself) lies whole in some window.
 */
export const windowOverlapChars = 400;

/** How far back from a window's end, and on from the next one's start, a space is looked for to cut at. */
const lookForSpace = windowOverlapChars / 4;

/**
 * `text` in overlapping windows of at most `screenWindowChars`, cut at a space where one is near
 * and never inside a character. Linear in the text's length: each cut looks at a bounded stretch.
 */
export function screenWindows(text: string): string[] {
  if (text.length <= screenWindowChars) return [text];
  const windows: string[] = [];
  let start = 0;
  for (;;) {
    if (text.length - start <= screenWindowChars) {
      windows.push(text.slice(start));
      return windows;
    }
    const end = cutBefore(text, start + screenWindowChars);
    windows.push(text.slice(start, end));
    start = startAfter(text, end - windowOverlapChars);
  }
}

/**
 * The longest paste screened whole (H377): about 120 windows, under a second of one core quiet. A
 * 1 MB paste screened whole took about 3 s quiet and 13 to 15 s under load, and 8 may be read at once,
 * so a stranger with a few addresses could keep the machine busy; a person is asked for shorter parts.
 */
export const maxScreenedPasteChars = 200_000;

/** Of a paste over `maxScreenedPasteChars`, how much of its start and of its end is screened. */
export const screenedEndsChars = 10_000;

/**
 * The windows a paste is screened in: all of it up to `maxScreenedPasteChars`, always; of a longer one
 * its first and last `screenedEndsChars` (where words of a person's own around a pasted document are)
 * always, and its middle (overlapping both ends) as far as the sender's screening budget goes (H377).
 */
export function pasteWindows(text: string): { always: string[]; ifBudget: string[] } {
  if (text.length <= maxScreenedPasteChars) return { always: screenWindows(text), ifBudget: [] };
  const headEnd = isLowSurrogate(text, screenedEndsChars) ? screenedEndsChars - 1 : screenedEndsChars;
  const tailStart = text.length - screenedEndsChars;
  const from = isLowSurrogate(text, tailStart) ? tailStart + 1 : tailStart;
  const middleStart = startAfter(text, headEnd - windowOverlapChars);
  const middleEnd = cutBefore(text, from + windowOverlapChars);
  return {
    always: [...screenWindows(text.slice(0, headEnd)), ...screenWindows(text.slice(from))],
    ifBudget: screenWindows(text.slice(middleStart, middleEnd)),
  };
}

/** Where a window that may run up to `at` ends: after the last space in the stretch before `at`, else at `at`. */
function cutBefore(text: string, at: number): number {
  for (let index = at - 1; index >= at - lookForSpace; index -= 1) if (isSpace(text, index)) return index + 1;
  return isLowSurrogate(text, at) ? at - 1 : at;
}

/** Where a window that may start at `at` starts: after the first space in the stretch from `at`, else at `at`. */
function startAfter(text: string, at: number): number {
  for (let index = at; index < at + lookForSpace; index += 1) if (isSpace(text, index)) return index + 1;
  return isLowSurrogate(text, at) ? at + 1 : at;
}

function isSpace(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The gravest of `windows` by `found` (a number ranks, true is the gravest), the first of those as
 * grave, or undefined when none has anything. Reads on past a window with something, as a later one
 * may be graver (an overdose told after a worry that asks the direct question: review 29); stops at
 * the gravest there is, or where `more` says no more may be read (a spent budget). Gives the event loop back between windows, so a 1 MB paste (about 600
 * windows, a few seconds) never holds everyone else's turns for longer than one window's reading.
 */
export async function gravestFound(
  windows: readonly string[],
  found: (text: string) => boolean | number,
  more: (index: number) => boolean = () => true,
): Promise<string | undefined> {
  let best: { window: string; rank: number } | undefined;
  for (const [index, window] of windows.entries()) {
    if (index > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    if (!more(index)) break;
    const said = found(window);
    const rank = said === true ? gravest : Number(said);
    if (rank > (best?.rank ?? 0)) best = { window, rank };
    if (rank >= gravest) break;
  }
  return best?.window;
}

/** The rank of the crisis reply: no window can be graver. */
const gravest = 2;
