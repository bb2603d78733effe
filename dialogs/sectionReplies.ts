/**
 * What a section says about an answer: the short acknowledgement once it is stored, why it is
 * asked again when it can't be used, and the answer as it stands when a person goes over it.
 * Content keys only; `content/` holds the words.
 */
import type { ChannelFamily } from '../content/channels';
import type { Question } from '../content/packs/packSchema';
import type { Renderer, TemplateData } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import type { Unrecognised } from '../plan/recognised';
import { takesNotSure, type AskedQuestion, type Parsed } from './sectionAnswers';
import { maxTextLength } from './typedText';

const attemptsBeforeSkipOffer = 2;

/** The current answer in words, to show when a person goes over it again. */
export function describeAnswer(asked: AskedQuestion, renderer: Renderer, family: ChannelFamily): string | undefined {
  const answer = asked.record.answers[asked.key];
  if (!answer || answer.status !== 'answered' || answer.value === null) return undefined;
  const value = answer.value;
  if (typeof value === 'boolean') return renderer.text(value ? 'ui.yes' : 'ui.no', {}, family);
  if (Array.isArray(value) || asked.question.type === 'choice') {
    const ids = Array.isArray(value) ? value : [String(value)];
    const options = asked.options();
    return ids.map((id) => options.find((o) => o.id === id)?.label ?? id).join(', ');
  }
  return String(value);
}

/** The default acknowledgement of a stored answer, by what kind of answer it was. */
export function acknowledgement(
  asked: AskedQuestion,
  parsed: Parsed,
  renderer: Renderer,
  family: ChannelFamily,
): string {
  const text = (k: string, data: TemplateData = {}): string => renderer.text(k, data, family);
  if (parsed.status === 'unknown' && parsed.words) return text('ack.words');
  if (parsed.status !== 'answered') return text(`ack.${parsed.status}`);
  const value = parsed.value;
  if (typeof value === 'boolean') return text(value ? 'ack.yes' : 'ack.no');
  if (typeof value === 'number') return text('ack.scale', { answer: value });
  if (asked.question.type === 'text') {
    const short = typeof value === 'string' && value.length <= 60 && !value.includes('\n');
    return short ? text('ack.textShort', { answer: value }) : text('ack.text');
  }
  if (Array.isArray(value) && value.length === 0) return text('ack.choiceNone');
  if (parsed.other !== undefined) {
    // Words kept as "something else" are said back as typed, beside whatever they matched.
    const otherId = asked.rules().otherId;
    const options = asked.options();
    const named = (Array.isArray(value) ? value : [])
      .filter((id) => id !== otherId)
      .map((id) => options.find((o) => o.id === id)?.label ?? id);
    const data = { answer: named.join(', '), other: parsed.other };
    const kept = text(named.length > 0 ? 'ack.choiceAndOther' : 'ack.otherWords', data);
    // A part that was not words is left out, and said so.
    return parsed.unmatched ? `${kept} ${text('ack.leftOut', { unmatched: parsed.unmatched.join('", "') })}` : kept;
  }
  const answer = describeAnswer(asked, renderer, family) ?? '';
  // Said back, so a part that matched nothing is never dropped without a word.
  if (parsed.unmatched) return text('ack.choicePartly', { answer, unmatched: parsed.unmatched.join('", "') });
  return text('ack.choice', { answer });
}

/**
 * Why an answer is asked again, with help matched to the question type; after a few tries it
 * also offers to skip (or says why an answer is needed).
 */
export function retryWords(
  why: Unrecognised,
  question: Question,
  attempts: number,
  renderer: Renderer,
  family: ChannelFamily,
): string {
  // "None" is told already that an answer is needed and "not sure" will do.
  const offer = why.code === 'none_not_allowed' ? [] : skipOffer(question, attempts, renderer, family);
  return [retryText(why, question, renderer, family), ...offer].join(' ');
}

/**
 * After a few tries at `question` (`attempts` answers it could not use, of any kind), the offer to
 * skip it, or why an answer is needed; nothing before then.
 */
