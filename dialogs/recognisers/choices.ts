import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { asksBack } from './askedBack';
import { doubts } from './doubt';
import { everyOption, leftOutOf, withoutLeftOut, type Picks } from './leftOut';
import { byNumber, matchOne, namesOf, numberIn, wholeNamesOf } from './namedOption';
import { spelledOutRanges } from './numberRanges';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { ageSaid, howItIs, ordinaryThere } from './ordinaryWords';
import { fail, ok, type Recognised } from '../../plan/recognised';

const numbersOnly = /^[\d\s,;&+/.-]*(?:\s(?:and|or|&)\s[\d\s,;&+/.-]*)*$/i;
// "n" is how many people text "and" ("feet n sleep").
const separators = /\s*(?:,|;|&|\+|\/|\band\b|\bn\b|\bor\b|\balso\b|\bplus\b)\s*/i;

/** The parts of a message that may each name an option: "feet, sleep and pain" is three. */
export function pickParts(text: string): string[] {
  return text
    .split(separators)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}
/** The most words one option name or synonym is matched across ("short of breath"). */
const longestName = 4;

export type { Picks } from './leftOut';

/** Rules for a choice question (how many may be picked; whether "none" is allowed). */
export interface PickRules {
  multiple: boolean;
  max?: number;
  allowNone?: boolean;
  /**
   * Whether every option starts ticked, so that agreeing ("ok", the `all` phrases) picks every
   * one, and "not the goals" unticks one (see `withoutLeftOut`). Any list where several may be
   * picked reads "all of them" (the `every` phrases) and what is left out ("all but smoking").
   */
  allowAll?: boolean;
  /**
   * Every word must be understood and a question is never a pick: where a pick shares parts of a
   * plan, a word misread sends a part the person never chose.
   */
  wholeReply?: boolean;
  /**
   * The option ("something else") that takes the words no option matched: they are kept as
   * typed and picked as this option, rather than asked again or left out.
   */
  otherId?: string;
}

/** Whether `name` is among the words of `part`, whole words only ("self" is not in "herself"). */
const hasWords = (part: string, name: string): boolean => ` ${part} `.includes(` ${name} `);

/**
 * Whether a single choice's reply that picked nothing has options' names among its words: where it
 * says it is not them ("not happy with it", "fine except the walking bit"), or names more than one,
 * there is nothing to go on from, and the question's help says what can be picked.
 */
function namedOnlyNot(input: string, options: readonly Option[]): boolean {
  return input
    .split(separators)
    .map(bare)
    .some((part) => options.some((o) => namesOf(o).some((w) => w.length >= 4 && hasWords(part, w))));
}

/**
 * Reads picks from a list by number ("1, 3 and 5", "1 3 5", "one and three", "1-3"), by name or
 * part of a name ("pain and sleep", "breath"), with small typos forgiven. For a multiple choice
 * every part that names an option is kept, even among words that don't ("meds feet and sleep",
 * "my knees"), and what matched nothing is handed back so the person can be told. `none` is an
 * empty pick when allowed, and otherwise no pick at all. Where several may be picked, "all of them"
 * is every option, and what is left out is never picked ("all but smoking" is every other option;
 * see `withoutLeftOut`).
 */
