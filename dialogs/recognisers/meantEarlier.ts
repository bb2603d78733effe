import { bare } from '../../plan/normalise';
import { remembered } from '../../plan/remembered';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/**
 * Both readings of a text remembered, per phrase lists: a turn asks them of one message more than
 * once (the section, then whether a correction is meant), and each reading joins many runs of its
 * words. What they return is frozen, as it is shared.
 */
const readers = new WeakMap<Phrases, Record<'earlier' | 'byPlace', Reading>>();

type Reading = (text: string) => MeantEarlier | undefined;

function readersOf(phrases: Phrases): Record<'earlier' | 'byPlace', Reading> {
  let kept = readers.get(phrases);
  if (kept === undefined) {
    const frozen = (found: MeantEarlier | undefined) => found && Object.freeze(found);
    kept = {
      earlier: remembered((text) => frozen(readMeantForEarlier(text, phrases)), 8),
      byPlace: remembered((text) => frozen(readMeantByPlace(text, phrases)), 8),
    };
    readers.set(phrases, kept);
  }
  return kept;
}

/** The most words a phrase of `meantLead`, `yes`, `no` or `earlierQuestion` has, and more. */
const longestPhrase = 6;

/** A yes or a no meant for the question before: as the yes/no lists read it, and the words said. */
export interface MeantEarlier {
  value: boolean;
  /** The yes or no as said ("not really"): the question before reads them its own way. */
  words: string;
  /** Where the question meant was asked in its part (1 the first), when named so ("the first one"); else the one before. */
  place?: number;
}

/**
 * A yes or a no meant for the question before, said at the next ("sorry, I meant yes to the last
 * one", "no to the previous question"), or undefined when the reply is not that. Only a whole
 * reply of `meantLead` words, then a yes or a no, then what ties it to the question before is one:
 * `earlierQuestion` ("to the last one"); `earlierThat` ("to that") after lead words; or nothing
 * after a lead that says it was meant (`meantSaid`: "I meant yes"). So an answer that only
 * mentions the last one ("yes, the last one was hard", "no, the last one") or "yes to that" is
 * read as it is, at the question waiting.
 */
function readMeantForEarlier(text: string, phrases: Phrases): MeantEarlier | undefined {
  const words = wordsOf(text);
  for (let tail = 0; tail <= Math.min(longestPhrase, words.length - 1); tail++) {
    const tie = words.slice(words.length - tail).join(' ');
    const named = tail > 0 && phrases.is('earlierQuestion', tie);
    if (tail > 0 && !named && !phrases.is('earlierThat', tie)) continue;
    const rest = words.slice(0, words.length - tail);
    for (let size = 1; size <= Math.min(longestPhrase, rest.length); size++) {
      const answer = rest.slice(-size).join(' ');
      const value = phrases.is('yes', answer) ? true : phrases.is('no', answer) ? false : undefined;
      const lead = rest.slice(0, -size);
      // Unnamed, the question before is meant only when the lead says the answer was not the one meant.
      const tied = named || (tail > 0 ? lead.length > 0 : saysMeant(lead, phrases));
      if (value !== undefined && tied && leadsIn(lead, phrases)) return { value, words: answer };
    }
  }
  return undefined;
}

/** Whether lead words say the answer given was not the one meant ("sorry I meant"). */
function saysMeant(words: readonly string[], phrases: Phrases): boolean {
  return phrases.within('meantSaid', words.join(' '));
}

/** Whether `words` are nothing but `meantLead` phrases one after another ("oh sorry i meant"), or none at all. */
function leadsIn(words: readonly string[], phrases: Phrases): boolean {
  return words.length === 0 || phrasesInARow(words, (said) => phrases.is('meantLead', said), longestPhrase);
}

/** The question lists that name a question by where it was asked, by its place. */
const places = [
  ['firstQuestion', 1],
  ['secondQuestion', 2],
] as const;

/**
 * A yes or a no meant for a question named by where it was asked in its part ("sorry I meant no to
 * the first one", "can I change the first answer to no", "make the second one a yes"), or undefined.
 * Only a whole reply of `meantLead` words and a yes or a no tied to the question by `placeTie`, in
 * either order, is one: "no, the first one" or "yes the first one was hard" is not. Read only where
 * the places are the part's own questions (the mood questions): elsewhere "the first one" may be an
 * option picked.
 */
function readMeantByPlace(text: string, phrases: Phrases): MeantEarlier | undefined {
  const words = wordsOf(text);
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= Math.min(words.length, start + longestPhrase); end++) {
      const named = words.slice(start, end).join(' ');
      const place = places.find(([list]) => phrases.is(list, named))?.[1];
      if (place === undefined) continue;
      const before = words.slice(0, start);
      const after = words.slice(end);
      // The yes or no, then the tie, before the question named (H69).
      const answerFirst = after.length === 0 ? answerThenTie(before, phrases) : undefined;
      // Lead words, the question named, the tie, then the yes or no (H69).
      const namedFirst = leadsIn(before, phrases) ? tieThenAnswer(after, phrases) : undefined;
      const found = answerFirst ?? namedFirst;
      if (found) return { ...found, place };
    }
  }
  return undefined;
}

/** `meantLead` words, a yes or a no, then a `placeTie`: the yes or no as read and said. */
function answerThenTie(words: readonly string[], phrases: Phrases): Omit<MeantEarlier, 'place'> | undefined {
  for (let tie = 1; tie <= Math.min(3, words.length - 1); tie++) {
    if (!phrases.is('placeTie', words.slice(words.length - tie).join(' '))) continue;
    const rest = words.slice(0, words.length - tie);
    for (let size = 1; size <= Math.min(longestPhrase, rest.length); size++) {
      const said = yesOrNo(rest.slice(-size), phrases);
      if (said && leadsIn(rest.slice(0, -size), phrases)) return said;
    }
  }
  return undefined;
}

/** A `placeTie`, then nothing but a yes or a no (a "please" after it allowed). */
function tieThenAnswer(words: readonly string[], phrases: Phrases): Omit<MeantEarlier, 'place'> | undefined {
  const trimmed = words.at(-1) === 'please' ? words.slice(0, -1) : words;
  for (let tie = 1; tie <= Math.min(3, trimmed.length - 1); tie++) {
    if (!phrases.is('placeTie', trimmed.slice(0, tie).join(' '))) continue;
    const said = yesOrNo(trimmed.slice(tie), phrases);
    if (said) return said;
  }
  return undefined;
}

/** Words that are a yes or a no, as the yes/no lists read them. */
function yesOrNo(words: readonly string[], phrases: Phrases): Omit<MeantEarlier, 'place'> | undefined {
  if (words.length === 0 || words.length > longestPhrase) return undefined;
  const said = words.join(' ');
  const value = phrases.is('yes', said) ? true : phrases.is('no', said) ? false : undefined;
  return value === undefined ? undefined : { value, words: said };
}

/** A reply as words, bare, without marks. */
function wordsOf(text: string): string[] {
  return bare(text)
    .replace(/[?!.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
}

/** `readMeantForEarlier`, remembered for the last few texts. */
export function meantForEarlier(text: string, phrases: Phrases): MeantEarlier | undefined {
  return readersOf(phrases).earlier(text);
}

/** `readMeantByPlace`, remembered for the last few texts. */
export function meantByPlace(text: string, phrases: Phrases): MeantEarlier | undefined {
  return readersOf(phrases).byPlace(text);
}
