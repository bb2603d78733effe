/**
 * Reading a section's answer by question type, and writing it into the record. Kept apart from
 * the dialog so the rules for what counts as an answer, and what a stored answer holds, sit in
 * one place.
 */
import type { Option, Question } from '../content/packs/packSchema';
import type { AnswerValue, PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { recogniseChoices } from './recognisers/choices';
import type { Phrases } from './recognisers/phrases';
import type { Recognised } from './recognisers/result';
import { recogniseScale } from './recognisers/scale';
import { recogniseYesNo } from './recognisers/yesNo';

/** An answer the section recognised, before it is stored. */
export type Parsed = { status: 'answered'; value: AnswerValue } | { status: 'unknown' | 'skipped' | 'kept' };

/** Rules for a choice question (how many may be picked; whether "none" is allowed). */
export interface ChoiceRules {
  multiple: boolean;
  max?: number;
  allowNone?: boolean;
}

/** The longest free-text answer kept; a longer one is asked again. */
export const maxTextLength = 2000;

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

/** Reads `text` as an answer to `asked`: "keep" and "not sure" first, then by question type. */
export function readAnswer(
  asked: AskedQuestion,
  text: string,
  phrases: Phrases,
  locale: string | undefined,
): Recognised<Parsed> {
  const { key, question, record } = asked;
  if (record.answers[key] !== undefined && phrases.is('keep', text)) return { ok: true, value: { status: 'kept' } };
  if (phrases.is('notSure', text)) return { ok: true, value: { status: 'unknown' } };
  const answered = (value: AnswerValue): Recognised<Parsed> => ({ ok: true, value: { status: 'answered', value } });
  switch (question.type) {
    case 'scale0to10': {
      const result = recogniseScale(text, locale);
      return result.ok ? answered(result.value) : result;
    }
    case 'yesno': {
      const result = recogniseYesNo(text, phrases, locale);
      return result.ok ? answered(result.value) : result;
    }
    case 'choice':
    case 'multichoice': {
      const rules = asked.rules();
      const result = recogniseChoices(text, asked.options(), phrases, rules);
      if (!result.ok) return result;
      return answered(question.type === 'choice' ? result.value[0] : result.value);
    }
    default: {
      // Control characters are noise from copy-and-paste, never part of an answer.
      // eslint-disable-next-line no-control-regex
      const cleaned = text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
      if (cleaned === '') return { ok: false, code: 'empty' };
      if (cleaned.length > maxTextLength) return { ok: false, code: 'too_long' };
      return answered(cleaned);
    }
  }
}

/**
 * Writes an answer into a draft record: the answer itself (a "keep" leaves it as it was), its
 * place at the end of the trail, and a carer's own view.
 */
export function recordAnswer(draft: PreparationRecord, key: string, parsed: Parsed, at: string): void {
  if (parsed.status !== 'kept') {
    draft.answers[key] = {
      value: parsed.status === 'answered' ? parsed.value : null,
      status: parsed.status,
      by: answeredBy(draft),
      at,
    };
  }
  draft.progress.trail = [...draft.progress.trail.filter((k) => k !== key), key];
  // A carer's own view (carer.view.<part>) is also kept apart from the answers about the person.
  const view = /^carer\.view\.(\w+)$/.exec(key)?.[1];
  if (view && parsed.status === 'answered' && typeof parsed.value === 'string') {
    draft.carerViews[view] = { text: parsed.value, at };
  } else if (view && parsed.status !== 'kept') {
    delete draft.carerViews[view];
  }
}
