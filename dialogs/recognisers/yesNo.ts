import { recognizeBoolean } from '@microsoft/recognizers-text-suite';
import { z } from 'zod';
import type { Phrases } from './phrases';
import { leaveGiven } from './leaveGiven';
import { replyParts } from './replyParts';
import { typoAnswer } from './yesNoTypos';
import { fail, ok, type Recognised } from '../../plan/recognised';

/** How a yes/no question takes words that only agree ("ok", "fine") and replies with a yes and a no. */
export interface YesNoRules {
  /**
   * The question asks whether something happened or is so ("bothered by feeling down?"), not for
   * agreement: "ok" or "fine" may mean "I read it" or "all is well", so it is no yes (`unclear`).
   * How often it happened answers it: "most days" is a yes, "rarely" a no (`frequent`, `seldom`).
   */
  asksWhatHappened?: boolean;
  /**
   * A yes does what the person cannot simply take back (sharing the plan, deleting): a reply with
   * any no in it ("yes, I'm ok", "ok no") is never a yes. A clear no is read; otherwise `unclear`.
   */
  needsClearYes?: boolean;
  /**
   * The question asks leave to do something ("Can I share this plan?"): "no problem" and "no
   * worries" give it, and are a plain yes, but only as the whole reply (see `leaveGiven`). To an
   * offer they may mean "no need", and are not read so.
   */
  asksLeave?: boolean;
}

/**
 * One yes or no found in a reply. `clear` unless it only agrees ("ok", "that's fine") or only
 * declines ("I'm ok"), which a plain yes or no beside it outweighs.
 */
interface Signal {
  value: boolean;
  clear: boolean;
}

/** What recognizers-text resolves a yes or no to: its best match, and the others it found beside it. */
const resolutionSchema = z.object({
  value: z.boolean(),
  otherResults: z.array(z.object({ text: z.string(), value: z.boolean() })).optional(),
});
type Match = { text: string; value: boolean };

/** A question back ("sure?", "delete it all?") asks rather than answers: no yes or no is read in it. */
const questionBack = /[^.!\n?]*\?+/g;
/** What ends a clause: hopelessness is read within one ("No, hope that's enough" holds no "no hope"). */
const clauseMarks = /[,.;!?]+/u;
/** Thanks at the end of a part ("I'm ok thanks") says nothing about yes or no. */
const longestThanks = 3;

/** Yes or no from a part's whole words, by the phrase lists; undefined when no list has it. */
function listed(text: string, phrases: Phrases): Signal | undefined {
  if (phrases.is('yes', text)) return { value: true, clear: true };
  if (phrases.is('no', text)) return { value: false, clear: true };
  if (phrases.is('agree', text)) return { value: true, clear: false };
  if (phrases.is('decline', text)) return { value: false, clear: false };
  return undefined;
}

/** `text` without thanks at its end ("im ok thanks" → "im ok"); undefined when it ends in none. */
function beforeThanks(text: string, phrases: Phrases): string | undefined {
  const words = text.trim().split(/\s+/);
  // The fewest words that are thanks: "ok thanks" is thanks too, but the "ok" in "im ok thanks" is not.
  for (let count = 1; count <= Math.min(longestThanks, words.length - 1); count++) {
    if (phrases.is('thanks', words.slice(-count).join(' '))) return words.slice(0, -count).join(' ');
  }
  return undefined;
}

/**
 * Every yes and no in one part: by the phrase lists when the part is one phrase, else every match
 * recognizers-text finds (it reports one best match and the others beside it) and any no it does
 * not know ("not now", "nah"). An "ok" inside a "not ok" it also found is no yes.
 */
function signalsIn(part: string, phrases: Phrases, culture: string): Signal[] {
  const trimmed = beforeThanks(part, phrases);
  const whole = listed(part, phrases) ?? (trimmed !== undefined ? listed(trimmed, phrases) : undefined);
  if (whole) return [whole];
  const matches = recognizeBoolean(part, culture).flatMap((result) => {
    const read = resolutionSchema.safeParse(result.resolution);
    return read.success ? [{ text: result.text, value: read.data.value }, ...(read.data.otherResults ?? [])] : [];
  });
  const words = (text: string): string[] => text.toLowerCase().split(/\s+/);
  const insideOther = (match: Match): boolean =>
    matches.some((other) => other.value !== match.value && words(other.text).includes(match.text.toLowerCase()));
  const signals = matches
    .filter((match) => !insideOther(match))
    .map(({ text, value }) => ({ value, clear: !(value && phrases.is('agree', text)) }));
  return phrases.within('noWithin', part) ? [...signals, { value: false, clear: true }] : signals;
}

