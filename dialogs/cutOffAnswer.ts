import type { Question } from '../content/packs/packSchema';
import type { PhraseList } from './recognisers/phraseLists';
import type { Phrases } from './recognisers/phrases';
import type { Parsed } from './sectionAnswers';

/**
 * An answer in words sent before it was finished: a text ends on a word no finished answer ends on
 * ("walk to the", then "park" in the next text, which was refused as no number and the goal kept as
 * "walk to the"). The rest is asked for and joined to it, rather than the next text being read as
 * the answer to the next question. Any channel can send early (Enter pressed in web chat), but on
 * SMS a long text is often sent in two. The crisis screen sees each text as it comes, before the
 * conversation does, and the words held joined to it as one message (`HeldCutOff`, hazard H40).
 */
export interface CutOff {
  /** The words as sent, kept until the rest comes. */
  words: string;
  /** The word it ended on, said back so the person sees where it stopped. */
  last: string;
}

/** The cut-off answer in `parsed`, when an answer in words (never a name) ends on a dangling word. */
export function cutOffAnswer(question: Question, parsed: Parsed, phrases: Phrases): CutOff | undefined {
  if (question.type !== 'text' || question.name || parsed.status !== 'answered') return undefined;
  const { value } = parsed;
  return typeof value === 'string' ? endsCutOff(value, phrases) : undefined;
}

/** `text` as cut off, when it ends on a word no finished answer ends on ("walk to the"). */
export function endsCutOff(text: string, phrases: Phrases): CutOff | undefined {
  const last = /([\p{L}']+)\s*$/u.exec(text)?.[1];
  return last !== undefined && phrases.is('cutOffEnd', last) ? { words: text, last } : undefined;
}

/** To "send the rest, or say that's all": whether the reply keeps the words as they are. */
export function keepsAsItIs(text: string, phrases: Phrases): boolean {
  return keepLists.some((list) => phrases.is(list, text));
}
const keepLists: readonly PhraseList[] = ['nothingMore', 'yes', 'agree', 'noTypo'];

/** The words kept with the rest sent after them. */
export function joined(cutOff: CutOff, rest: string): string {
  return `${cutOff.words} ${rest.trim()}`;
}
