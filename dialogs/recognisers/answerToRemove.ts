import { bare } from '../../plan/normalise';
import { longestOpenings } from './goalTextSaid';
import { longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';
import { closeEnough } from './spelling';

/** Longer messages are stories, never this ask. */
const maxWords = 16;

/**
 * The words of an earlier answer a message asks to take out ("delete what I said about being
 * lonely", "please remove my answer about the stairs"): `removeLead` words, a `removeVerb`, a
 * `removeWhat`, then the words, bare; undefined for anything else ("remove the weeds"). The verb
 * is read with the journey's spelling tolerance ("delet", "tak out": dialog 29, H383), the words
 * around it as listed.
 */
export function answerToRemove(text: string, phrases: Phrases): string | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > maxWords) return undefined;
  const start = longestOpenings(words, 0, (run) => phrases.is('removeLead', run));
  const verb = longestOpening(words, start, (run) => phrases.spelledLike('removeVerb', run));
  if (verb === start) return undefined;
  const what = longestOpening(words, verb, (run) => phrases.is('removeWhat', run));
  if (what === verb) return undefined;
  return words.slice(what).join(' ');
}

/** The fewest letters two words of one length need to be one with a letter changed: "feet" is no "feel". */
const misspeltFrom = 5;

/**
 * Whether two words are one, spelt either way within the journey's tolerance ("lonley", "nees",
 * "knes"): in words shorter than `misspeltFrom` only a letter left out or added, as an answer is any
 * words, and "feet", "feel", "fell" are all of them (review 29, H406).
 */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length === b.length && a.length < misspeltFrom) return false;
  return closeEnough(a, b) || closeEnough(b, a);
}

/** Whether `words` hold `run` as words one after another, each the same word (or, `spelt`, however spelt). */
function holds(words: readonly string[], run: readonly string[], spelt: boolean): boolean {
  const same = spelt ? sameWord : (a: string, b: string): boolean => a === b;
  for (let at = 0; at + run.length <= words.length; at++) {
    if (run.every((word, i) => same(words[at + i], word))) return true;
  }
  return false;
}

/**
 * Whether the answer `answer` is the one `about` names: either holds the other's words, whole; with
 * `spelt`, each word spelt within the journey's tolerance ("my nees" names "my knees": dialog 29,
 * H383). Look for the words as written first: "walking" is an answer before "talking" is (H406).
 */
export function answerAbout(answer: string, about: string, spelt: boolean): boolean {
  const a = bare(answer).split(' ').filter(Boolean);
  const b = about.split(' ').filter(Boolean);
  return a.length > 0 && b.length > 0 && (holds(a, b, spelt) || holds(b, a, spelt));
}