/** The answer the signals of a reply come to, under `rules`. */
function settle(signals: readonly Signal[], rules: YesNoRules): Recognised<boolean> {
  const yes = signals.filter((signal) => signal.value);
  const no = signals.filter((signal) => !signal.value);
  const clear = (side: readonly Signal[]): boolean => side.some((signal) => signal.clear);
  if (yes.length > 0 && no.length > 0) {
    // A plain word on one side only outweighs one that only agrees or declines: "that's ok, no" is a no.
    if (clear(no) && !clear(yes)) return ok(false);
    if (clear(yes) && !clear(no) && !rules.needsClearYes) return ok(true);
    return fail('unclear');
  }
  const side = yes.length > 0 ? yes : no;
  if (!clear(side) && rules.asksWhatHappened) return fail('unclear');
  return ok(side === yes);
}

/**
 * Reads yes or no. The phrase lists come first (they know "yeah", "nah", "n", "I'm ok"), on the
 * whole reply and then on each part of it; recognizers-text catches longer forms ("yes, I think
 * so"). Thanks are never an answer (`not_an_answer`). A reply with both a yes and a no in it is
 * read by its plain word when only one side has one, and is otherwise `unclear`, as are "I'm not
 * ok", any doubt ("not sure", "are you sure") and a question back ("sure?"); a word that only
 * agrees is a yes unless the question asks what happened.
 */
export function recogniseYesNo(
  text: string,
  phrases: Phrases,
  locale = 'en-GB',
  rules: YesNoRules = {},
): Recognised<boolean> {
  if (text.trim() === '') return fail('empty');
  // recognizers-text reads the "sure" in "I'm not sure" and "are you sure?" as a yes.
  if (phrases.within('doubt', text.replace(/\?/g, ' '))) return fail('unclear');
  // Hopelessness ("no point", "nah whats the point") is never an answer "no" (H349), read clause by
  // clause: "No, hope that's enough" is a no and a wish, not "no hope" (review 29, H409).
  if (text.split(clauseMarks).some((clause) => phrases.within('hopeless', clause))) return fail('unclear');
  const answered = text.replace(questionBack, ' ');
  if (answered.trim() === '') return fail('unclear');
  const typo = typoAnswer(answered, phrases, rules.needsClearYes);
  if (typo) return typo;
  // Its "no" is no no, but leave is given only by a whole reply of it: "no problem if you don't" is unclear.
  const leave = rules.asksLeave ? leaveGiven(answered, phrases) : undefined;
  if (leave) return leave;
  // "No one" with more words after it is the subject, not the answer. At a question about a
  // difficulty a no read from it could hide one (H56): asked again. Elsewhere (to "does anyone
  // help?") it is the no it seems.
  if (rules.asksWhatHappened && phrases.within('noOne', answered) && !phrases.is('noOne', answered))
    return fail('unclear');
  if (rules.asksWhatHappened && phrases.is('frequent', answered)) return ok(true);
  if (rules.asksWhatHappened && phrases.is('seldom', answered)) return ok(false);
  const whole = listed(answered, phrases);
  if (whole) return settle([whole], rules);
  if (phrases.is('thanks', answered)) return fail('not_an_answer');
  const parts = replyParts(answered.slice(0, 200));
  // "I'm not ok" to "would you like help?" is no "no thanks", whatever else is said with it.
  if (parts.some((part) => phrases.is('notOk', beforeThanks(part, phrases) ?? part))) return fail('unclear');
  const culture = locale.toLowerCase().startsWith('en') ? 'en-us' : locale;
  const signals = parts.flatMap((part) => signalsIn(part, phrases, culture));
  return signals.length > 0 ? settle(signals, rules) : fail('not_understood');
}
