/**
 * A carer's reply to a mood question asked about the person that says the carer's own yes beside
 * an answer for the person (`carerToo` phrases in content). Read whole, the carer's own yes was a
 * yes for the person, or the two together neither yes nor no: a carer's own thoughts of being
 * better off dead were asked again as unclear, or flagged as the person's (H65).
 *
 * Conservative: the carer's part is a run of clauses at the end of the reply (or its start), each
 * nothing but `carerToo` and `carerTooAround` phrases ("I have though", "some days"), at least one
 * with `carerToo` words and read as the writer's (`whoseWords`); the rest of the reply, left for
 * the person, must hold none of them. "I have" alone is read as before, as an answer, and a clause
 * asked back with a question mark is no yes of anyone's (review 20).
 *
 * Read for a question about the person's mood (`mood`), their own state counts too ("I'm exhausted
 * and low", `carerOwn`, and a `carerState` beside their words): it is theirs, never a yes for the
 * person (H159). Never at the question about thoughts of being better off dead (`thoughts`), where
 * being worn out is no such thought. Read for "Is Ron safe right now?" (`notSafe`), the carer's own
 * part is saying they are not (`carerNotSafe`: "he is, but I'm not", H156).
 */
import { bare } from '../../plan/normalise';
import { clauseSpans, maxClauses, whoseWords, type ClauseSpan } from '../../safety/whose';
import { ownPhrase } from './carersOwn';
import type { PhraseList } from './phraseLists';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** What a carer's own part is read as: a yes to thoughts asked about, to low mood, or not being safe. */
export type OwnReading = 'thoughts' | 'mood' | 'notSafe';

/** The phrases of a carer's own part, and those that may stand beside it, for each reading. */
const readings: Readonly<Record<OwnReading, { own: PhraseList; around: readonly PhraseList[]; state: boolean }>> = {
  thoughts: { own: 'carerToo', around: ['carerTooAround'], state: false },
  mood: { own: 'carerToo', around: ['carerTooAround', 'carerState'], state: true },
  notSafe: { own: 'carerNotSafe', around: ['carerTooAround'], state: false },
};

/** The carer's own words in a reply, and the rest, read as the answer for the person. */
export interface CarersToo {
  carer: string;
  person: string;
}

/** What a clause is: the carer's own yes, words that may stand beside one, or anything else. */
type Clause = 'own' | 'around' | 'other';

/**
 * The carer's own yes in `text` and the words left for the person, or undefined when the reply is
 * not so. `person` are words that name the person being helped (their name, "mum").
 */
export function carersOwnToo(
  text: string,
  phrases: Phrases,
  person: readonly string[],
  reading: OwnReading = 'thoughts',
): CarersToo | undefined {
  const spans = clauseSpans(text);
  if (spans.length < 2 || spans.length > maxClauses) return undefined;
  const kindOf = (clause: string): Clause => clauseKind(clause, phrases, person, reading);
  // A clause asked back ("me?") asks whom the question means: no yes of the carer's.
  const kinds = spans.map((span, i) => (askedBack(text, span, spans[i + 1]) ? 'other' : kindOf(span.text)));
  let start = spans.length;
  while (start > 0 && kinds[start - 1] !== 'other') start--;
  let end = 0;
  while (end < spans.length && kinds[end] !== 'other') end++;
  const atEnd = kinds.slice(start).includes('own') && start > 0;
  const atStart = !atEnd && kinds.slice(0, end).includes('own') && end < spans.length;
  if (!atEnd && !atStart) return undefined;
  const [carer, rest] = atEnd ? [spans.slice(start), spans.slice(0, start)] : [spans.slice(0, end), spans.slice(end)];
  // Another "I have" among the person's words: whose each is cannot be told apart.
  if (rest.some((span) => kindOf(span.text) === 'own')) return undefined;
  return { carer: wordsOf(text, carer), person: wordsOf(text, rest) };
}

/** The most words of a carer's own part kept alone: fewer ("I am") say nothing without the rest. */
const shortOwnPart = 3;

/**
 * What is kept as the carer's own from a reply split so: their part, or, when it is a few words
 * that say nothing alone ("he doesnt seem down but I am" leaves "I am"), the whole reply as said (explorer 27).
 */
export function carersWordsKept(split: CarersToo, text: string | undefined): string {
  const short = split.carer.trim().split(/\s+/u).length <= shortOwnPart;
  return short && text !== undefined ? text : split.carer;
}

/** Whether a clause ends with a question mark: the break after it, up to the next clause, holds one. */
function askedBack(text: string, span: ClauseSpan, next: ClauseSpan | undefined): boolean {
  return text.slice(span.end, next?.start ?? text.length).includes('?');
}

/** Whether a clause is the carer's own yes, only words beside one, or anything else. */
function clauseKind(clause: string, phrases: Phrases, person: readonly string[], reading: OwnReading): Clause {
  const { own: ownList, around: aroundLists, state } = readings[reading];
  const words = bare(clause).replace(/[?]/g, ' ').split(/\s+/).filter(Boolean);
  const around = (said: string): boolean => aroundLists.some((list) => phrases.is(list, said));
  if (phrasesInARow(words, around)) return 'around';
  const own =
    phrasesInARow(words, (said) => phrases.is(ownList, said) || around(said)) || (state && ownPhrase(clause, phrases));
  return own && whoseWords(clause, person) === 'writer' ? 'own' : 'other';
}

/** The words of `text` from the first of `spans` to the last, as said. */
function wordsOf(text: string, spans: readonly ClauseSpan[]): string {
  return text.slice(spans[0].start, spans.at(-1)!.end).trim();
}
