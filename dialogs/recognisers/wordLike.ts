import { bare } from '../../plan/normalise';
import type { PhraseList } from './phraseLists';
import type { Phrases } from './phrases';

/**
 * What typed text is, for a question that keeps words it cannot match (a condition not on the
 * list): `words` someone meant, however spelt (a rare condition, an acronym, a sentence);
 * `mash`, letters run along the keyboard ("asdfgh", "kjhkjh"); or `noWords`, nothing that could
 * name anything: no letters at all ("???", an emoji), or only a reply such as "ok", "yes", "hmm",
 * "thanks" or filler ("stuff").
 */
export type WordKind = 'words' | 'mash' | 'noWords';

const keyboardRows = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
/** Letters typed in a row along one keyboard row, that start a word no English word starts with. */
const keyboardRun = 4;

/** Whether `token` starts with `keyboardRun` neighbouring keys of one row, either way ("qwer", "lkjh"). */
function startsWithKeyboardRun(token: string): boolean {
  return keyboardRows.some((row) =>
    [row, [...row].reverse().join('')].some((line) => line.includes(token.slice(0, keyboardRun))),
  );
}

/**
 * A word of four letters or more that no one would type meaning it: no vowel (a, e, i, o, u), a
 * run along the keyboard at its start, one letter three times running, or five consonants in a row.
 * Shorter words are kept: they are often acronyms (IBS, CKD, HIV).
 */
function mashed(token: string): boolean {
  if (token.length < keyboardRun || !/^\p{L}+$/u.test(token)) return false;
  return (
    !/[aeiou]/.test(token) || startsWithKeyboardRun(token) || /(\p{L})\1\1/u.test(token) || /[^aeiouy]{5}/.test(token)
  );
}

/** Replies that name nothing, whatever question they answer. */
const replies: readonly PhraseList[] = ['chatter', 'thanks', 'agree', 'yes', 'no'];

/** What `text` is: words, keyboard mash, or no words (see {@link WordKind}). */
export function wordKind(text: string, phrases: Phrases): WordKind {
  const tokens = bare(text)
    .split(' ')
    .filter((token) => /\p{L}/u.test(token));
  if (tokens.length === 0) return 'noWords';
  if (replies.some((list) => phrases.is(list, text))) return 'noWords';
  if (phrases.is('greeting', text) || tokens.every((token) => phrases.is('filler', token))) return 'noWords';
  return tokens.every(mashed) ? 'mash' : 'words';
}