export function skipOffer(question: Question, attempts: number, renderer: Renderer, family: ChannelFamily): string[] {
  if (attempts < attemptsBeforeSkipOffer) return [];
  const data = { notSure: takesNotSure(question) };
  return [renderer.text(question.optional ? 'retry.offerSkip' : 'retry.cannotSkip', data, family)];
}

/** The retry words for a reason that says the same whatever the question's type. */
const retryKeyByCode: Partial<Record<Unrecognised['code'], string>> = {
  not_a_name: 'retry.name',
  none_not_allowed: 'retry.noneNotAllowed',
  left_out_unclear: 'retry.leftOutUnclear',
  which_both: 'retry.whichBoth',
  hedged: 'retry.hedged',
  only_trying: 'retry.onlyTrying',
  other_scale: 'retry.scaleOtherScale',
  what_is_it: 'retry.whatIsIt',
  number_not_yesno: 'retry.yesnoNumber',
  yesno_with_number: 'retry.yesnoWithNumber',
  number_for_words: 'retry.textNumber',
  words_for_score: 'retry.scaleWords',
  asked_of_us: 'retry.askedOfUs',
  already_said: 'retry.alreadySaid',
};

function retryText(why: Unrecognised, question: Question, renderer: Renderer, family: ChannelFamily): string {
  const text = (k: string, data: TemplateData = {}): string => renderer.text(k, data, family);
  // Between two numbers, the two are named back, so the person picks rather than being given one.
  if (why.code === 'between') return text('retry.scaleBetween', { low: why.between[0], high: why.between[1] });
  const { code } = why;
  if (code === 'too_long') return text('retry.tooLong', { max: maxTextLength });
  if (code === 'too_many')
    return text('retry.tooMany', { max: question.type === 'choice' ? 1 : 3, one: question.type === 'choice' });
  if (code === 'not_words') return text(question.type === 'text' ? 'retry.textNotWords' : 'retry.notWords');
  const key = retryKeyByCode[code];
  if (key) return text(key);
  // Thanks or a bare "ok" is kindly passed over, and what would answer is said.
  if (code === 'unclear' || (code === 'not_an_answer' && question.type === 'yesno')) return text('retry.yesnoUnclear');
  if (code === 'not_an_answer') return text('retry.notAnAnswer');
  switch (question.type) {
    case 'scale0to10':
      return text(code === 'out_of_range' ? 'retry.scaleOutOfRange' : 'retry.scale');
    case 'yesno':
      return text('retry.yesno');
    case 'choice':
      return text('retry.choice');
    case 'multichoice':
      return text('retry.multichoice');
    case 'date':
      return text('retry.date');
    default:
      return text('retry.text');
  }
}

/**
 * A question asked back where who someone is was asked ("why do you need her name?"): said to be
 * a good one and not noted, then answered with the question's help for whoever is answering.
 */
export function askedBackWords(
  question: Question,
  record: PreparationRecord,
  data: TemplateData,
  renderer: Renderer,
  family: ChannelFamily,
): string {
  const help = questionHelp(question, record, data, renderer, family);
  return `${renderer.text('retry.askedBack', {}, family)} ${help}`;
}

/**
 * "help" for a question: its help words and what else can be said here. Only the words that do
 * something are offered: 'back' needs an earlier answer, 'skip' an optional question, 'not sure'
 * a question that takes it.
 */
export function helpWords(
  key: string,
  question: Question,
  record: PreparationRecord,
  data: TemplateData,
  renderer: Renderer,
  family: ChannelFamily,
): string {
  const back = record.progress.trail.some((k) => k !== key) ? 'Back' : '';
  const skip = question.optional ? 'Skip' : '';
  const words = renderer.text(`help.suffix${back}${skip}`, { notSure: takesNotSure(question) }, family);
  const help = questionHelp(question, record, data, renderer, family);
  return `${help} ${words}`;
}

/** The question's help words, for whoever is answering: the carer or the person. */
function questionHelp(
  question: Question,
  record: PreparationRecord,
  data: TemplateData,
  renderer: Renderer,
  family: ChannelFamily,
): string {
  return renderer.template(question.help[answeredBy(record) === 'carer' ? 'carer' : 'person'], data, family);
}
