import type { Question } from '../content/packs/packSchema';
import { bare } from '../plan/normalise';
import type { Answer } from '../plan/record';
import { burstWithinMs } from './burstWindow';
import type { Phrases } from './recognisers/phrases';
import { cleanText, maxTextLength } from './typedText';

/** The most words a `goesOn` phrase takes ("and of course"). */
const longestOpening = 3;

/** The question answered last, and the question waiting when `text` came. */
export interface GoingOnQuestions {
  last: Question;
  waiting: Question;
}

/**
 * A thought typed in two goes ("my family", then "and my garden"): whether `text` goes on from
 * `last`, the answer given last, to `questions.last`. It does when it opens with a `goesOn` phrase
 * and has words after it, or when it carries the sentence on (`continuesSentence`: "who I look after
 * on tuesdays" after "my family especially my grandson"), and `last` is words (not a name) kept no
 * longer ago than a burst of texts (`RecentMessage`); and, whatever its words, when it was sent before
 * the question waiting could be seen (`unseen`, see `sentUnseen`). Never at a question waiting that
 * asks for more (`nothingMore`: "also ..." is the more) or for a carer's own view (`audience: carer`:
 * theirs, not the person's). The answer it makes, the two joined as said; undefined otherwise.
 */
export function goesOnFromLast(
  last: Answer | undefined,
  questions: GoingOnQuestions,
  text: string,
  phrases: Phrases,
  now: Date,
  unseen = false,
): string | undefined {
  if (last?.status !== 'answered' || typeof last.value !== 'string') return undefined;
  const { last: question, waiting } = questions;
  if (question.type !== 'text' || question.name) return undefined;
  if (waiting.nothingMore || waiting.audience === 'carer') return undefined;
  const since = now.getTime() - Date.parse(last.at);
  if (!(since >= 0 && since <= burstWithinMs)) return undefined;
  const words = bare(text).split(' ').filter(Boolean);
  const opens = words
    .slice(0, longestOpening)
    .some((_, i) => i + 1 < words.length && phrases.is('goesOn', words.slice(0, i + 1).join(' ')));
  const said = cleanText(text);
  // "And my garden" goes on the sentence as "and my garden" does: its joining word begins none.
  const carried =
    opens && !endsSentence(last.value) ? said.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : said;
  const joined = `${last.value} ${carried}`;
  const goesOn = unseen || opens || continuesSentence(last.value, text, phrases);
  return goesOn && words.length > 0 && joined.length <= maxTextLength ? joined : undefined;
}

/**
 * Whether `text` carries on the sentence `before` left open, with no new sentence begun: `before`
 * ends with no full stop, question or exclamation mark; `text` starts in lower case with a word that
 * opens a clause about what was said (`goesOnClause`: "who", "which", "that") and words after it,
 * and asks nothing. "Who I see most days", or anything after "My family.", begins a sentence of its
 * own: the answer to the question waiting.
 */
function continuesSentence(before: string, text: string, phrases: Phrases): boolean {
  const said = cleanText(text);
  if (endsSentence(before) || /\?\s*$/u.test(said) || !/^\p{Ll}/u.test(said)) return false;
  const [first, ...rest] = bare(said).split(' ');
  return rest.length > 0 && phrases.is('goesOnClause', first);
}

/** Whether `text` ends a sentence: with a full stop, question or exclamation mark, maybe in quotes or brackets. */
function endsSentence(text: string): boolean {
  return /[.!?]["')\]]*$/u.test(text.trim());
}
