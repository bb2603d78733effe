/**
 * Reading a section's answer by question type (`answerInRecord.ts` writes it into the record).
 * Kept apart from the dialog so the rules for what counts as an answer sit in one place.
 */
import type { Option, Question } from '../content/packs/packSchema';
import type { AnswerValue, PreparationRecord } from '../plan/record';
import { answeredBy, ownedWords } from '../plan/recordView';
import { recogniseChoices, type PickRules } from './recognisers/choices';
import { asksBack } from './recognisers/askedBack';
import { asksForHelp } from './recognisers/helpAsked';
import { personWords } from './crisisAbout';
import { doubts } from './recognisers/doubt';
import { onlyTrying } from './recognisers/heardInGoal';
import { saysFeelingLow } from './recognisers/feelingLow';
import { capitalisedName } from './recognisers/names';
import { nameSaid } from './recognisers/nameSaid';
import { notAnAnswerInWords } from './recognisers/notAnAnswer';
import { otherWords } from './recognisers/otherWords';
import { answerInOwnTerms } from './recognisers/ownTerms';
import type { Phrases } from './recognisers/phrases';
import type { Recognised } from '../plan/recognised';
import { scoreNotCount } from './recognisers/goalAtScale';
import { otherScaleTakenOut, scaleOf } from './recognisers/namedScores';
import { onOtherScale, recogniseScale } from './recognisers/scale';
import { numberAsWord } from './recognisers/textSpeakNumber';
import { recogniseYesNo } from './recognisers/yesNo';
import { refuses, refusesWithin } from './answerRefusal';
import { cleanText, maxTextLength } from './typedText';
import { explains, holdsWords } from './wordsKept';
import { whoseWords } from '../safety/whose';

/**
 * An answer the section recognised, before it is stored. `words` on an unknown answer are what
 * the person said to a yes/no question when it was not a yes or a no: kept, never forced. `typed`
 * on a name are the words the name was read from ("my mum's name is Jean" for Jean), never stored.
 */
export type Parsed =
  | { status: 'answered'; value: AnswerValue; unmatched?: string[]; other?: string; typed?: string }
  | { status: 'unknown'; words?: string }
  | { status: 'skipped' | 'kept' };

/**
 * Rules for a choice question (how many may be picked; whether "none" is allowed), and how a
 * card lays its options out.
 */
export interface ChoiceRules extends PickRules {
  /** Option ids a card shows first (the person's own); the others wait behind "show more". */
  featured?: readonly string[];
  /** Option ids ticked before the person does anything: what is picked unless they untick it. */
  ticked?: readonly string[];
}

/** Re-asks of a yes/no question before the words said are kept as they are. */
const reasksBeforeKeepingWords = 1;

/**
 * The question being answered, as its section sees it for one record. Options and rules come
 * from the section's hooks and are worked out only when a choice needs them.
 */
export interface AskedQuestion {
  key: string;
  question: Question;
  record: PreparationRecord;
  options(): readonly Option[];
  rules(): ChoiceRules;
}

/**
 * Whether "not sure" is an answer kept at `question`, and so offered there. Not where parts to
 * share are picked (a pick must be made, see `recogniseChoices`), nor where it is nothing to go on
 * from (`notSureHelps`): there it gets the question's help.
 */
export function takesNotSure(question: Question): boolean {
  return !question.notSureHelps && !(question.asksToShare && question.type !== 'yesno');
}

/**
 * Reads `text` as an answer to `asked`: "keep" and "not sure" first, then by question type.
 * `reasked` is how many times this question was already asked again after an unusable answer;
 * `fromCard` says the text is what a card sent, where nothing ticked is an answer of its own.
 */
