import { bare } from '../../plan/normalise';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** A question a message may name, by the words it goes by (`Question.namedBy`). */
export interface NamedQuestion {
  key: string;
  names: readonly string[];
}

/** The question a message names to change, and what it says the answer is to become ("to Jeanie"), if it says. */
export interface ChangeNamed {
  key: string;
  /** The words after the last "to", as typed. */
  to?: string;
}

/** "To" and the words after it, the last in a message: what an answer is to become. */
const toWhat = /\bto\s+(\S(?:(?!\bto\s).)*)$/iu;

/** Longer messages are answers or stories, never this ask. */
const maxWords = 14;

/**
 * Reads a message that asks to change the answer to a question by its name: `meantLead` phrases,
 * a `changeVerb`, words naming the answer (`answerNamed`: "my answer to", "what I said about"),
 * one of a question's names, then `changeAfter` words, or "to" and what it is to become ("change my
 * name", "can I change my answer to what matters most?", "change my name to Jeanie"); after a
 * `lookingVerb` ("go over") the words naming the answer must be said. A name is
 * looked for as said, then without `owner` words before it. The first question of `questions`
 * named, with what it is to become when "to …" follows, or undefined for anything else ("change
 * my diet", "change my answer to 8").
 */
export function questionToChange(
  text: string,
  questions: readonly NamedQuestion[],
  phrases: Phrases,
): ChangeNamed | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > maxWords) return undefined;
  const named = new Map<string, string>();
  for (const question of [...questions].reverse())
    for (const name of question.names) named.set(bare(name), question.key);
  const led = (end: number): boolean =>
    end === 0 || phrasesInARow(words.slice(0, end), (run) => phrases.is('meantLead', run));
  for (let at = 0; at < words.length; at++) {
    if (!led(at)) continue;
    for (let end = at + 1; end <= Math.min(words.length, at + 3); end++) {
      const verb = words.slice(at, end).join(' ');
      if (!phrases.is('changeVerb', verb)) continue;
      const found = nameAfter(words.slice(end), named, phrases, phrases.is('lookingVerb', verb));
      const to = found?.to ? toWhat.exec(text.trim())?.[1] : undefined;
      if (found) return to === undefined ? { key: found.key } : { key: found.key, to };
    }
  }
  return undefined;
}

/**
 * The question `rest` names, with or without `answerNamed` words before the name; only with them
 * where `answerNeeded` (after a `lookingVerb`: "go over my conditions" is a topic, not a change).
 */
function nameAfter(
  rest: readonly string[],
  named: ReadonlyMap<string, string>,
  phrases: Phrases,
  answerNeeded: boolean,
): { key: string; to: boolean } | undefined {
  const withAnswer = rest.map((_, i) => i + 1).filter((i) => phrases.is('answerNamed', rest.slice(0, i).join(' ')));
  const starts = answerNeeded ? withAnswer : [0, ...withAnswer];
  for (const start of starts) {
    const found = nameAt(rest.slice(start), named, phrases);
    if (found) return found;
  }
  return undefined;
}

/**
 * The question `words` name from their start, as said or after `owner` words, with only
 * `changeAfter` words or "to …" after it (`to`).
 */
function nameAt(
  words: readonly string[],
  named: ReadonlyMap<string, string>,
  phrases: Phrases,
): { key: string; to: boolean } | undefined {
  let owners = 0;
  while (owners < words.length && phrases.is('owner', words[owners])) owners++;
  for (const from of owners > 0 ? [0, owners] : [0]) {
    for (let end = words.length; end > from; end--) {
      const key = named.get(words.slice(from, end).join(' '));
      const after = words.slice(end);
      if (key && closes(after, phrases)) return { key, to: after[0] === 'to' };
    }
  }
  return undefined;
}

/** Whether what follows a name leaves the ask as one: nothing, `changeAfter` words, or "to" and a new answer. */
function closes(after: readonly string[], phrases: Phrases): boolean {
  if (after.length === 0) return true;
  if (after[0] === 'to' && after.length > 1) return true;
  return phrasesInARow(after, (run) => phrases.is('changeAfter', run));
}
