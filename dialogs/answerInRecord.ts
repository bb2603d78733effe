/**
 * What a stored answer holds: a section's answer, once read (`sectionAnswers.ts`), written into the
 * record with its place in the trail. Kept apart from the dialog so that sits in one place.
 */
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import type { Parsed } from './sectionAnswers';

/**
 * Writes an answer into a draft record: the answer itself (a "keep" leaves it as it was), its
 * place at the end of the trail, and a carer's own view.
 */
export function recordAnswer(draft: PreparationRecord, key: string, parsed: Parsed, at: string): void {
  if (parsed.status !== 'kept') {
    draft.answers[key] = {
      value: parsed.status === 'answered' ? parsed.value : parsed.status === 'unknown' ? (parsed.words ?? null) : null,
      status: parsed.status,
      by: answeredBy(draft),
      at,
    };
  }
  // Words no option matched are the answer to the "something else" question (`<key>.other`).
  if (parsed.status === 'answered' && parsed.other !== undefined) {
    draft.answers[`${key}.other`] = { value: parsed.other, status: 'answered', by: answeredBy(draft), at };
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
