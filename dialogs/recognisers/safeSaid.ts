import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';
import { replyParts } from './replyParts';

/** The longest reply read for pleasantries around a clear yes; a longer one says more than that. */
const longestRead = 160;
/** The most words a `safeAround` or `safeAside` phrase has ("i was only asking", "it was only a joke"). */
const longestAround = 5;

/**
 * Whether a reply to "are you safe right now?" is a clear yes (`list`: `safe`, or `safeOther` of
 * the person a carer answers for): a phrase of the list as the whole reply, or with only
 * pleasantries around it (`safeAround`: "yes I'm safe now", "I'm safe now, thanks", "I'm fine now,
 * carry on", "ya im safe") or asides (`safeAside`: "was jokin", "I have to go", "I only ask who
 * read my answers"; H310), each part of the reply one or the other and at least one part the list's. A question
 * mark, or any other word ("not", "I think", "for now", "don't worry"), leaves it no clear yes:
 * the urgent help is repeated, as for any answer but "I'm safe" (H2).
 */
export function saysSafe(text: string, phrases: Phrases, list: 'safe' | 'safeOther'): boolean {
  if (phrases.is(list, text)) return true;
  if (text.includes('?') || text.length > longestRead) return false;
  const parts = replyParts(text)
    .map((part) => bare(part).split(' ').filter(Boolean))
    .filter((words) => words.length > 0);
  const around = (words: readonly string[]): boolean => onlyAround(words, phrases);
  const stated = (words: readonly string[]): boolean =>
    words.some((_, start) =>
      words.some(
        (_w, end) =>
          end >= start &&
          phrases.is(list, words.slice(start, end + 1).join(' ')) &&
          around(words.slice(0, start)) &&
          around(words.slice(end + 1)),
      ),
    );
  return parts.some(stated) && parts.every((words) => stated(words) || around(words));
}

/** Whether `words` are nothing but `safeAround` or `safeAside` phrases, one after another (none at all counts). */
function onlyAround(words: readonly string[], phrases: Phrases): boolean {
  const reach = [true, ...words.map(() => false)];
  for (let from = 0; from < words.length; from++) {
    if (!reach[from]) continue;
    for (let to = from + 1; to <= Math.min(words.length, from + longestAround); to++) {
      const phrase = words.slice(from, to).join(' ');
      if (phrases.is('safeAround', phrase) || phrases.is('safeAside', phrase)) reach[to] = true;
    }
  }
  return reach[words.length];
}
