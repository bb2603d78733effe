import { bare } from '../../plan/normalise';
import { longestClosing, longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';

/** A reply's answer, and something more said beside it ("yes, also I want to talk about my feet"). */
export interface SaidBeside {
  /** The words before it: the answer, if they are one. */
  head: string;
  /** What was said beside it, as typed, without the words that open it ("also"). */
  extra: string;
  /** What they want to talk about, when that is what it says ("my feet"), as typed. */
  topic?: string;
}

/** Where what is said beside an answer may start: a clause break, or any space. */
const splits = /\s*(?:[,;:.!]+|\s[-\u2013\u2014]+)\s+|\s+/gu;

/** Marks at the end of words kept, never part of them. */
const endMarks = /[\s,;:.!?]+$/u;

/** Longer messages are stories, read whole as ever. */
const maxWords = 40;

/**
 * Something more said after an answer: a wish to talk about something (`goesOn` words if any, then
 * a `topicWish` phrase and what it names: "yes, also I want to talk about my feet", "no I'd like to
 * discuss my sleep"), or anything after `extraOpening` words ("yes, also my husband helps"). A topic
 * made only of `filler` and `notATopic` words ("talk about it", "discuss that with the nurse") is
 * none. The first such split, or undefined when there is none.
 */
export function saidBeside(text: string, phrases: Phrases): SaidBeside | undefined {
  if (text.trim().split(/\s+/u).length > maxWords) return undefined;
  for (const split of text.matchAll(splits)) {
    const head = text.slice(0, split.index).trim();
    if (head === '') continue;
    const typed = text
      .slice(split.index + split[0].length)
      .trim()
      .split(/\s+/u);
    const said = typed.map((word) => bare(word));
    const opened = longestOpening(said, 0, (run) => phrases.is('goesOn', run));
    const asked = longestOpening(said, opened, (run) => phrases.is('topicWish', run));
    const topic = asked > opened ? topicIn(typed.slice(asked), phrases) : undefined;
    const extra = typed.slice(opened).join(' ').replace(endMarks, '');
    if (topic !== undefined) return { head, extra, topic };
    const also = longestOpening(said, 0, (run) => phrases.is('extraOpening', run));
    // Thanks for the help say nothing more: the reply is read whole, as "yes thanks" is.
    if (also > 0 && onlyThanks(said.slice(also), phrases)) return undefined;
    if (also > 0) return { head, extra: typed.slice(also).join(' ').replace(endMarks, '') };
  }
  return undefined;
}

/** Whether `said` is only thanks, or thanks for what `thankedFor` lists ("thanks for all the help"). */
function onlyThanks(said: readonly string[], phrases: Phrases): boolean {
  const words = said.filter((word) => word !== '');
  if (phrases.is('thanks', words.join(' '))) return true;
  const end = longestOpening(words, 0, (run) => phrases.is('thanks', run));
  return end > 0 && words[end] === 'for' && phrases.is('thankedFor', words.slice(end + 1).join(' '));
}

/** The topic `words` name, without thanks or "please" after it; undefined when they name nothing. */
function topicIn(words: readonly string[], phrases: Phrases): string | undefined {
  const said = words.map((word) => bare(word));
  const end = longestClosing(said, 0, (run) => phrases.is('nameOutro', run));
  const kept = said.slice(0, end).filter((word) => word !== '');
  if (kept.every((word) => phrases.is('filler', word) || phrases.is('notATopic', word))) return undefined;
  return words.slice(0, end).join(' ').replace(endMarks, '');
}
