import { bare } from '../../plan/normalise';
import type { Phrases } from './phrases';
import { recogniseYesNo } from './yesNo';

/** What a reply that is no clear "I'm safe" tells the lead contact, as the flag's `safeNow` keeps it. */
export type SafeNowSaid = 'no' | 'notSure';

/** The most words a `takeBackLead` phrase has ("come to think of it"), and one more run. */
const longestLead = 5;

/**
 * What a reply to "are you safe right now?" says of safety, when it is no clear yes: `no` for a
 * plain no (`notSafe`: "no", "i am not safe"), with any words that take an answer back around it
 * ("no wait, i am not safe", "no I'm not actually"); `notSure` for doubt or a hedged yes ("i think
 * so", "for now", "not really"). A no that goes on is `no` only when it goes on to say so
 * (`notSafeWithin`: "no, I'm not safe, I have the tablets here") or, with `newCrisis`, to tell of a
 * new crisis ("no, and now my chest is tight", H161): "no, I'm not in any danger", "nope all good"
 * and "no, he is fine" answer whether they are in danger, and are told as nothing rather than
 * "not safe" (H164). Undefined when it says neither ("it still hurts"): told to no one as a no.
 */
export function safeNowSaid(
  text: string,
  phrases: Phrases,
  reading: { newCrisis?: boolean } = {},
): SafeNowSaid | undefined {
  const words = bare(text).split(' ').filter(Boolean);
  const { rest } = takeBackWords(words, phrases);
  if (phrases.is('notSafe', text) || (rest.length > 0 && phrases.is('notSafe', rest.join(' ')))) return 'no';
  const goesOnToSay = reading.newCrisis === true || phrases.within('notSafeWithin', text);
  if (goesOnToSay && opensWithNo(rest, phrases) && !phrases.within('noTurn', text)) return 'no';
  if (phrases.is('notSure', text) || phrases.within('doubt', text) || phrases.within('safeHedged', text)) {
    return 'notSure';
  }
  return undefined;
}

/**
 * What a quick second text says when it takes back "I'm safe" just said: after or before any words
 * that take an answer back ("no wait", "actually"), nothing but a plain not safe (`notSafe`: "i am
 * not safe", "actually I'm not") or words that take it back by themselves ("i lied"), told as `no`;
 * or nothing but doubt or a hedge ("not sure", "for now"), told as `notSure`. A no that goes on
 * ("nah, I'll come back tomorrow") or doubt inside other words ("not sure when I can finish this")
 * answers what waits after it, never the question before (H163).
 */
export function takesBackSafe(text: string, phrases: Phrases): SafeNowSaid | undefined {
  const { rest, outright } = takeBackWords(bare(text).split(' ').filter(Boolean), phrases);
  const said = rest.join(' ');
  if (said === '') return outright ? 'no' : undefined;
  if (phrases.is('notSafe', said) || phrases.is('notSafeSaid', said)) return 'no';
  const lists = ['notSure', 'safeHedged', 'doubt'] as const;
  return lists.some((list) => phrases.is(list, said)) ? 'notSure' : undefined;
}

/**
 * Whether a text takes back an "I'm safe" said at any time before, however long ago and whatever
 * came between: words that say so plainly (`takeBackLead`: "actually", "to be honest"; or
 * `takeBackOutright`: "i lied earlier"), then nothing but not safe in words that name it
 * (`notSafeSaid`: "I'm not safe", "im not ok"). Doubt, a hedge, a bare "no" or "I'm not", or "i lied"
 * alone answer the question waiting by then, never the one long before (H163, H176).
 */
export function takesBackSafePlainly(text: string, phrases: Phrases): boolean {
  const { rest, plainly } = takeBackWords(bare(text).split(' ').filter(Boolean), phrases);
  return plainly && rest.length > 0 && phrases.is('notSafeSaid', rest.join(' '));
}

/**
 * Whether a taking back of "I'm safe" (`takesBackSafe`, `takesBackSafePlainly`) says it of the writer
 * (`notSafeSaidOwn`: "to be honest I'm not ok", "i lied, i am not safe"): when the "I'm safe" was a
 * carer's answer for the person, the carer's own, never the person's (H206).
 */
export function takesBackAsOwn(text: string, phrases: Phrases): boolean {
  const { rest } = takeBackWords(bare(text).split(' ').filter(Boolean), phrases);
  return rest.length > 0 && phrases.is('notSafeSaidOwn', rest.join(' '));
}

/** The writer as the subject of a bare "I'm not", and anyone else as one ("he's not"). */
const writerSubject = new Set(['i', 'im']);
const otherSubject = new Set(['he', 'hes', 'she', 'shes', 'they', 'theyre', 'we', 'were']);

