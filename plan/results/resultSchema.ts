import { z } from 'zod';

/**
 * A result as the person's record keeps it: one measure at one time, its value already converted
 * to the measure's own unit (see `content/results/measures.yaml`), and where it came from.
 */
export const resultValueSchema = z.discriminatedUnion('kind', [
  /** A comparator is kept as sent: a laboratory reports an eGFR over 90 as ">90". */
  z.object({ kind: z.literal('number'), value: z.number(), comparator: z.enum(['<', '<=', '>=', '>']).optional() }),
  /** Blood pressure: systolic (first) over diastolic (second). */
  z.object({ kind: z.literal('pair'), first: z.number(), second: z.number() }),
  /** A coded finding (smoking): the catalogue's id for it. */
  z.object({ kind: z.literal('coded'), code: z.string().min(1) }),
]);
export type ResultValue = z.infer<typeof resultValueSchema>;

/** Who sent a result: a clinical system through the API, or the coordinator in Teams. */
export const resultSourceSchema = z.enum(['clinicalSystem', 'coordinator']);
export type ResultSource = z.infer<typeof resultSourceSchema>;

export const storedResultSchema = z.object({
  /** Stable for the same measure, time and value, so a resent result is recognised. */
  id: z.string().min(1),
  /** The catalogue's measure id (`hba1c`). */
  measure: z.string().min(1),
  /** When it was measured (the Observation's effective time), as UTC ISO. */
  at: z.iso.datetime(),
  value: resultValueSchema,
  /** The code it arrived with, kept for the FHIR export. */
  coding: z.object({ system: z.string().min(1), code: z.string().min(1) }),
  status: z.enum(['final', 'amended', 'corrected']),
  from: resultSourceSchema,
  receivedAt: z.iso.datetime(),
  /**
   * The patient the sending system said it is about (`reference Patient/123` and/or `identifier
   * system|value`, one per line: `subjectOf` in `coordination/samePatient.ts`), when it said: a later
   * result naming another is refused (absent when none was named).
   */
  subject: z.string().min(1).optional(),
  /**
   * The person's date of birth (`YYYY-MM-DD`), when a Patient sent with the result gave it: the usual
   * blood pressure target changes at 80 (`plan/results/targetRules.ts`). Absent when not sent.
   */
  born: z.iso.date().optional(),
});
export type StoredResult = z.infer<typeof storedResultSchema>;

/**
 * A target band: inside when `low` ≤ value ≤ `high`; an open end (`highOpen`) means strictly
 * below ("below 140/90"). `lowSecond`/`highSecond` are the second number of a pair.
 */
export const targetBandSchema = z.object({
  low: z.number().optional(),
  high: z.number().optional(),
  lowSecond: z.number().optional(),
  highSecond: z.number().optional(),
  lowOpen: z.boolean().optional(),
  highOpen: z.boolean().optional(),
});
export type TargetBand = z.infer<typeof targetBandSchema>;

/** A person's own target, set by their care team; it wins over the service's and the usual one. */
export const personalTargetSchema = targetBandSchema.extend({
  setBy: resultSourceSchema,
  at: z.iso.datetime(),
});
export type PersonalTarget = z.infer<typeof personalTargetSchema>;

/**
 * A result the care team replaced with a corrected (or amended) one: what it said before, so the
 * person can be told what changed, and a question asked about it stays with that value.
 */
export const resultCorrectionSchema = z.object({
  measure: z.string().min(1),
  /** When the test was done (both results have this time). */
  at: z.iso.datetime(),
  wasId: z.string().min(1),
  was: resultValueSchema,
  now: resultValueSchema,
  correctedAt: z.iso.datetime(),
  /** When the person was told, or found to have nothing to be told (they had not seen the result). */
  settledAt: z.iso.datetime().optional(),
});
export type ResultCorrection = z.infer<typeof resultCorrectionSchema>;

/** The result a person's question was asked about: the one they were shown as they asked. */
export const askedAboutSchema = z.object({ resultId: z.string().min(1), value: resultValueSchema });
export type AskedAbout = z.infer<typeof askedAboutSchema>;

/**
 * A newer result of a measure the person had already gone through (a new test, not a correction):
 * they are offered it once (`offeredAt`), and it is gone through on a yes or on "show me my results".
 */
export const newerResultSchema = z.object({
  measure: z.string().min(1),
  resultId: z.string().min(1),
  arrivedAt: z.iso.datetime(),
  offeredAt: z.iso.datetime().optional(),
});
export type NewerResult = z.infer<typeof newerResultSchema>;

/**
 * A question the person asked about an earlier result of a measure, kept with the value it was
 * about when they went through a newer one: their words are theirs, and stay in the plan.
 */
export const earlierQuestionSchema = z.object({
  measure: z.string().min(1),
  question: z.string().min(1),
  /** Who asked it, as the record's answers say (the person, or a carer on their behalf). */
  by: z.enum(['person', 'carer']),
  at: z.iso.datetime(),
  about: askedAboutSchema,
});
export type EarlierQuestion = z.infer<typeof earlierQuestionSchema>;

/** Everything the record holds about results. */
export const recordResultsSchema = z.object({
  items: z.array(storedResultSchema),
  /** Per measure id. */
  targets: z.record(z.string(), personalTargetSchema),
  /** Measures the team wants to talk through in person: named to the person, never explained. */
  inPerson: z.array(z.string()),
  /** Results the team corrected, oldest first (absent on records from before corrections were kept). */
  corrections: z.array(resultCorrectionSchema).optional(),
  /** Per measure id: the result the person's question about it was asked about (absent as above). */
  askedAbout: z.record(z.string(), askedAboutSchema).optional(),
  /**
   * When the person (or their carer) chose not to go through the results before the visit: none is
   * asked about, and the plan says so. Gone once they ask to see them after all.
   */
  declinedAt: z.iso.datetime().optional(),
  /** Newer results of measures already gone through, not yet gone through (absent when none). */
  newer: z.array(newerResultSchema).optional(),
  /** Questions about earlier results of measures gone through again, oldest first (absent when none). */
  earlierQuestions: z.array(earlierQuestionSchema).optional(),
});
export type RecordResults = z.infer<typeof recordResultsSchema>;

/** The latest result of a measure: the one the person is shown, and asks about. */
export function latestResult(results: RecordResults, measure: string): StoredResult | undefined {
  return results.items
    .filter((r) => r.measure === measure)
    .sort((a, b) => a.at.localeCompare(b.at))
    .at(-1);
}

/** A record with no results. */
export function noResults(): RecordResults {
  return { items: [], targets: {}, inPerson: [] };
}

/** The record key of the person's questions and thoughts about one measure. */
export function resultThoughtsKey(measure: string): string {
  return `result.${measure}.thoughts`;
}

/** The measure a record key is about, when it is a result key. */
export function measureOfKey(key: string): string | undefined {
  return /^result\.([A-Za-z0-9]+)\.thoughts$/.exec(key)?.[1];
}