export function readAnswer(
  asked: AskedQuestion,
  text: string,
  phrases: Phrases,
  locale: string | undefined,
  reasked = 0,
  fromCard = false,
): Recognised<Parsed> {
  const { key, question, record } = asked;
  if (record.answers[key] !== undefined && phrases.is('keep', text)) return { ok: true, value: { status: 'kept' } };
  if (phrases.is('notSure', text) && takesNotSure(question)) return { ok: true, value: { status: 'unknown' } };
  if (phrases.is('notSure', text) && question.notSureHelps) return { ok: false, code: 'unsure' };
  // Asking what the question means is never its answer; a name is read by its own rule (`asksBack`).
  // Where only a clear no is no, the words after the ask may say it happened: read as an answer (H71).
  if (!question.name && question.hedges !== 'notNo' && asksForHelp(text, phrases, question))
    return { ok: false, code: 'asked_help' };
  const answered = (value: AnswerValue): Recognised<Parsed> => ({ ok: true, value: { status: 'answered', value } });
  // Nothing more to add is a no to "another?", and nothing passed over at "anything else?"; a name
  // declined ("no", "I'd rather not") is a name not given, never "Nice to meet you, No".
  const declined = question.name && question.optional && (phrases.is('no', text) || phrases.is('refusal', text));
  if (declined || (question.nothingMore && (phrases.is('nothingMore', text) || phrases.is('noTypo', text))))
    return question.type === 'yesno' ? answered(false) : { ok: true, value: { status: 'skipped' } };
  // "Yes" to "anything else?" means there is something: what it is is asked, never "yes" kept as it.
  if (question.nothingMore && question.type !== 'yesno' && (phrases.is('yes', text) || phrases.is('yesTypo', text)))
    return { ok: false, code: 'what_is_it' };
  switch (question.type) {
    case 'scale0to10': {
      // "3 stars" is on another scale: noted as 3 out of 10 it would be a score never given.
      if (onOtherScale(text, phrases)) return { ok: false, code: 'other_scale' };
      // "forgetting 2 carry jelly babies" holds no score (the "2" is "to"); "fiv" or "sevn" is one, mistyped.
      if (numberAsWord(text, phrases)) return { ok: false, code: 'not_a_number' };
      // A score named for the goal's other scale ("8, and about a 5 on confidence") is no answer here (H478).
      const own = scaleOf(question.linkId);
      const score = own ? otherScaleTakenOut(own, text).rest : text;
      const read = scoreNotCount(
        score,
        recogniseScale(phrases.numbers.spelt(score) ?? score, locale, question.scaleEnds),
      );
      return read.ok ? answered(read.value) : read;
    }
    case 'yesno': {
      const hedged = hedgeRead(question, text, phrases, reasked, feelsLow(asked, text, phrases));
      if (hedged) return hedged;
      const inOwnTerms = ownTermsRead(asked, text, phrases, reasked);
      if (inOwnTerms) return inOwnTerms;
      // Asked whether something may be shared: a reply with any no in it is never a yes, and as
      // it asks leave ("Can I share…?"), "no problem" gives it.
      const result = recogniseYesNo(text, phrases, locale, {
        asksWhatHappened: question.asksWhatHappened,
        needsClearYes: question.asksToShare,
        asksLeave: question.asksToShare,
      });
      if (refusesWithin(question, text, phrases, result)) return keptAsSaid(text);
      // Where only a clear no is no, a no that turns ("no, I think about it sometimes but…", H126) is
      // none, nor a reply read as neither with a hedge in it ("he has said it once or twice but…", H158).
      const turns = result.ok ? !result.value && phrases.within('noTurn', text) : phrases.within('hedge', text);
      if (question.hedges === 'notNo' && turns) return keptAsSaid(text);
      if (result.ok) return answered(result.value);
      // Life is not always yes or no: asked once more, their own words are kept and we move on. Thanks
      // are never kept, nor an amount alone ("all", explorer 29): they answer nothing, however often said.
      const words = cleanText(text);
      const ownWords = result.code === 'not_understood' || result.code === 'unclear';
      // Asked whether to share, a question back is never kept as their words, read as a no (H147).
      if (ownWords && question.asksToShare && (asksBack(words, phrases) || /\?\s*$/u.test(text)))
        return { ok: false, code: 'asked_back' };
      // A number alone answers no yes/no question (none offers numbered choices): asked about (dialog25).
      if (ownWords && phrases.numbers.one(words) && question.hedges !== 'notNo')
        return { ok: false, code: 'number_not_yesno' };
      // An explanation where one is kept at once (explorer 31), or any words once asked again.
      const keeps = reasked >= reasksBeforeKeepingWords || explains(question, words);
      if (ownWords && keeps && holdsWords(words) && !phrases.is('amountAlone', words))
        return { ok: true, value: { status: 'unknown', words: words.slice(0, maxTextLength) } };
      return result;
    }
    case 'choice':
    case 'multichoice': {
      // Where the pick shares parts of a plan, every word must be understood: a misread sends a part never chosen.
      const rules = { ...asked.rules(), ...(question.asksToShare ? { wholeReply: true } : {}) };
      // A card sent with nothing ticked, where none is allowed, picks none (as its "none" button does).
      if (fromCard && question.type === 'multichoice' && rules.allowNone && cleanText(text) === '') return answered([]);
      const result = recogniseChoices(text, asked.options(), phrases, rules, locale);
      const { otherId } = rules;
      // A question back that names no option ("can I do it later") is never kept as their own words.
      if (otherId && !result.ok && result.code === 'not_understood' && asksBack(cleanText(text), phrases))
        return { ok: false, code: 'asked_back' };
      const other = otherId ? otherWords(result, cleanText(text).slice(0, maxTextLength), phrases, reasked) : undefined;
      if (other && !other.ok) return other;
      if (otherId && other?.ok) {
        const { ids, other: words, leftOut } = other.value;
        const value = [...ids.filter((id) => id !== otherId), otherId];
        return {
          ok: true,
          value: { status: 'answered', value, other: words, ...(leftOut.length > 0 ? { unmatched: leftOut } : {}) },
        };
      }
      // Doubt that names no part ("I'm not sure about it") where "not sure" gets help: that help.
      if (!result.ok && result.code === 'not_understood' && question.notSureHelps && doubts(text, phrases))
        return { ok: false, code: 'unsure' };
      if (!result.ok) return result;
      const { ids, unmatched } = result.value;
      const value = question.type === 'choice' ? ids[0] : ids;
      return { ok: true, value: { status: 'answered', value, ...(unmatched.length > 0 ? { unmatched } : {}) } };
    }
    default: {
      // A question asked back at a question about who someone is: answered, and never kept as the name.
      const clean = cleanText(text);
      if (question.aboutWho && asksBack(clean, phrases)) return { ok: false, code: 'asked_back' };
      // Asked of Careprep, or said to have been answered: never kept (H115); where questions are
      // kept for the care team, "you" may be them ("why do you keep changing my tablets?").
      if (!question.name && !question.takesQuestions && phrases.requests.ofUs(clean))
        return { ok: false, code: 'asked_of_us' };
      if (!question.name && phrases.requests.alreadySaid(clean)) return { ok: false, code: 'already_said' };
      // A name is kept without the words said around it ("I'm Jean" is Jean), with capitals.
      const cleaned = question.name ? nameAsKept(nameSaid(clean, phrases).name, phrases) : clean;
      if (cleaned === '') return { ok: false, code: 'empty' };
      const notAnAnswer = notAnAnswerInWords(question, cleaned, phrases);
      if (notAnAnswer === 'none') return { ok: true, value: { status: 'unknown' } };
      if (notAnAnswer) return { ok: false, code: notAnAnswer };
      // "I'll try" to "what exactly will you do?" is a hedge, no step: asked once more for one.
      if (question.asksForStep && reasked < reasksBeforeKeepingWords && onlyTrying(cleaned, phrases))
        return { ok: false, code: 'only_trying' };
      if (!question.name && !holdsWords(cleaned)) return { ok: false, code: 'not_words' };
      // A number alone where words are asked ("8", "1, 4"): meant for another question, never the answer (fix25).
      if (!question.name && phrases.numbers.only(cleaned)) return { ok: false, code: 'number_for_words' };
      if (cleaned.length > maxTextLength) return { ok: false, code: 'too_long' };
      if (question.name && !/\p{L}/u.test(cleaned)) return { ok: false, code: 'not_a_name' };
      return question.name
        ? { ok: true, value: { status: 'answered', value: cleaned, typed: clean } }
        : answered(cleaned);
    }
  }
}

