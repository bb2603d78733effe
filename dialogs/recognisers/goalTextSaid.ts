import { bare } from '../../plan/normalise';
import { goalIn, type GoalToChange } from './goalToChange';
import { longestOpening, type IsPhrase } from './phraseRuns';
import type { Phrases } from './phrases';

/** A goal's new words said with the goal named ("my goal should be walk to the shops not the park"). */
export interface GoalTextSaid {
  goal: GoalToChange;
  /** The new words as typed, without the old ones taken back ("not the park"). */
  words: string;
}

/** Longer messages are stories, never this. */
const maxWords = 25;

/** Marks round the new words, never part of them. */
const edgeMarks = /^[\s,;:"'-]+|[\s,;:.!"'-]+$/gu;

/**
 * Reads a goal's new words said with the goal named: `meantLead` words, a `changeVerb` or none, the
 * goal ("my goal", "goal 2", "my first goal"), `newAnswerLink` words ("should be"; "to" only after
 * a verb: "change my goal to swimming"), then the new words, with the words from the last
 * `takenBack` phrase ("not the park", "instead of the park") left out as the old answer. After
 * `takenBackLink` words ("is now", "is really") only with such old words taken back: alone they
 * say something of the goal ("my goal is really important to me"). Undefined for anything else
 * ("change my goal", which asks to change it, or "my goal is fine").
 */
export function goalTextSaid(text: string, phrases: Phrases): GoalTextSaid | undefined {
  const typed = text.trim().split(/\s+/u);
  if (typed.length > maxWords) return undefined;
  const words = typed.map((word) => bare(word));
  // "change" leads as `meantLead` too: the verb is looked for among the words before the goal.
  const start = longestOpenings(words, 0, (run) => phrases.is('meantLead', run) || phrases.is('changeVerb', run));
  const named = goalNamedFrom(words, start);
  if (!named) return undefined;
  const verb = phrases.within('changeVerb', words.slice(0, start).join(' '));
  const kept = newWordsFrom(typed, words, named.end, verb, phrases);
  return kept === undefined ? undefined : { goal: named.goal, words: kept };
}

/**
 * The new words after an answer named that ends at `end` (`typed` as written, `words` bare, one for
 * one): `newAnswerLink` words ("should be"; "to" only after a change verb, `verb`) then the new
 * words, with the words from the last `takenBack` phrase ("not the park") left out as the old
 * answer; after `takenBackLink` words ("is now", "is really") only with such old words taken back,
 * as alone they say something of the answer ("my goal is really important to me"). Undefined when
 * there are none, or they hold no letter.
 */
export function newWordsFrom(
  typed: readonly string[],
  words: readonly string[],
  end: number,
  verb: boolean,
  phrases: Phrases,
): string | undefined {
  const is =
    (list: 'newAnswerLink' | 'takenBackLink' | 'takenBack'): IsPhrase =>
    (run) =>
      phrases.is(list, run);
  const plain = verb && words[end] === 'to' ? end + 1 : longestOpening(words, end, is('newAnswerLink'));
  const from = plain > end ? plain : longestOpening(words, end, is('takenBackLink'));
  if (from === end) return undefined;
  const said = (upTo: number): string => typed.slice(from, upTo).join(' ').replace(edgeMarks, '');
  const upTo = takenBackAt(words, from, is('takenBack'));
  // "to not smoke" takes nothing back: the words before "not" must say something of their own.
  const takesBack = upTo < words.length && words.slice(from, upTo).some((word) => !phrases.is('filler', word));
  if (plain === end && !takesBack) return undefined;
  const kept = takesBack ? said(upTo) : said(words.length);
  return /\p{L}/u.test(kept) ? kept : undefined;
}

/** Where phrases one after another from `from` end, leaving a word after them (`from` with none). */
export function longestOpenings(words: readonly string[], from: number, isPhrase: IsPhrase): number {
  for (let end = longestOpening(words, from, isPhrase); end > from; end = longestOpening(words, from, isPhrase))
    from = end;
  return from;
}

/** The goal named by the longest run of `words` from `from` that names one, and where it ends. */
function goalNamedFrom(words: readonly string[], from: number): { goal: GoalToChange; end: number } | undefined {
  for (let end = words.length - 1; end > from; end--) {
    const goal = goalIn(words.slice(from, end).join(' '));
    if (goal !== undefined) return { goal, end };
  }
  return undefined;
}

/** Where the old words taken back start ("not the park"): the last such phrase with words after it and before it. */
export function takenBackAt(words: readonly string[], from: number, isPhrase: IsPhrase): number {
  for (let at = words.length - 2; at > from; at--) {
    for (let end = words.length - 1; end > at; end--) if (isPhrase(words.slice(at, end).join(' '))) return at;
  }
  return words.length;
}
