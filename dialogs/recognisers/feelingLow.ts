import { bare } from '../../plan/normalise';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** One pictograph, with the selector or skin tone that may follow it ("☹️"). */
const pictograph = /\p{Extended_Pictographic}(?:[\u{FE0E}\u{FE0F}]|\p{Emoji_Modifier})*/gu;
/** Selectors and skin tones, which change how a pictograph looks, never what it says. */
const looks = /[\u{FE0E}\u{FE0F}]|\p{Emoji_Modifier}/gu;
/** An item that is a pictograph, kept as it is: its bare form is nothing. */
const isPictograph = /^\p{Extended_Pictographic}/u;
/** The most items one `feelingLow` phrase is matched across ("i have been better"). */
const longest = 4;

/**
 * The words and pictographs of `text` in order, each pictograph its own item without how it looks,
 * each word in its bare form: "honestly not great 😞" is "honestly", "not", "great", "😞".
 */
function items(text: string): string[] {
  return text
    .replace(pictograph, (said) => ` ${said.replace(looks, '')} `)
    .split(/\s+/u)
    .map((item) => (isPictograph.test(item) ? item : bare(item)))
    .filter(Boolean);
}

/**
 * Whether `text` says only that someone feels low, with no yes or no in it: sad faces or words such
 * as "meh" and "not great" (`feelingLow`), with words that only go round them (`feelingLowAround`:
 * "honestly", "tbh", "a bit"). "😊", "not bad" and "fine" say nothing of the kind.
 */
export function saysFeelingLow(text: string, phrases: Phrases): boolean {
  const said = items(text);
  const low = (run: string): boolean => phrases.is('feelingLow', run);
  const lowWithin = said.some((_, at) =>
    Array.from({ length: longest }, (__, size) => said.slice(at, at + size + 1)).some((run) => low(run.join(' '))),
  );
  return lowWithin && phrasesInARow(said, (run) => low(run) || phrases.is('feelingLowAround', run));
}
