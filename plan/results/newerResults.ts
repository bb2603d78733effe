/**
 * Newer results of measures the person has already gone through: a new test, not a correction of
 * one they saw. Noted as they arrive, offered once on the person's next visit, and gone through
 * on their word, without going over the others again.
 */
import type { PreparationRecord } from '../record';
import type { IncomingResult } from './mergeResults';
import { latestResult, resultThoughtsKey, type NewerResult } from './resultSchema';

/**
 * Notes, among `fresh` results just taken in (new tests, not corrections or repeats), each that is
 * now the latest of a measure the person went through: not one that is older than what they saw,
 * not one they are still to reach (it is gone through as any other), not when they chose not to
 * go through results, and not one kept to talk about in person. One note a measure: the latest.
 */
export function noteNewerResults(draft: PreparationRecord, fresh: readonly IncomingResult[], at: string): void {
  const results = draft.results;
  if (results.declinedAt) return;
  for (const { result } of fresh) {
    const { measure } = result;
    if (latestResult(results, measure)?.id !== result.id) continue;
    if (draft.answers[resultThoughtsKey(measure)] === undefined || results.inPerson.includes(measure)) continue;
    const others = (results.newer ?? []).filter((note) => note.measure !== measure);
    results.newer = [...others, { measure, resultId: result.id, arrivedAt: at }];
  }
}

/** Newer results not yet offered to the person. */
export function newerToOffer(record: PreparationRecord): NewerResult[] {
  return (record.results.newer ?? []).filter(
    (note) => !note.offeredAt && !record.results.inPerson.includes(note.measure),
  );
}

/** Marks the newer results waiting as offered, so each is offered once. */
export function markNewerOffered(draft: PreparationRecord, at: string): void {
  for (const note of draft.results.newer ?? []) note.offeredAt ??= at;
}

/**
 * Opens every measure with a newer result to be gone through again: a question asked about the
 * result before stays, with the value it was about, among the earlier questions; the measure's
 * question is then asked afresh. The notes go: they are being gone through.
 */
export function reopenNewerResults(draft: PreparationRecord): void {
  const results = draft.results;
  for (const { measure } of results.newer ?? []) {
    const key = resultThoughtsKey(measure);
    const answer = draft.answers[key];
    const about = results.askedAbout?.[measure];
    if (answer?.status === 'answered' && typeof answer.value === 'string' && answer.value.trim() !== '' && about) {
      const earlier = { measure, question: answer.value, by: answer.by, at: answer.at, about };
      results.earlierQuestions = [...(results.earlierQuestions ?? []), earlier];
    }
    delete draft.answers[key];
    if (results.askedAbout) delete results.askedAbout[measure];
  }
  delete results.newer;
}
