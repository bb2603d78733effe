import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';

/** The most words a `codeIntro` phrase is looked for in. */
const longestIntro = 6;

/** Marks left after a code at the end of a sentence ("…CD34."). */
const endMarks = /[.!,;:]+$/u;

/**
 * What follows `codeIntro` words at the start of `text` ("my code is AB12 CD34" gives "AB12 CD34"),
 * as typed, so the code keeps its case; undefined when `text` opens with none, or has nothing after.
 */
export function codeAfterIntro(text: string, phrases: Phrases): string | undefined {
  const words = text.trim().split(/\s+/u);
  for (let end = Math.min(longestIntro, words.length - 1); end > 0; end--) {
    const intro = words.slice(0, end).join(' ');
    if (bare(intro) !== '' && phrases.is('codeIntro', intro)) return words.slice(end).join(' ').replace(endMarks, '');
  }
  return undefined;
}
