/**
 * A request or a question to Careprep said in a sentence of its own, not in a command's listed
 * words (the `requests` lists of content/phrases.yaml, H115): "sorry, who is this?", "can you
 * repeat the question?", "please delete everything you have on me", "is this my doctor?", "hi
 * sorry for the delay". Only a whole message is read so, with nothing in it but what is said
 * around a request and the request: any word of an answer leaves it an answer.
 */
import { bare } from '../../plan/normalise';
import type { CommandName, PhraseLists } from './phraseLists';
import { phrasesInARow } from './phraseRuns';
import { phraseStarts } from './phraseStarts';

/** What a message asks of Careprep: a command (`core`: its words once what is around them is off), or a greeting. */
export type RequestRead = { kind: 'command'; command: CommandName; core: string } | { kind: 'greeting' };

/** Reads requests said in a sentence; built once from the lists. */
export interface RequestReading {
  /**
   * The request `text` makes, or undefined: greetings and asides alone (with one greeting at
   * least), or asides, then asking words, then a command's words (`command`, which reads words
   * exactly as a command) or one of its forms, then after words. A wish ("i want to") leads only
   * the commands of `wantFor`.
   */
  read(text: string, command: (core: string) => CommandName | null): RequestRead | undefined;
  /** Whether `text` is one question to Careprep itself, of no request's words ("did you get that?"). */
  ofUs(text: string): boolean;
  /** Whether `text` says the question was answered before ("I already told you"). */
  alreadySaid(text: string): boolean;
}

/** The longest a phrase of the lists runs, in words; and the most words a request is read in. */
const longestPhrase = 6;
const mostWords = 16;
/** The most words of a question to Careprep that no request answers, once asides are off. */
const mostWordsOfUs = 12;
/**
 * The most words after a `short` phrase, or between an `open` phrase and its `end`, in a question to
 * Careprep: with more, a "you" that is anyone asks about the person's own life ("what do you do when
 * the pain never stops", "do you think anyone will ever understand me"), an answer.
 */
const fewWordsOfUs = 3;

type WordSet = ReadonlySet<string>;

export function createRequestReading(lists: PhraseLists['requests'], greetings: readonly string[]): RequestReading {
  const toSet = (items: readonly string[]): WordSet => new Set(items.map((item) => bare(item)).filter(Boolean));
  const greeting = toSet(greetings);
  const aside = toSet(lists.aside);
  const ask = toSet(lists.ask);
  const want = toSet(lists.want);
  const after = toSet(lists.after);
  const alreadySaid = toSet(lists.alreadySaid);
  const ofUs = {
    about: toSet(lists.ofUs.about),
    short: toSet(lists.ofUs.short),
    open: toSet(lists.ofUs.open),
    end: toSet(lists.ofUs.end),
  };
  const wantFor: ReadonlySet<CommandName> = new Set(lists.wantFor);
  const words = new Map(Object.entries(lists.words).map(([name, items]) => [name, toSet(items)]));
  const forms = lists.forms.map(({ command, run }) => ({
    command,
    slots: run.map((slot) => ({
      set: words.get(slot.replace(/\?$/, '')) ?? new Set<string>(),
      optional: slot.endsWith('?'),
    })),
  }));
  const formOf = (said: readonly string[]): CommandName | null =>
    forms.find(({ slots }) => slotsFit(said, 0, slots, 0))?.command ?? null;
  const isAside = (run: string) => aside.has(run);
  const aroundOnly = (run: string) => greeting.has(run) || aside.has(run) || after.has(run);
  /** Where the words from `from` are past phrases of `sets` in a row (`whole`: they may be all the words). */
  const leading = (said: readonly string[], sets: readonly WordSet[], whole: boolean, from = 0): number => {
    for (let end = openingEnd(said, from, sets, whole); end > from; end = openingEnd(said, from, sets, whole))
      from = end;
    return from;
  };
  /**
   * Past greetings and asides at the start: where the rest starts, the ends it may have (all of
   * it, then with each after word off the end in turn), and whether a greeting was among them.
   */
  const around = (said: readonly string[]) => {
    const from = leading(said, [greeting, aside], true);
    const greeted = from > 0 && !phrasesInARow(said.slice(0, from), isAside);
    const ends = [said.length];
    for (
      let to = said.length, start = closingStart(said, from, to, after);
      start < to;
      start = closingStart(said, from, to, after)
    ) {
      ends.push((to = start));
    }
    return { from, ends, greeted };
  };

  return {
    read(text, command) {
      const said = wordsOf(text);
      if (said.length === 0 || said.length > mostWords) return undefined;
      const { from, ends, greeted } = around(said);
      if (from === said.length) return greeted ? { kind: 'greeting' } : undefined;
      for (const to of ends) {
        const rest = said.slice(from, to);
        const asked = rest.slice(leading(rest, [ask], false));
        const wished = asked.slice(leading(asked, [want], false));
        for (const [core, anyCommand] of [
          [rest, true],
          [asked, true],
          [wished, false],
        ] as const) {
          if (core.length === 0) continue;
          const found = command(core.join(' ')) ?? formOf(core);
          if (found !== null && (anyCommand || wantFor.has(found))) {
            return { kind: 'command', command: found, core: core.join(' ') };
          }
        }
      }
      return undefined;
    },
    ofUs(text) {
      // One clause of its own: greetings, asides and thanks may stand around it, set off by a comma
      // ("sorry, did you get that?"), but no other ("my family, did you get that?" is an answer).
      const own = text
        .split(/[,.;:!?\n]+|\s[-–—]+\s/u)
        .map(wordsOf)
        .filter((clause) => clause.length > 0 && !phrasesInARow(clause, aroundOnly));
      if (own.length !== 1) return false;
      const { from, ends } = around(own[0]);
      const rest = own[0].slice(from, ends.at(-1));
      if (rest.length === 0 || rest.length > mostWordsOfUs) return false;
      if (openingEnd(rest, 0, [ofUs.about], true) > 0) return true;
      const closed = closingStart(rest, 0, rest.length, ofUs.end) < rest.length;
      const short = openingEnd(rest, 0, [ofUs.short], true);
      if (short > 0 && (rest.length - short <= fewWordsOfUs || closed)) return true;
      const opens = openingEnd(rest, 0, [ofUs.open], false);
      const closes = closingStart(rest, opens, rest.length, ofUs.end);
      return opens > 0 && closes < rest.length && closes - opens <= fewWordsOfUs;
    },
    alreadySaid(text) {
      const said = wordsOf(text);
      if (said.length > mostWords) return false;
      const { from, ends } = around(said);
      return ends.some((to) => alreadySaid.has(said.slice(from, to).join(' ')));
    },
  };
}