/**
 * Whether a quick taking back of "I'm safe" says not safe with no word for what ("actually I'm
 * not", "no wait, im not"): a plain not safe (`notSafe`) with the writer as its subject but not the
 * words of `notSafeSaidOwn`. After a carer's "yes he is safe" it may be the carer's own not safe or
 * the person's taken back: whose is not said (H213).
 */
export function takesBackWhoseUnclear(text: string, phrases: Phrases): boolean {
  const { rest } = takeBackWords(bare(text).split(' ').filter(Boolean), phrases);
  const said = rest.join(' ');
  if (!phrases.is('notSafe', said) || phrases.is('notSafeSaidOwn', said)) return false;
  return rest.some((word) => writerSubject.has(word)) && !rest.some((word) => otherSubject.has(word));
}

/** What a quick second text that takes back a clear no said instead, as a flag's `reply` tells it. */
export type TakenBack = 'yes' | 'notSure' | 'unclear';

/**
 * Whether a quick second text takes back a clear no just given to a safety question (a check-in, or
 * the direct question after the mood screen), and what it says instead. It must say so plainly:
 * words that take it back (`takeBackLead`: "actually", "no wait") before a yes (`yes`: "well
 * actually yes"), doubt (`notSure`) or a hedge or turn (`unclear`: "actually sometimes"); words
 * that take it back by themselves ("i lied": `yes`); or at most "well" before a hedge that admits
 * them (`takeBackOften`: "well sometimes", `unclear`). A bare hedge, alone or after "hmm" or "oh"
 * ("not sure", "oh, not much"), and a bare "yes" or "oh yes please", answer the question asked
 * since, never the one before (H163); undefined for anything else.
 */
export function takesBackNo(text: string, phrases: Phrases, locale?: string): TakenBack | undefined {
  const { rest, plainly, outright, soft } = takeBackWords(bare(text).split(' ').filter(Boolean), phrases);
  const said = rest.join(' ');
  if (said === '') return outright ? 'yes' : undefined;
  if (phrases.is('clearNo', said)) return undefined;
  if (!plainly) return soft && phrases.is('takeBackOften', said) ? 'unclear' : undefined;
  if (phrases.is('notSure', said) || phrases.is('doubt', said)) return 'notSure';
  const yes = recogniseYesNo(said, phrases, locale);
  if (yes.ok && yes.value) return 'yes';
  return phrases.is('hedge', said) || phrases.within('noTurn', said) ? 'unclear' : undefined;
}

/**
 * `words` without those that take an answer back: at the start any run of `takeBackLead`,
 * `takeBackOutright`, `takeBackSoft` and `takeBackFiller` phrases; at the end `takeBackLead` ones
 * ("no I'm not actually"). `plainly` when one at the start says so (`takeBackLead` or
 * `takeBackOutright`; "not much actually" is an everyday answer), `outright` when one takes it
 * back by itself, `soft` when one is "well" (`takeBackSoft`).
 */
function takeBackWords(
  words: readonly string[],
  phrases: Phrases,
): { rest: readonly string[]; plainly: boolean; outright: boolean; soft: boolean } {
  const lists = ['takeBackLead', 'takeBackOutright', 'takeBackSoft', 'takeBackFiller'] as const;
  const found = new Set<(typeof lists)[number]>();
  let at = 0;
  for (let moved = true; moved;) {
    moved = false;
    for (let size = Math.min(longestLead, words.length - at); size > 0 && !moved; size--) {
      const said = words.slice(at, at + size).join(' ');
      const list = lists.find((name) => phrases.is(name, said));
      if (list) {
        found.add(list);
        at += size;
        moved = true;
      }
    }
  }
  let end = words.length;
  for (let moved = true; moved;) {
    moved = false;
    for (let size = Math.min(longestLead, end - at); size > 0 && !moved; size--) {
      if (phrases.is('takeBackLead', words.slice(end - size, end).join(' '))) {
        end -= size;
        moved = true;
      }
    }
  }
  const outright = found.has('takeBackOutright');
  return {
    rest: words.slice(at, end),
    plainly: outright || found.has('takeBackLead'),
    outright,
    soft: found.has('takeBackSoft'),
  };
}

/** Whether `words` open with a plain no that is one (`notSafe` words, never `notNoOpening`: "no one"). */
function opensWithNo(words: readonly string[], phrases: Phrases): boolean {
  if (words.length < 2 || !phrases.is('notSafe', words[0] ?? '')) return false;
  const opening = [2, 3, 4].map((size) => words.slice(0, size).join(' '));
  return !opening.some((said) => phrases.is('notNoOpening', said));
}
