import { bare } from '../../plan/normalise';
import { asksFear } from './fear';
import type { Phrases } from './phrases';
import { replyParts } from './replyParts';
import { namedAsThat, saidWords } from './resultNamed';

/** The words that join a worry to whom it is about ("is that bad for Mum"). */
const joiners = new Set(['for', 'about']);
/** How many words before a worry word may say there is none ("I'm not at all worried"). */
const negationReach = 3;

/**
 * Whether a message says a result worries them. The whole message is one of the `worried` phrases,
 * or one followed by whom it is about ("is that bad for Mum?", "... for Jean", "... about her"),
 * named by filler words or `name`, a result named in `shown` (its name, or the value shown, with or
 * without its unit: `namedAsThat`) said as "that" ("is 75 bad?", "is my HbA1c ok?"); or it asks in
 * fear what the condition may do (`asksFear`: "am I going to lose my feet?"); or, in a longer message, a part of it (between stops, commas
 * or "but": `replyParts`) holds a worry word ("I'm worried about my HbA1c", "that number scares me") that no
 * word just before it says is no worry now ("not worried", "don't worry", "I was worried last
 * year"). The weaker phrases ("is that ok?") are heard only as a whole message: inside a longer one
 * they ask a question of their own. Distress and crisis are the crisis guard's, which has read
 * the message first.
 */
export function saysWorried(text: string, phrases: Phrases, name?: string, shown: readonly string[] = []): boolean {
  return (
    saidAsWhole(text, phrases, name, shown) ||
    asksFear(text, phrases) ||
    clauses(text).some((clause) => holdsWorry(clause, phrases))
  );
}

function saidAsWhole(text: string, phrases: Phrases, name: string | undefined, shown: readonly string[]): boolean {
  const words = namedAsThat(saidWords(text), shown, phrases);
  const said = words.join(' ');
  if (said === '') return false;
  if (phrases.is('worried', said)) return true;
  const who = name ? bare(name) : undefined;
  const aboutSomeone = (from: number): boolean =>
    from < words.length && words.slice(from).every((word) => word === who || phrases.is('filler', word));
  return words.some(
    (word, i) =>
      i > 0 && joiners.has(word) && aboutSomeone(i + 1) && phrases.is('worried', words.slice(0, i).join(' ')),
  );
}

/** The parts of a message (`replyParts`), each as its bare words. */
function clauses(text: string): string[][] {
  return replyParts(text)
    .map((part) => bare(part).replace(/\?/g, ' ').split(' ').filter(Boolean))
    .filter((words) => words.length > 0);
}

function holdsWorry(words: readonly string[], phrases: Phrases): boolean {
  return words.some(
    (word, i) =>
      phrases.is('worryWords', word) &&
      !words.slice(Math.max(0, i - negationReach), i).some((before) => phrases.is('notWorried', before)),
  );
}
