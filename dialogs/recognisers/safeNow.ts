import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';
import { recogniseYesNo } from './yesNo';

/** What a reply that is no clear "I'm safe" tells the lead contact, as the flag's `safeNow` keeps it. */
export type SafeNowSaid = 'no' | 'notSure';

/** The most words a `takeBackLead` phrase has ("come to think of it"), and one more run. */
const longestLead = 5;

/**
 * What a reply to "are you safe right now?" says of safety, when it is no clear yes: `no` for a
 * plain no (`notSafe`) or a reply that opens with one and goes on with something else ("no, and now
 * my chest is tight", "no wait, i am not safe"); `notSure` for doubt or a hedged yes ("i think so",
 * "for now", "not really"). Undefined when it says neither ("it still hurts", "yes but i have the
 * tablets here"): told to no one as a no. An opening "no" that is none ("no one cares", "no I'm
 * fine", `notNoOpening`) or that turns ("no, but…", `noTurn`) is no plain no.
 */
export function safeNowSaid(text: string, phrases: Phrases): SafeNowSaid | undefined {
  if (phrases.is('notSafe', text)) return 'no';
  const words = bare(text).split(' ').filter(Boolean);
  const { at } = leadWords(words, phrases);
  const rest = words.slice(at).join(' ');
  if (rest !== '' && phrases.is('notSafe', rest)) return 'no';
  if (opensWithNo(words.slice(at), phrases) && !phrases.within('noTurn', text)) return 'no';
  if (phrases.is('notSure', text) || phrases.within('doubt', text) || phrases.within('safeHedged', text)) {
    return 'notSure';
  }
  return undefined;
}

/**
 * Whether a quick second text takes back "I'm safe" just said: after any words that take an answer
 * back ("no wait", "actually"), nothing but a plain not safe (`notSafe`: "i am not safe", "no"),
 * doubt or a hedge ("not sure", "for now"). A no that goes on ("nah, I'll come back tomorrow") or a
 * hedge inside other words ("I think I'll carry on later") answers the "carry on when you are
 * ready" after it, never the question before.
 */
export function takesBackSafe(text: string, phrases: Phrases): boolean {
  const words = bare(text).split(' ').filter(Boolean);
  const rest = words.slice(leadWords(words, phrases).at).join(' ');
  if (rest === '') return false;
  const lists = ['notSafe', 'notSure', 'safeHedged'] as const;
  return lists.some((list) => phrases.is(list, rest)) || phrases.within('doubt', rest);
}

/** What a quick second text that takes back a clear no said instead, as a flag's `reply` tells it. */
export type TakenBack = 'yes' | 'notSure' | 'unclear';

/**
 * Whether a quick second text takes back a clear no just given to a safety question (a check-in, or
 * the direct question after the mood screen), and what it says instead: it opens with words that
 * take an answer back and goes on with doubt (`notSure`) or a turn or hedge (`unclear`: "well
 * sometimes"), or, after words that say so plainly (`takeBackLead`: "actually", "wait", not only
 * `takeBackSoft`: "well", "oh"), with a yes (`yes`: "well actually yes"). A bare "yes", or "oh yes
 * please", answers the question asked since, never the one before; undefined for anything else.
 */
export function takesBackNo(text: string, phrases: Phrases, locale?: string): TakenBack | undefined {
  const words = bare(text).split(' ').filter(Boolean);
  const { at, plainly } = leadWords(words, phrases);
  const rest = words.slice(at).join(' ');
  if (at === 0 || rest === '' || phrases.is('clearNo', rest)) return undefined;
  if (phrases.is('notSure', rest) || phrases.within('doubt', rest)) return 'notSure';
  const yes = recogniseYesNo(rest, phrases, locale);
  if (plainly && yes.ok && yes.value) return 'yes';
  return phrases.is('hedge', rest) || phrases.within('noTurn', rest) ? 'unclear' : undefined;
}

/**
 * How many words at the start of `words` take an answer back (`takeBackLead` or `takeBackSoft`
 * phrases, one after another), and whether any says so plainly (`takeBackLead`).
 */
function leadWords(words: readonly string[], phrases: Phrases): { at: number; plainly: boolean } {
  let at = 0;
  let plainly = false;
  for (let moved = true; moved;) {
    moved = false;
    for (let size = Math.min(longestLead, words.length - at); size > 0 && !moved; size--) {
      const said = words.slice(at, at + size).join(' ');
      const strong = phrases.is('takeBackLead', said);
      if (strong || phrases.is('takeBackSoft', said)) {
        at += size;
        plainly ||= strong;
        moved = true;
      }
    }
  }
  return { at, plainly };
}

/** Whether `words` open with a plain no that is one (`notSafe` words, never `notNoOpening`: "no one"). */
function opensWithNo(words: readonly string[], phrases: Phrases): boolean {
  if (words.length < 2 || !phrases.is('notSafe', words[0] ?? '')) return false;
  const opening = [2, 3, 4].map((size) => words.slice(0, size).join(' '));
  return !opening.some((said) => phrases.is('notNoOpening', said));
}
