import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { escapeRegExp } from '../../plan/escapeRegExp';

const letterMarksSchema = z.object({
  shape: z.object({ minLines: z.number().int().min(1), minLength: z.number().int().min(1) }),
  marksNeeded: z.number().int().min(1),
  short: z.object({ marksNeeded: z.number().int().min(1), strong: z.array(z.string().min(1)) }),
  words: z.array(z.string().min(1)),
  patterns: z.array(z.string().min(1)),
});

interface Marks {
  minLines: number;
  minLength: number;
  needed: number;
  marks: RegExp[];
  shortNeeded: number;
  strong: RegExp[];
}

function escaped(words: string): string {
  return escapeRegExp(words).replace(/ /g, '\\s+');
}

/** A word mark matched whole: not inside another word ("dear" never in "endearing"). */
function wordMark(words: string): RegExp {
  const end = /\w$/.test(words) ? '(?!\\w)' : '';
  return new RegExp(`(?:^|[^\\w])${escaped(words)}${end}`, 'i');
}

/** The marks of `letterMarks.yaml`, read at start-up, so a broken file stops it. */
const loaded: Marks = (() => {
  const lists = loadYaml('letterMarks.yaml', letterMarksSchema);
  return {
    minLines: lists.shape.minLines,
    minLength: lists.shape.minLength,
    needed: lists.marksNeeded,
    marks: [...lists.words.map(wordMark), ...lists.patterns.map((pattern) => new RegExp(pattern, 'i'))],
    shortNeeded: lists.short.marksNeeded,
    strong: lists.short.strong.map(wordMark),
  };
})();

function marks(): Marks {
  return loaded;
}

/**
 * Whether `text` looks like a letter or document pasted in (a clinic letter, a discharge summary)
 * rather than an answer in the person's own words: several lines or a long message, holding
 * enough of the marks of a letter (`content/letterMarks.yaml`: "Dear", "Yours sincerely", "NHS
 * number", "Clinic", dates, postcodes). A short answer that names a clinic and a date is not (H396);
 * a short one with fewer marks, one of them a document's own ("RE:", "NHS number"), is (H437).
 */
export function looksLikeLetter(text: string): boolean {
  const { minLines, minLength, needed, marks: all, shortNeeded, strong } = marks();
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').length;
  const short = lines < minLines && text.length < minLength;
  if (short && !strong.some((mark) => mark.test(text))) return false;
  let found = 0;
  for (const mark of all) if (mark.test(text) && ++found >= (short ? shortNeeded : needed)) return true;
  return false;
}
