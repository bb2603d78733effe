import { bare } from '../../plan/normalise';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** A question a message may name, by the words it goes by (`Question.namedBy`). */
export interface NamedQuestion {
  key: string;
  names: readonly string[];
}

/** Longer messages are answers or stories, never this ask. */
const maxWords = 14;

/**
 * Reads a message that asks to change the answer to a question by its name: `meantLead` phrases,
 * a `changeVerb`, words naming the answer (`answerNamed`: "my answer to", "what I said about"),
 * one of a question's names, then `changeAfter` words, or "to" and what it is to become ("change my
 * name", "can I change my answer to what matters most?", "change my name to Jeanie"); after a
 * `lookingVerb` ("go over") the words naming the answer must be said. A name is
 * looked for as said, then without `owner` words before it. The key of the first question of
 * `questions` named, or undefined for anything else ("change my diet", "change my answer to 8").
 */
export function questionToChange(
  text: string,
  questions: readonly NamedQuestion[],
  phrases: Phrases,
): string | undefined {
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
      const key = nameAfter(words.slice(end), named, phrases, phrases.is('lookingVerb', verb));
      if (key) return key;
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
): string | undefined {
  const withAnswer = rest.map((_, i) => i + 1).filter((i) => phrases.is('answerNamed', rest.slice(0, i).join(' ')));
  const starts = answerNeeded ? withAnswer : [0, ...withAnswer];
  for (const start of starts) {
    const key = nameAt(rest.slice(start), named, phrases);
    if (key) return key;
  }
  return undefined;
}

/** The question `words` name from their start, as said or after `owner` words, with only `changeAfter` words or "to …" after it. */
function nameAt(words: readonly string[], named: ReadonlyMap<string, string>, phrases: Phrases): string | undefined {
  let owners = 0;
  while (owners < words.length && phrases.is('owner', words[owners])) owners++;
  for (const from of owners > 0 ? [0, owners] : [0]) {
    for (let end = words.length; end > from; end--) {
      const key = named.get(words.slice(from, end).join(' '));
      if (key && closes(words.slice(end), phrases)) return key;
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
