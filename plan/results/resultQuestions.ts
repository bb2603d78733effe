import type { PreparationRecord } from '../record';
import { mergeResults, standing, type IncomingResult } from './mergeResults';
import { noteNewerResults } from './newerResults';
import {
  latestResult,
  resultThoughtsKey,
  type AskedAbout,
  type RecordResults,
  type ResultCorrection,
  type ResultValue,
} from './resultSchema';

/**
 * Ties the person's question about `measure` to the result it was asked about: the latest, or the
 * value it had before a correction of it `toldNow` (they asked before they read of it).
 */
export function tieQuestion(
  draft: PreparationRecord,
  measure: string,
  toldNow: readonly ResultCorrection[] = [],
): void {
  const latest = latestResult(draft.results, measure);
  if (!latest) return;
  const corrected = toldNow.find((c) => c.measure === measure && c.at === latest.at);
  const about: AskedAbout = corrected
    ? { resultId: corrected.wasId, value: corrected.was }
    : { resultId: latest.id, value: latest.value };
  draft.results.askedAbout = { ...draft.results.askedAbout, [measure]: about };
}

/**
 * Takes results into a record. A question already asked is first tied to the result it was asked
 * about (records from before questions were tied), so a correction or a newer result that comes
 * now can never be shown as what it was about. A new test of a measure the person already went
 * through is noted, to offer them.
 */
export function takeResults(draft: PreparationRecord, incoming: readonly IncomingResult[], at: string): void {
  for (const measure of new Set(draft.results.items.map((r) => r.measure)))
    if (draft.answers[resultThoughtsKey(measure)] && !draft.results.askedAbout?.[measure]) tieQuestion(draft, measure);
  const held = draft.results.items;
  draft.results = mergeResults(draft.results, incoming, at);
  noteNewerResults(
    draft,
    incoming.filter((item) => standing(held, item.result) === 'new'),
    at,
  );
}

/** The value the person's question about `measure` was asked about, when it is not the result shown now. */
export function askedAboutEarlier(results: RecordResults, measure: string): ResultValue | undefined {
  const about = results.askedAbout?.[measure];
  const latest = latestResult(results, measure);
  return about && latest && about.resultId !== latest.id ? about.value : undefined;
}

/** True when the person was shown `measure`'s result: asked about it, or asked now. */
function shown(record: PreparationRecord, measure: string): boolean {
  const key = resultThoughtsKey(measure);
  return record.answers[key] !== undefined || record.progress.current === key || record.progress.trail.includes(key);
}

/**
 * Corrections not yet settled of results the person was shown: what they must be told. Never of a
 * result the team now wants to talk through in person, whose value is not said in the chat.
 */
export function correctionsToTell(record: PreparationRecord): ResultCorrection[] {
  return (record.results.corrections ?? []).filter(
    (c) => !c.settledAt && shown(record, c.measure) && !record.results.inPerson.includes(c.measure),
  );
}

/**
 * Settles every correction not yet settled: those told now, and those of results the person was
 * never shown, who has nothing to be told (they will only ever see the corrected value).
 */
export function settleCorrections(draft: PreparationRecord, at: string): void {
  for (const correction of draft.results.corrections ?? []) correction.settledAt ??= at;
}

/** True when any correction is waiting to be settled. */
export function correctionsUnsettled(record: PreparationRecord): boolean {
  return (record.results.corrections ?? []).some((c) => !c.settledAt);
}

/**
 * The results as they stay when the person starts again: everything the care team sent (results,
 * targets, what to talk about in person, corrections) kept, since they are the team's and not the
 * person's answers; which result each question was about goes, with the questions (earlier ones
 * too), and so do a choice not to go through them and newer results to offer (all are new now).
 */
export function resultsKeptOnRestart(results: RecordResults): RecordResults {
  const {
    askedAbout: _questions,
    earlierQuestions: _earlier,
    declinedAt: _declined,
    newer: _newer,
    ...kept
  } = structuredClone(results);
  return kept;
}

/** True when the person chose not to go through their results before the visit. */
export function resultsDeclined(record: PreparationRecord): boolean {
  return record.results.declinedAt !== undefined;
}