export function recogniseChoices(
  text: string,
  options: readonly Option[],
  phrases: Phrases,
  rules: PickRules,
  locale = 'en-GB',
): Recognised<Picks> {
  const input = text.trim().slice(0, 500);
  if (input === '') return fail('empty');
  if (rules.wholeReply && /\?\s*$/u.test(input)) return fail('asked_back');
  // An option's whole name is that option, though it sounds like none ("none of these" may be "Something else").
  const cleanInput = bare(input);
  const namesOption = options.some((o) => wholeNamesOf(o).includes(cleanInput));
  if (rules.allowNone && phrases.is('none', input) && !namesOption) return ok({ ids: [], unmatched: [] });
  // Where none is no answer to a list, "none" never names an option by a start of its name ("none of these").
  if (rules.multiple && phrases.is('none', input) && !namesOption) return fail('none_not_allowed');
  if (rules.allowAll && phrases.is('all', input)) return ok({ ids: options.map((o) => o.id), unmatched: [] });
  // "Both" of more than two names no two for sure: which ones is asked, never the same reply again (H319).
  if (rules.multiple && options.length > 2 && phrases.is('both', input)) return fail('which_both');
  // Where nothing starts ticked, every option named in words ("all of them"); the share step reads its own `all`.
  const both = options.length === 2 && phrases.is('both', input);
  if (rules.multiple && !rules.allowAll && (both || phrases.is('every', input)))
    return ok({ ids: everyOption(options, rules.otherId), unmatched: [] });
  // "1-3" is 1, 2 and 3: read as the two ends, the options between would be left out unsaid.
  const ranged = spelledOutRanges(input, options.length, phrases, (word) => numberIn(word, locale), separators);
  if (!ranged.ok) return ranged;
  const withAside = rules.multiple ? undefined : pickBeforeAside(ranged.value, options, phrases, locale);
  if (withAside) return ok(withAside);
  const unticking = rules.multiple && rules.allowAll === true;
  // Doubt is no pick, and its "not" leaves nothing out ("not too sure"): the step's help answers it.
  if (unticking && doubts(input, phrases)) return fail('unsure');
  // Elsewhere doubt is read as ever, its "not" leaving nothing out ("not sure about smoking").
  const leaving =
    rules.multiple && (unticking || !doubts(input, phrases))
      ? leftOutOf(bare(ranged.value), options.flatMap(wholeNamesOf), phrases)
      : undefined;
  const leavingRules = {
    ticked: unticking,
    otherId: rules.otherId,
    read: (piece: string) => namedIn(piece, options, phrases, true, locale),
  };
  const read =
    (leaving && withoutLeftOut(leaving, options, phrases, leavingRules)) ??
    namedIn(ranged.value, options, phrases, rules.multiple, locale);
  if (!read.ok) return read;
  const { ids, unmatched } = read.value;
  const question = rules.wholeReply && asksBack(input, phrases);
  if (ids.length === 0 || (rules.wholeReply && unmatched.length > 0))
    return fail(
      question ? 'asked_back' : !rules.multiple && namedOnlyNot(input, options) ? 'unsure' : 'not_understood',
    );
  // A single choice is read whole: a part that matched nothing makes the pick uncertain.
  if (!rules.multiple && (ids.length > 1 || unmatched.length > 0))
    return fail(ids.length > 1 ? 'too_many' : 'not_understood');
  if (rules.max !== undefined && ids.length > rules.max) return fail('too_many');
  return ok({ ids, unmatched });
}

/** Where a clause may begin after the words of a pick: a comma, semicolon, colon, full stop or dash. */
export const clauseBreaks = /\s*(?:[,;:.!]+|\s[-\u2013\u2014]+)\s+/gu;

/**
 * A single pick said with a clause about the person it names after it ("for my dad, he has
 * dementia"): the words before the first break whose clause opens with one of the option's
 * `asides`, where they name that option and nothing else. Undefined otherwise, so "me, he has
 * dementia" and "for myself, my dad used to help" are read whole, as ever.
 */
function pickBeforeAside(
  input: string,
  options: readonly Option[],
  phrases: Phrases,
  locale: string,
): Picks | undefined {
  if (!options.some((o) => o.asides !== undefined)) return undefined;
  for (const clauseBreak of input.matchAll(clauseBreaks)) {
    const opening = bare(input.slice(clauseBreak.index + clauseBreak[0].length)).split(' ')[0];
    const head = input.slice(0, clauseBreak.index);
    const named = namedIn(head, options, phrases, false, locale);
    if (!named.ok || named.value.ids.length !== 1 || named.value.unmatched.length > 0) continue;
    const option = options.find((o) => o.id === named.value.ids[0]);
    if (option?.asides?.some((aside) => bare(aside) === opening)) return named.value;
  }
  return undefined;
}

