/**
 * A number alone, or numbers alone ("1", "option 1", "One please", "1, 4"), read from the
 * `numberAlone` words of content/phrases.yaml: said where no number is asked for, such a reply
 * answers nothing, and is asked about rather than kept as words.
 */
import { z } from 'zod';
import { escapeRegExp } from '../../plan/escapeRegExp';

const list = z.array(z.string().min(1));

/** The words of a number alone: what may name it as an option, the numbers in words, what may follow, and what joins several. */
export const numberAloneSchema = z.strictObject({
  /** Said before the number, naming it as an option ("option", "number", "#"). */
  lead: list,
  /** Numbers in words ("one", "two"); digits are always numbers. */
  numbers: list,
  /** Said after it, saying nothing more ("please", "thanks"). */
  after: list,
  /** Joining several numbers ("and", "&"), besides a comma or a space. */
  joins: list,
  /** Slips of the number words, by the word meant ("five": "fiv", "fve"): read at a 0–10 question only. */
  typos: z.record(z.string(), list),
});
export type NumberAloneWords = z.infer<typeof numberAloneSchema>;

/** Readings of a number alone, or of numbers alone. */
export interface NumbersAlone {
  /** Whether `text` is one number alone ("1", "2.", "#1", "option 1", "One", "1 please"). */
  one(text: string): boolean;
  /** Whether `text` is one number or several, and nothing else ("8", "1, 4", "1 and 4"). */
  only(text: string): boolean;
  /**
   * `text` with each word that is a slip of a number word spelt right ("fiv" → "five", "about fiv"
   * → "about five", "Sevn." → "seven."); undefined when it holds none.
   */
  spelt(text: string): string | undefined;
}

const escaped = (words: readonly string[]): string =>
  words
    .map((word) => escapeRegExp(word.trim()))
    .sort((a, b) => b.length - a.length)
    .join('|');

/** The readings of `words`, matched whole and in any case. */
export function numbersAlone(words: NumberAloneWords): NumbersAlone {
  const lead = String.raw`(?:(?:${escaped(words.lead)})\s*)?`;
  const number = String.raw`(?:\d+|(?:${escaped(words.numbers)})(?![\p{L}\d]))`;
  const after = String.raw`\s*[.)!]*\s*(?:(?:${escaped(words.after)})(?![\p{L}\d]))?[.!]*\s*$`;
  const join = String.raw`(?:\s*,\s*|\s+(?:(?:${escaped(words.joins)})\s+)?)`;
  const one = new RegExp(String.raw`^\s*${lead}${number}${after}`, 'iu');
  const only = new RegExp(String.raw`^\s*${lead}${number}(?:${join}${lead}${number})*${after}`, 'iu');
  const slips = new Map(
    Object.entries(words.typos).flatMap(([meant, typed]) => typed.map((slip) => [slip.toLowerCase(), meant] as const)),
  );
  return {
    one: (text) => one.test(text),
    only: (text) => only.test(text),
    spelt: (text) => {
      const respelt = text.replace(/\p{L}+/gu, (word) => slips.get(word.toLowerCase()) ?? word);
      return respelt === text ? undefined : respelt;
    },
  };
}