/**
 * A name as it is kept: all lower case, with capitals ("jean" is Jean); a carer's "my mum" as
 * typed, as it is said back as "your mum", never "your Mum".
 */
function nameAsKept(name: string, phrases: Phrases): string {
  return ownedWords(name) === undefined ? capitalisedName(name, phrases) : name;
}

/**
 * A hedge ("not really", "sometimes") to a question that never takes one as no (`Question.hedges`):
 * asked once more, kindly, then kept in their words; or, where only a clear no is no, kept at once,
 * as is a seldom ("rarely", "not often"), which says it happened. Undefined when the question
 * reads hedges as any other reply, or `text` is no hedge.
 */
function hedgeRead(
  question: Question,
  text: string,
  phrases: Phrases,
  reasked: number,
  low: boolean,
): Recognised<Parsed> | undefined {
  // Asking why is answered once, never taken as a refusal first time (explore 20).
  const asksWhy = phrases.command(text) === 'whatFor';
  if (question.hedges === 'notNo' && asksWhy && reasked < reasksBeforeKeepingWords)
    return { ok: false, code: 'asked_why' };
  if (question.hedges === 'notNo' && (phrases.is('seldom', text) || refuses(text, phrases))) return keptAsSaid(text);
  // Feeling low said with no yes or no ("😞", "meh") is no yes to "often, this last month" either (H177).
  const hedged = phrases.is('hedge', text) || phrases.is('hedgeWhole', text);
  return hedged || low ? hedgeTaken(question, text, reasked) : undefined;
}