/**
 * The options named in `input`, and the parts that named none (an empty pick when nothing
 * matched); out of range on a number past the end of the list.
 */
function namedIn(
  input: string,
  options: readonly Option[],
  phrases: Phrases,
  multiple: boolean,
  locale: string,
): Recognised<Picks> {
  const ids: string[] = [];
  const unmatched: string[] = [];
  const add = (option: Option | undefined): boolean => {
    if (!option) return false;
    if (!ids.includes(option.id)) ids.push(option.id);
    return true;
  };
  if (numbersOnly.test(input)) {
    const numbers = input.match(/\d+/g) ?? [];
    for (const n of numbers) if (!add(options[Number(n) - 1])) return fail('out_of_range');
    return ok({ ids, unmatched });
  }
  // A whole-message match only counts when exact, so "diabetes and joints" is read as two picks.
  if (add(options.find((o) => wholeNamesOf(o).includes(bare(input))))) return ok({ ids, unmatched });
  for (const raw of input.split(separators)) {
    const part = bare(raw);
    if (part === '' || ageSaid(part, phrases)) continue;
    if (add(byNumber(part, options, locale) ?? matchOne(part, options, multiple ? undefined : phrases))) continue;
    const before = ids.length;
    const rest = multiple ? pickWords(part, options, phrases, locale, add) : [];
    // A part that named nothing at all is handed back as typed, so its words can be kept as
    // said; one of filler words only ("stuff", "problems") says nothing and is passed over.
    // Words saying how the thing named is now ("my hert isnt great either") are not one more (H394).
    const named = ids.length > before;
    unmatched.push(
      ...(named ? rest.filter((run) => !howItIs(run, phrases)) : rest.length > 0 || !multiple ? [raw.trim()] : []),
    );
  }
  return ok({ ids, unmatched });
}

/**
 * Whether the numbers among `words` are list picks. A number among other words is a count or a
 * goal's number ("my 2 grandchildren", "change goal 1"), never a pick: only one said with nothing
 * but numbers and filler ("option 2", "2 3"), after `pickLead` words of doubt or a yes if any ("I
 * think 3", "yes 3", "can I have 2").
 */
function picksByNumber(words: readonly string[], phrases: Phrases, locale: string): boolean {
  const first = words.findIndex((word) => numberIn(word, locale) !== undefined);
  const lead = first < 0 ? [] : words.slice(0, first);
  const led =
    lead.length === 0 || phrasesInARow(lead, (run) => phrases.is('pickLead', run) || phrases.is('filler', run));
  return (
    led &&
    words.slice(Math.max(first, 0)).every((word) => numberIn(word, locale) !== undefined || phrases.is('filler', word))
  );
}

/**
 * Reads a part word by word, longest names first, adding each option named; returns the runs of
 * words that named nothing and are not filler ("I'd like to talk about").
 */
function pickWords(
  part: string,
  options: readonly Option[],
  phrases: Phrases,
  locale: string,
  add: (option: Option | undefined) => boolean,
): string[] {
  const words = part.split(' ');
  const numbersPick = picksByNumber(words, phrases, locale);
  const unmatched: string[] = [];
  let run: string[] = [];
  const endRun = (): void => {
    if (run.length > 0) unmatched.push(run.join(' '));
    run = [];
  };
  let i = 0;
  while (i < words.length) {
    let used = 0;
    for (let length = Math.min(longestName, words.length - i); length >= 1 && used === 0; length--) {
      const candidate = words.slice(i, i + length).join(' ');
      if (length === 1 && phrases.is('filler', candidate)) used = -1;
      else if (words.length > 1 && ordinaryThere(words, i, length, phrases)) continue;
      else if (
        add(
          length === 1
            ? ((numbersPick ? byNumber(candidate, options, locale) : undefined) ??
                matchOne(candidate, options, undefined, words.length > 1))
            : matchOne(candidate, options, undefined, true),
        )
      )
        used = length;
    }
    if (used === 0) run.push(words[i]);
    else endRun();
    i += Math.max(used, 1);
  }
  endRun();
  return unmatched;
}
