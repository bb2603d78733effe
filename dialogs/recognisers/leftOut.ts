import type { Option } from '../../content/packs/packSchema';
import { fail, ok, type Recognised } from '../../plan/recognised';
import type { Phrases } from './phrases';

/** The most words a phrase of the `leaveOut` list has ("everything except for"). */
const longestMarker = 4;

/** A reply to a list that names what to leave out ("all but mood", "goals, not topics"). */
export interface LeftOutReply {
  /** The words before the first `leaveOut` phrase: what is kept ("" or "all" for every option). */
  kept: string;
  /** The words after it, broken again at any further `leaveOut` phrase: each names something left out. */
  left: string[];
  /** The first `leaveOut` phrase, as said ("everything but", "not"). */
  marker: string;
}

/** What was picked, and the parts of the message that matched nothing (in the person's words). */
export interface Picks {
  ids: string[];
  unmatched: string[];
}

/**
 * Splits a bare reply at the phrases that leave something out (the `leaveOut` list: "all but",
 * "except", "not", "don't send"). A phrase inside an option's own name ("not hungry") leaves
 * nothing out, and neither does a reply with no such phrase: both are undefined, read as picks.
 *
 * @param names every option's names, bare ("not hungry").
 */
export function leftOutOf(reply: string, names: readonly string[], phrases: Phrases): LeftOutReply | undefined {
  const words = reply.split(' ').filter((word) => word !== '');
  const named = namedWords(words, names);
  const pieces: string[][] = [[]];
  let marker = '';
  let i = 0;
  while (i < words.length) {
    const length = markerAt(words, i, named, phrases);
    if (length > 0) pieces.push([]);
    else pieces[pieces.length - 1].push(words[i]);
    if (length > 0 && marker === '') marker = words.slice(i, i + length).join(' ');
    i += Math.max(length, 1);
  }
  if (pieces.length === 1) return undefined;
  const [kept, ...left] = pieces.map((piece) => piece.join(' '));
  return { kept, left: left.filter((piece) => piece !== ''), marker };
}

/** How a list reads what is left out of it, and how it reads the words of a pick. */
export interface LeavingRules {
  /**
   * Whether every option starts ticked (the share step): there "not mood" is every other part, as
   * it unticks one, and any agreeing word ("ok") before what is left out keeps every other part.
   */
  ticked: boolean;
  /** The option that takes words no option matched ("something else"): never picked by "all". */
  otherId?: string;
  /** The options a piece of the reply names, and its parts that named none. */
  read(piece: string): Recognised<Picks>;
}

/**
 * Every option kept ("all", "everything", or, where every option starts ticked, nothing said before
 * the "but") or those named, less what is left out. What is left out must name options and nothing
 * else, and never one also kept; and a "no" or "nothing" before it ("no, not mood", "nothing except
 * goals") says either all but it or it alone: each is asked again (`left_out_unclear`), as guessing
 * could pick what was left out. Where nothing starts ticked, a bare "not smoking" may be all but
 * smoking or smoking as a worry ("not sleeping"), so it is asked again too; and where the words after
 * a `leaveOut` word name no option ("diabetes without complications"), or, with nothing kept before
 * them, say more than options ("not sleeping well"), nothing is left out: undefined, for the reply to
 * be read as a pick.
 */
export function withoutLeftOut(
  reply: LeftOutReply,
  options: readonly Option[],
  phrases: Phrases,
  rules: LeavingRules,
): Recognised<Picks> | undefined {
  const left: string[] = [];
  let unclear = false;
  for (const piece of reply.left) {
    const named = rules.read(piece);
    if (!named.ok) return named;
    if (named.value.ids.length === 0 || named.value.unmatched.length > 0) unclear = true;
    left.push(...named.value.ids);
  }
  const { kept } = reply;
  const bare = kept.split(' ').every((word) => word === '' || phrases.is('filler', word));
  const every = rules.ticked
    ? phrases.is('all', kept) || bare
    : phrases.is('every', kept) || (bare && saysEvery(reply.marker, phrases));
  if (!rules.ticked && !every) {
    // Nothing ticked: words after "not" or "without" that name nothing of the list leave nothing of
    // it out ("diabetes without complications"), nor do they alone, said with more ("not sleeping well").
    if (left.length === 0 || (bare && unclear)) return undefined;
    // "not smoking" alone is all but smoking, or smoking as a worry: asked again.
    if (bare) return fail('left_out_unclear');
  }
  if (unclear || left.length === 0 || phrases.is('none', kept)) return fail('left_out_unclear');
  const named = every ? ok({ ids: everyOption(options, rules.otherId), unmatched: [] }) : rules.read(kept);
  if (!named.ok) return named;
  const { ids, unmatched } = named.value;
  if (ids.length === 0 || (!every && ids.some((id) => left.includes(id)))) return fail('left_out_unclear');
  const sent = ids.filter((id) => !left.includes(id));
  return sent.length > 0 ? ok({ ids: sent, unmatched }) : fail('left_out_unclear');
}

/** Every option of a list but the one that takes words of their own, which "all" never picks. */
export function everyOption(options: readonly Option[], otherId?: string): string[] {
  return options.map((o) => o.id).filter((id) => id !== otherId);
}

/** Whether a `leaveOut` phrase itself says "all" ("everything but", "all except"). */
function saysEvery(marker: string, phrases: Phrases): boolean {
  const words = marker.split(' ');
  for (let start = 0; start < words.length; start++) {
    for (let end = start + 1; end <= words.length; end++) {
      if (phrases.is('every', words.slice(start, end).join(' '))) return true;
    }
  }
  return false;
}

/** How many words from `start` make a `leaveOut` phrase, longest first, none of them in a name; 0 when none does. */
function markerAt(words: readonly string[], start: number, named: readonly boolean[], phrases: Phrases): number {
  for (let length = Math.min(longestMarker, words.length - start); length >= 1; length--) {
    const inName = named.slice(start, start + length).includes(true);
    if (!inName && phrases.is('leaveOut', words.slice(start, start + length).join(' '))) return length;
  }
  return 0;
}

/** Which words stand inside an option's name said in full, where a `leaveOut` word is part of the name. */
function namedWords(words: readonly string[], names: readonly string[]): boolean[] {
  const named = words.map(() => false);
  for (const name of names) {
    const nameWords = name.split(' ');
    for (let start = 0; start + nameWords.length <= words.length; start++) {
      if (nameWords.every((word, j) => words[start + j] === word)) {
        for (let j = 0; j < nameWords.length; j++) named[start + j] = true;
      }
    }
  }
  return named;
}
