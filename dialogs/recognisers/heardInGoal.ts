import { escapeRegExp } from '../../plan/escapeRegExp';
import { bare } from '../../plan/normalise';
import { longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { replyParts } from './replyParts';
import { recogniseScale } from './scale';

/** What a goal said in one breath also gives: how much it matters, and what might stop them. */
export interface HeardInGoal {
  importance?: number;
  /** The part that says what might stop them, in their words. */
  barrier?: string;
  /** With `importance`, the goal's words without the rating ("walk to allotment" of "walk to allotment, 8"). */
  goal?: string;
}

const numberToken = String.raw`(?:\d+|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;
/**
 * A part of the goal that is only a rating: "about a 7", "7/10", "I'd give it an 8", "importance
 * 9". A number with anything else ("3 times a week", "20 minutes a day") is part of the goal.
 */
const rating = new RegExp(
  String.raw`^(?:(?:and|but|so|its|it's|it is|thats|that's|about|around|roughly|maybe|probably|say|i'd say|id say|i would say|i'd give it|id give it|i give it|give it|i'd rate it|id rate it|i rate it|rate it|importance|importance is|it matters|matters|a|an|i think)\s+)*${numberToken}(?:\s*(?:/|out of)\s*(?:10|ten))?(?:\s*-?ish)?(?:\s+(?:i think|maybe|probably|or so|for importance|for me|to me))*$`,
);
/**
 * A rating that closes a goal with no break before it, said as one out of ten or in brackets ("walk
 * to allotment 8/10", "walk to the allotment (8)"); a bare number there ("walk to bus stop 8") may be the goal's.
 */
const ratedAtEnd =
  /^.*\p{L}.*?(\s*(?:\(\s*(\d|10)(?:\s*(?:\/|out of)\s*10)?\s*\)|\b(\d|10)\s*(?:\/|out of)\s*10)\s*[.!]*)$/u;
/** Marks and spaces that joined a rating to the goal ("walk to allotment, 8"), left off with it. */
const joinBefore = /[\s,;:.!-]*$/u;

/**
 * `text` without the rating `part` said in it, at its last place, and the marks joining it on: the
 * goal's words as the plan shows them. Nothing when the part cannot be found as typed.
 */
function withoutRating(text: string, part: string): { goal?: string } {
  const pattern = part.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  const found = pattern === '' ? null : new RegExp(`^(.*)${pattern}(.*)$`, 'isu').exec(text.trim());
  if (!found) return {};
  const goal = `${found[1].replace(joinBefore, '')}${found[2]}`.trim();
  return /\p{L}/u.test(goal) ? { goal } : {};
}

/**
 * Words just before a closing score that make it what the goal is about, not how much it matters:
 * "get my pain down to 3/10", "keep my pain under 5/10", "less than 4 out of 10" (review 25, H227).
 */
const aimedAt = /\b(?:to|under|below|than|at|of|by|from|within|over|above|be)\s*$/u;
/** A part that says what might stop them: "my knees might stop me", "the weather gets in the way". */
const barrier =
  /\bstop(?:s|ping)?\s+(?:me|her|him|them|us)\b|\bhold(?:s|ing)?\s+(?:me|her|him|them|us)\s+back\b|\bgets? in the way\b|\b(?:problem|trouble|worry|barrier) is\b/;

/** A number that may count an item of a list: "1.", "2)", "3 -", at the start or after a space or line break. */
const listMarker = /(^|\s)(\d{1,2})\s*(?:[.):]|\s[-–—])(?!\d)/gu;

/**
 * `text` without the numbers of a list it opens with ("1. walk to the park 2. stop smoking"): the
 * count from 1, in order, each taken as a break between items, never a rating. A number out of
 * that order ("about a 7.") is left as said.
 */
function withoutListNumbers(text: string): string {
  const trimmed = text.trim();
  let next = 1;
  return trimmed.replace(listMarker, (marker: string, before: string, digits: string, at: number) => {
    if (Number(digits) !== next || (next === 1 && at !== 0)) return marker;
    next += 1;
    return `${before}\n`;
  });
}

/**
 * Reads a goal said with more than the goal ("my goal is walking to the shops, about a 7, my knees
 * might stop me"), part by part (`replyParts`), a list's numbers taken as breaks. A rating is heard only
 * as a part of its own and as one whole number; what might stop them only when it says so. What
 * is heard is offered, never noted: the person says whether it is right.
 */
export function heardInGoal(text: string): HeardInGoal {
  const parts = replyParts(withoutListNumbers(text)).map((part) => part.replace(/\s+/g, ' ').trim());
  const last = parts.length === 1 ? ratedAtEnd.exec(parts[0].toLowerCase()) : null;
  if (last) {
    // What comes before the score: a score the goal's words aim at is the goal's ("down to 3/10").
    const before = parts[0].slice(0, parts[0].length - last[1].length).toLowerCase();
    return aimedAt.test(before)
      ? {}
      : { importance: Number(last[2] ?? last[3]), ...withoutRating(text, last[1] ?? '') };
  }
  if (parts.length < 2) return {};
  const heard: HeardInGoal = {};
  for (const part of parts) {
    const plain = part.toLowerCase().replace(/[\u2018\u2019`]/g, "'");
    const said = rating.test(plain) ? recogniseScale(plain) : undefined;
    if (said?.ok && heard.importance === undefined)
      Object.assign(heard, { importance: said.value }, withoutRating(text, part));
    else if (barrier.test(plain) && heard.barrier === undefined) heard.barrier = part;
  }
  return heard;
}

/** A score at the start of a reply, and what follows it: "8 and I will walk after lunch", "7/10, walk daily". */
const scoreFirst = new RegExp(
  String.raw`^\s*(?:about|around|maybe)?\s*${numberToken}(?:\s*(?:/|out of)\s*(?:10|ten))?(?![\w.%/])[\s,.;:!-]*(.*)$`,
  'isu',
);

/** What a score given first goes on to say: what they will do, or what might stop them. */
export interface AfterScore {
  action?: string;
  barrier?: string;
}

/**
 * What a score given first goes on to say ("8 and I will walk after lunch"): the words after it,
 * less what joins them on (`goesOn`: "and", "also"), for the goal question after the score. Words
 * that tell what might stop them ("8 but my knees might stop me": opened by a `barrierLead` such as
 * "but", or saying "stop me", "gets in the way") are for "what might stop you", less that opening;
 * never what they will do, unless what follows the "but" says what they will do (`willDoAfterLead`). Empty when nothing follows, or only what rates the score ("8 I think",
 * "8 for me"), filler, or only that they will try ("8, I'll try", `onlyTrying`: a hedge, no step).
 */
export function wordsAfterScore(text: string, phrases: Phrases): AfterScore {
  const found = scoreFirst.exec(text.replace(/[\u2018\u2019`]/g, "'"));
  const after = found?.[1]?.trim();
  if (!found || !after || rating.test(`8 ${after.toLowerCase()}`)) return {};
  const words = [...after.split(/\s+/u), ''];
  const rest = words.slice(longestOpening(words, 0, (run) => phrases.is('goesOn', run)));
  const turned = longestOpening(rest, 0, (run) => phrases.is('barrierLead', run));
  const said = rest.join(' ').trim();
  // Only trying ("8, I'll try", "8 hopefully") is a hedge, no step: nothing to offer (explore 24).
  if (onlyTrying(said, phrases)) return {};
  if (turned === 0 && !barrier.test(said.toLowerCase())) return namesAGoal(said, phrases) ? { action: said } : {};
  const willDo = turned > 0 ? willDoAfterLead(rest.slice(turned), phrases) : undefined;
  if (willDo !== undefined) return willDo ? { action: willDo } : {};
  const stopping = rest.slice(turned).join(' ').trim();
  return namesAGoal(stopping, phrases) ? { barrier: stopping } : {};
}

/**
 * What they will do, said after a `barrierLead` ("but I will start with short walks"): those words,
 * when a `willDoLead` opens them and neither a `willDoHard` follows it ("but I will struggle") nor
 * do they say what stops them; '' when only resolve follows ("although I am determined");
 * undefined when they are no such words.
 */
function willDoAfterLead(words: readonly string[], phrases: Phrases): string | undefined {
  const lead = longestOpening(words, 0, (run) => phrases.is('willDoLead', run));
  if (lead === 0) return undefined;
  const plan = words.slice(lead);
  const said = words.join(' ').trim();
  if (barrier.test(said.toLowerCase()) || longestOpening(plan, 0, (run) => phrases.is('willDoHard', run)) > 0) {
    return undefined;
  }
  return namesAGoal(plan.join(' '), phrases) && !onlyTrying(plan.join(' '), phrases) ? said : '';
}

/**
 * Whether `said` only says that they will try, with no step in it: `tryLead` words, any of them
 * ("I'll", "he'll", "just"), then a `tryOnly` phrase ("try", "give it a go", "do my best", "hopefully").
 */
export function onlyTrying(said: string, phrases: Phrases): boolean {
  const words = bare(said).split(' ').filter(Boolean);
  return words.some(
    (_, from) =>
      phrases.is('tryOnly', words.slice(from).join(' ')) &&
      (from === 0 || phrasesInARow(words.slice(0, from), (run) => phrases.is('tryLead', run))),
  );
}

/** Marks between a yes and what follows it ("yes, walking", "yes - walking"). */
const leadingMarks = /^[\s,;:.!-]+/u;

/**
 * The next goal said with a yes to "add another goal?" ("yes I want to lose weight", "yes,
 * swimming"), in their words; undefined when the words after the yes only say yes again ("yes
 * another one please", "yes but later": filler and `anotherGoal` words) or there are none.
 */
export function goalAfterYes(text: string, phrases: Phrases): string | undefined {
  const words = text.trim().split(/\s+/u);
  const afterYes = longestOpening(words, 0, (said) => phrases.is('yes', said));
  if (afterYes === 0) return undefined;
  const rest = words.slice(afterYes).join(' ').replace(leadingMarks, '');
  // "yes carry on": going on, never a goal to offer.
  if (phrases.command(rest) !== null) return undefined;
  return namesAGoal(rest, phrases) ? rest : undefined;
}

/** Whether `words` name something beyond filler and `anotherGoal` words ("another one", "the next"). */
function namesAGoal(words: string, phrases: Phrases): boolean {
  return words
    .split(/\s+/u)
    .some((word) => /\p{L}/u.test(word) && !phrases.is('filler', word) && !phrases.is('anotherGoal', word));
}

/** Replies that are no goal, whole: doubt, a hedge, chatter, thanks, agreeing or declining words. */
const noGoalReplies = ['notSure', 'hedge', 'chatter', 'thanks', 'agree', 'decline', 'notOk', 'refusal'] as const;

/**
 * The next goal said in place of a yes to "add another goal?" ("I'd like to sleep better",
 * "swimming"), in their words; undefined for a reply that opens with a yes or a no, holds doubt or a
 * no anywhere ("not now"), is only one of `noGoalReplies`, or a command, or names nothing.
 */
export function goalInPlaceOfYes(text: string, phrases: Phrases): string | undefined {
  const said = text.trim().replace(/\s+/gu, ' ');
  if (phrases.command(said) !== null || noGoalReplies.some((list) => phrases.is(list, said))) return undefined;
  if (phrases.within('doubt', said) || phrases.within('noWithin', said)) return undefined;
  const words = [...said.split(' '), ''];
  const opensWith = (list: 'yes' | 'no' | 'yesTypo' | 'noTypo'): boolean =>
    longestOpening(words, 0, (run) => phrases.is(list, run)) > 0;
  if (opensWith('yes') || opensWith('no') || opensWith('yesTypo') || opensWith('noTypo')) return undefined;
  return namesAGoal(said, phrases) ? said : undefined;
}