/**
 * Whether `text` says feeling low ("😞", "not great tbh") of the person the question asks about, or
 * of no one: a carer's "I'm not great" is theirs, never the person's answer (H6).
 */
function feelsLow(asked: AskedQuestion, text: string, phrases: Phrases): boolean {
  if (!saysFeelingLow(text, phrases)) return false;
  const whose = whoseWords(text, personWords(asked.record));
  return whose === 'unclear' || whose === (answeredBy(asked.record) === 'carer' ? 'someoneElse' : 'writer');
}

/**
 * A hedge by the question's rule (`Question.hedges`); undefined where it has none. Asked again, a
 * sad face alone is kept as no clear answer without its words, which the plan as SMS text would lose.
 */
function hedgeTaken(question: Question, text: string, reasked: number): Recognised<Parsed> | undefined {
  if (!question.hedges) return undefined;
  if (question.hedges === 'askAgain' && reasked < reasksBeforeKeepingWords) return { ok: false, code: 'hedged' };
  if (question.hedges === 'askAgain' && !holdsWords(text)) return { ok: true, value: { status: 'unknown' } };
  return keptAsSaid(text);
}

/**
 * A reply in the question's own terms, said of the person it asks about ("he's been down"): its yes
 * or no, or, hedged ("a bit down"), what the question's hedge rule makes of a hedge. Undefined when
 * the question has no key words or the reply is not read so (see `recognisers/ownTerms.ts`).
 */
function ownTermsRead(
  asked: AskedQuestion,
  text: string,
  phrases: Phrases,
  reasked: number,
): Recognised<Parsed> | undefined {
  const { question, record } = asked;
  if (!question.keyWords) return undefined;
  const about = answeredBy(record) === 'carer' ? 'someoneElse' : 'writer';
  const read = answerInOwnTerms(text, question.keyWords, phrases, about, personWords(record));
  if (read === undefined) return undefined;
  return read === 'hedged'
    ? hedgeTaken(question, text, reasked)
    : { ok: true, value: { status: 'answered', value: read === 'yes' } };
}

/** Neither yes nor no: their words, kept as they said them. */
function keptAsSaid(text: string): Recognised<Parsed> {
  return { ok: true, value: { status: 'unknown', words: cleanText(text).slice(0, maxTextLength) } };
}
