import { z } from 'zod';
import { targetBandSchema } from '../../plan/results/resultSchema';

/** The code systems a result may be coded in, by their short names in the catalogue. */
export const codeSystems = {
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  /** Careprep's own codes, only for measures no published code was found for (see measures.yaml). */
  careprep: 'https://careprep.example.org/fhir/CodeSystem/measure',
} as const;
export type CodeSystemName = keyof typeof codeSystems;

const codeSchema = z.strictObject({
  system: z.enum(['loinc', 'snomed', 'careprep']),
  code: z.string().regex(/^[A-Za-z0-9-]+$/),
  display: z.string().min(1),
  /** The unit this code implies (an IFCC HbA1c is always mmol/mol). */
  unit: z.string().optional(),
  /** For a finding that is itself the value (MRC grade 3). */
  grade: z.number().int().optional(),
  /** Not confirmed against a published terminology release (see measures.yaml). */
  review: z.boolean().default(false),
});
export type MeasureCode = z.infer<typeof codeSchema>;

const rangeSchema = z.strictObject({ min: z.number(), max: z.number() });

/** One measure of the results catalogue (`content/results/measures.yaml`). */
export const measureSchema = z.strictObject({
  name: z.string().min(1),
  /** Its name inside a sentence ("your blood pressure"), where that is not `name` as written. */
  inSentence: z.string().min(1).optional(),
  /**
   * Words a person may call it by beside its name ("kidney" for eGFR and ACR), to hear it asked
   * about: one the care team did not send is said not to have been sent.
   */
  askedAs: z.array(z.string().min(1)).default([]),
  /** What it measures, in plain words. */
  what: z.string().min(1),
  /** The same again in plainer words, for someone who asks "what does that mean?": it describes, never judges. */
  plainer: z.string().min(1),
  /** Conditions it usually goes with (`conditions` option ids), for the coordinator's card. */
  conditions: z.array(z.string()).default([]),
  /** The Observation category it is exported with (R4 observation-category). */
  category: z
    .enum(['laboratory', 'vital-signs', 'social-history', 'survey', 'procedure', 'exam'])
    .default('laboratory'),
  /** `quantity`: one number; `pair`: two (blood pressure); `coded`: a finding; `score`: a whole-number scale. */
  kind: z.enum(['quantity', 'pair', 'coded', 'score']),
  /** The UCUM unit values are kept and shown in. */
  unit: z.string(),
  unitLabel: z.string(),
  decimals: z.number().int().min(0).max(2),
  /** Units a value may arrive in (UCUM codes): kept value = sent value × factor + offset. */
  units: z.record(z.string(), z.strictObject({ factor: z.number().positive(), offset: z.number().default(0) })),
  /** Anything outside is refused: not a result anyone could have. */
  possible: rangeSchema,
  possibleSecond: rangeSchema.optional(),
  /** Changes this small or smaller are "about the same". */
  sameWithin: z.number().min(0),
  /** Which way is better, for the chart's shading and nothing else: the words never judge. */
  better: z.enum(['lower', 'higher', 'inRange', 'none']),
  /** Called a usual range rather than a target (oxygen, eGFR): what healthy people have, not an aim. */
  targetIsRange: z.boolean().default(false),
  /** The usual target or range, with its source. */
  target: targetBandSchema.extend({ source: z.string().min(1) }).optional(),
  /**
   * The usual target from an age on (blood pressure from 80), with its source. Careprep is not told
   * a person's age, so both targets are told, and where a value sits is said for each when they differ.
   */
  targetFromAge: targetBandSchema.extend({ age: z.number().int().positive(), source: z.string().min(1) }).optional(),
  /**
   * The usual target while the latest result of another measure is at or over `atLeast` (blood
   * pressure below 130/80 with an ACR of 70 mg/mmol or more, NICE NG203), with its source.
   */
  targetFromResult: targetBandSchema
    .extend({ measure: z.string().min(1), atLeast: z.number(), source: z.string().min(1) })
    .optional(),
  /**
   * Below this (either number of a pair) a value is lower than usual for anyone, with its source:
   * never called inside a target that is only an upper limit.
   */
  lowerThanUsual: z
    .strictObject({ below: z.number(), belowSecond: z.number().optional(), source: z.string().min(1) })
    .optional(),
  /**
   * From this (either number of a pair, at or above) a reading told in the chat, at any question,
   * needs help the same day (bot/readingGuard.ts), with its source.
   */
  veryHigh: z
    .strictObject({ from: z.number(), fromSecond: z.number().optional(), source: z.string().min(1) })
    .optional(),
  /** For a coded measure: the target in words, and its source. */
  targetWords: z.string().optional(),
  targetSource: z.string().optional(),
  codes: z.array(codeSchema).min(1),
  /** Blood pressure's parts: systolic (first) and diastolic (second). */
  components: z.strictObject({ first: z.array(codeSchema).min(1), second: z.array(codeSchema).min(1) }).optional(),
  /** A coded measure's values. */
  values: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z][A-Za-z]*$/),
        label: z.string().min(1),
        codes: z.array(codeSchema),
      }),
    )
    .optional(),
});
export type Measure = z.infer<typeof measureSchema> & { id: string };

export const measuresFileSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*$/), measureSchema);