/** The words of `text` as the lists hold them: bare, with no question marks. */
function wordsOf(text: string): string[] {
  return bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
}

/**
 * Where the longest phrase of any of `sets` from `from` ends (`from` when none stands there),
 * leaving a word after it unless `whole` lets it run to the end.
 */
function openingEnd(said: readonly string[], from: number, sets: readonly WordSet[], whole = false): number {
  let longest = 0;
  for (const set of sets) longest = Math.max(longest, longestFrom(set, said[from]));
  const last = Math.min(said.length - (whole ? 0 : 1), from + longestPhrase, from + longest);
  for (let end = last; end > from; end--) {
    const run = said.slice(from, end).join(' ');
    if (sets.some((set) => set.has(run))) return end;
  }
  return from;
}

const startsBySet = new WeakMap<WordSet, Map<string, number>>();

/**
 * The most words a phrase of `set` starting with `word` has (0 for none, `phraseStarts`): a run
 * of words is joined to be looked up only when it could be one. Joining every run a request might
 * be, for every form of every request, was a sixth of what recognising a message allocated.
 */
function longestFrom(set: WordSet, word: string | undefined): number {
  let starts = startsBySet.get(set);
  if (starts === undefined) {
    starts = phraseStarts(set);
    startsBySet.set(set, starts);
  }
  return word === undefined ? 0 : (starts.get(word) ?? 0);
}

/** Where the longest phrase of `set` ending at `to` starts, after `from` (`to` when none). */
function closingStart(said: readonly string[], from: number, to: number, set: WordSet): number {
  for (let start = Math.max(from, to - longestPhrase); start < to; start++) {
    if (longestFrom(set, said[start]) >= to - start && set.has(said.slice(start, to).join(' '))) return start;
  }
  return to;
}

/** Whether `said` from `at` is a run of phrases of `slots` from `slot`, each in turn, optional ones maybe left out. */
function slotsFit(
  said: readonly string[],
  at: number,
  slots: readonly { set: WordSet; optional: boolean }[],
  slot: number,
): boolean {
  if (slot === slots.length) return at === said.length;
  const { set, optional } = slots[slot];
  if (optional && slotsFit(said, at, slots, slot + 1)) return true;
  const last = Math.min(said.length, at + longestPhrase, at + longestFrom(set, said[at]));
  for (let end = at + 1; end <= last; end++) {
    if (set.has(said.slice(at, end).join(' ')) && slotsFit(said, end, slots, slot + 1)) return true;
  }
  return false;
}
