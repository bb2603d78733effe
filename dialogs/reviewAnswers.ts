import { shareKeys } from '../plan/consentScope';
import type { PreparationRecord } from '../plan/record';
import { choiceAnswer } from '../plan/recordView';
import type { Phrases } from './recognisers/phrases';
import { replyParts } from './recognisers/replyParts';
import { recogniseYesNo } from './recognisers/yesNo';
import { readAnswer, type AskedQuestion, type Parsed } from './sectionAnswers';

/** The question that asks whether anything in the draft plan is to change. */
export const changeKey = 'review.change';

/**
 * The keys cleared whenever the plan changes: consent covers one version as it was seen.
 * `share.recipients` and `share.sections` are no longer asked, but answers given before are
 * cleared with the rest.
 */
export const sharingKeys = [changeKey, shareKeys.send, shareKeys.sections, shareKeys.recipients, shareKeys.consent];

/** Whether the person ticked no part to send: nothing is sent, and consent is not asked. */
export function sendsNothing(record: PreparationRecord): boolean {
  return record.answers[shareKeys.send]?.status === 'answered' && choiceAnswer(record, shareKeys.send).length === 0;
}

/** The section a review answer asks to change; undefined for "it looks right" (or not sure). */
export function changeTo(parsed: Parsed): string | undefined {
  return parsed.status === 'answered' && parsed.value !== 'done' ? String(parsed.value) : undefined;
}

export function isChange(parsed: Parsed): boolean {
  return changeTo(parsed) !== undefined;
}

/** Whether an answer noted at the review changes the plan: a section to change, or a goal's score given by name. */
export function changesPlan(key: string, parsed: Parsed): boolean {
  return sharingKeys.includes(key) ? key === changeKey && isChange(parsed) : true;
}

/**
 * A reply to `review.change` that named no part as a pick, read as a clear yes (the `yes` list, or
 * the recogniser's longer forms): it answers the question as worded. `part` is the part to change
 * named after a yes said first in its own part. Undefined for anything else.
 */
export function yesToChange(
  asked: AskedQuestion,
  text: string,
  phrases: Phrases,
  locale: string | undefined,
): { part?: Parsed } | undefined {
  const [first, ...rest] = replyParts(text);
  if (first !== undefined && rest.length > 0 && phrases.is('yes', first.trim())) {
    const named = readAnswer(asked, rest.join(', '), phrases, locale);
    return named.ok && isChange(named.value) ? { part: named.value } : {};
  }
  const yes = recogniseYesNo(text, phrases, 'en-GB', { needsClearYes: true });
  return yes.ok && yes.value ? {} : undefined;
}
