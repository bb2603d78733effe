import { bare } from '../../plan/normalise';
import { longestOpenings, newWordsFrom } from './goalTextSaid';
import { longestOpening, type IsPhrase } from './phraseRuns';
import type { Phrases } from './phrases';
import type { NamedQuestion } from './questionToChange';

/** An earlier answer's new words said with its question named ("what matters most is my grandson not my dog"). */
export interface AnswerTextSaid {
  key: string;
  /** The new words as typed, without the old ones taken back ("not my dog"). */
  words: string;
}

/** Longer messages are stories, never this. */
const maxWords = 25;

/**
 * Reads new words for an earlier answer said with its question named, as `goalTextSaid` reads a
 * goal's (`newWordsFrom`): `meantLead` or `changeVerb` words, `answerNamed` words if said ("my answer to"), one of
 * a question's names, `newAnswerSubject` words if said ("it"), then `newAnswerLink` words ("should
 * be"; "to" only after a verb: "change what matters most to my grandson") and the new words; or
 * `takenBackLink` words ("is") and the new words only with old ones taken back after them ("is my
 * grandson not my dog"): alone they say something of it ("what matters most is hard to say").
 * The words from the last `takenBack` phrase are left out. Undefined for anything else.
 */
export function answerTextSaid(
  text: string,
  questions: readonly NamedQuestion[],
  phrases: Phrases,
): AnswerTextSaid | undefined {
  const typed = text
    .trim()
    .split(/\s+/u)
    .filter((word) => bare(word) !== '');
  if (typed.length > maxWords) return undefined;
  const words = typed.map((word) => bare(word));
  const is =
    (list: 'answerNamed' | 'newAnswerSubject'): IsPhrase =>
    (run) =>
      phrases.is(list, run);
  const start = longestOpenings(words, 0, (run) => phrases.is('meantLead', run) || phrases.is('changeVerb', run));
  const verb = phrases.within('changeVerb', words.slice(0, start).join(' '));
  const nameAt = longestOpening(words, start, is('answerNamed'));
  // A name running to the end ("change what matters to me") asks to change it, with no new words.
  const whole = words.slice(nameAt).join(' ');
  if (questions.some(({ names }) => names.some((name) => bare(name) === whole))) return undefined;
  const named = namedFrom(words, nameAt, questions);
  if (!named) return undefined;
  const after = longestOpening(words, named.end, is('newAnswerSubject'));
  const kept = newWordsFrom(typed, words, after, verb, phrases);
  return kept === undefined ? undefined : { key: named.key, words: kept };
}

/** The question named by the longest run of `words` from `from` (the first of `questions` to have it), and where it ends. */
function namedFrom(
  words: readonly string[],
  from: number,
  questions: readonly NamedQuestion[],
): { key: string; end: number } | undefined {
  for (let end = words.length - 1; end > from; end--) {
    const run = words.slice(from, end).join(' ');
    const found = questions.find(({ names }) => names.some((name) => bare(name) === run));
    if (found) return { key: found.key, end };
  }
  return undefined;
}
