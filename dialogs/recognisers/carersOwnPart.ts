/**
 * A carer's reply to a question about the person that tells of both ("I'm exhausted but Ron is
 * doing well"): the carer's own part and the person's, so neither is lost and the carer's state is
 * never the person's answer (H6). Where the reply holds only the carer's own, see `carersOwn`.
 */
import { clauseSpans, maxClauses, whoseWords, type ClauseSpan } from '../../safety/whose';
import { ownPhrase } from './carersOwn';
import type { Phrases } from './phrases';

/** The carer's own words in a reply, and what is noted as the person's answer. */
export interface CarersPart {
  carer: string;
  person: string;
  /** Whether `person` is only the part about the person; otherwise it is the whole reply. */
  split: boolean;
}

/**
 * The carer's own part of `text` and the person's, when it tells of both; undefined when no clause
 * is the carer's own. `person` are words that name the person (their name, "mum"). Split only when
 * it is safe: the carer's clauses all together at the start or the end, each naming no one else;
 * the rest naming the person ("Ron is doing well", "he is happy"); and the two joined by a mark or
 * a word that only sets them side by side (`carerPartJoin`: "but", "and"), never by why ("because
 * Ron doesn't sleep"). Otherwise the whole reply is the person's answer and the carer's clauses are
 * kept as their own too: never a word lost.
 */
export function carersOwnPart(text: string, phrases: Phrases, person: readonly string[]): CarersPart | undefined {
  const spans = clauseSpans(text);
  if (spans.length > maxClauses) return undefined;
  const own = spans.map((span) => ownPhrase(span.text, phrases));
  const first = own.indexOf(true);
  if (first === -1) return undefined;
  const last = own.lastIndexOf(true);
  const carer = wordsOf(text, spans.slice(first, last + 1));
  const ownRun = own.slice(first, last + 1).every(Boolean);
  const rest = first === 0 ? spans.slice(last + 1) : last === spans.length - 1 ? spans.slice(0, first) : [];
  const join = first === 0 ? rest[0]?.before : spans[first].before;
  const safe =
    ownRun &&
    rest.length > 0 &&
    spans.slice(first, last + 1).every((span) => whoseWords(span.text, person) !== 'someoneElse') &&
    rest.some((span) => whoseWords(span.text, person) === 'someoneElse') &&
    join !== undefined &&
    sideBySide(join, phrases);
  return safe ? { carer, person: wordsOf(text, rest), split: true } : { carer, person: text.trim(), split: false };
}

/** The words of `text` from the first of `spans` to the last, as said. */
function wordsOf(text: string, spans: readonly ClauseSpan[]): string {
  return text.slice(spans[0].start, spans.at(-1)!.end).trim();
}

/** Whether a break between clauses only sets them side by side: marks alone, or `carerPartJoin` words. */
function sideBySide(join: string, phrases: Phrases): boolean {
  const words = join.replace(/[^\p{L}\s]/gu, ' ').trim();
  return words === '' || phrases.is('carerPartJoin', words);
}
