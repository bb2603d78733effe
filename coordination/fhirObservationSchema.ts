import type * as fhir4 from 'fhir/r4';
import { z } from 'zod';

/**
 * The parts of a FHIR R4 Observation (hl7.org/fhir/R4/observation.html) that Careprep reads, as
 * a clinical system sends them. Elements we do not read (meta, text, performer, ...)
 * are allowed and dropped: a real system sends many. What we read is checked for its R4 type,
 * so a 400 can name the element that is wrong.
 */
const coding = z.object({
  system: z.string().optional(),
  code: z.string().optional(),
  display: z.string().optional(),
});
const codeableConcept = z.object({ coding: z.array(coding).optional(), text: z.string().optional() });
const quantity = z.object({
  value: z.number().optional(),
  comparator: z.enum(['<', '<=', '>=', '>']).optional(),
  unit: z.string().optional(),
  system: z.string().optional(),
  code: z.string().optional(),
});
const referenceRange = z.object({
  low: quantity.optional(),
  high: quantity.optional(),
  type: codeableConcept.optional(),
  text: z.string().optional(),
});
const extension = z.object({ url: z.string(), valueBoolean: z.boolean().optional() });

const values = {
  valueQuantity: quantity.optional(),
  valueCodeableConcept: codeableConcept.optional(),
  valueInteger: z.number().int().optional(),
  valueString: z.string().optional(),
  valueBoolean: z.boolean().optional(),
  dataAbsentReason: codeableConcept.optional(),
  referenceRange: z.array(referenceRange).optional(),
};

export const observationComponentSchema = z.object({ code: codeableConcept, ...values });

/** Observation.status (required binding, R4 ObservationStatus). */
export const observationStatuses = [
  'registered',
  'preliminary',
  'final',
  'amended',
  'corrected',
  'cancelled',
  'entered-in-error',
  'unknown',
] as const;

export const observationSchema = z.object({
  resourceType: z.literal('Observation'),
  id: z.string().optional(),
  status: z.enum(observationStatuses),
  code: codeableConcept,
  // Read only to see that one request is about one patient.
  subject: z
    .object({
      reference: z.string().optional(),
      identifier: z.object({ system: z.string().optional(), value: z.string().optional() }).optional(),
    })
    .optional(),
  effectiveDateTime: z.string().optional(),
  effectiveInstant: z.string().optional(),
  effectivePeriod: z.object({ start: z.string().optional(), end: z.string().optional() }).optional(),
  ...values,
  component: z.array(observationComponentSchema).optional(),
  extension: z.array(extension).optional(),
});
export type IncomingObservation = z.infer<typeof observationSchema>;

/** The most Observations one request may carry: a results sheet holds a dozen or so. */
export const maxObservationsPerRequest = 100;

/**
 * A transaction Bundle of Observations (and the Patient they name, if sent): all or nothing, as
 * FHIR defines a transaction. Entries are read as unknown here and each resource is checked on
 * its own, so a 400 names its entry.
 */
export const transactionBundleSchema = z.object({
  resourceType: z.literal('Bundle'),
  type: z.literal('transaction'),
  entry: z
    .array(
      z.object({
        fullUrl: z.string().optional(),
        resource: z.unknown(),
        // Checked per entry (`entryRequest` in observationRequest.ts): an Observation is a POST, a Patient may be a PUT.
        request: z.object({ method: z.string(), url: z.string() }),
      }),
    )
    .min(1)
    .max(maxObservationsPerRequest),
});

/** Compile-time: what we read is assignable to the R4 types from @types/fhir. */
type Assignable<Sub extends Base, Base> = Sub;
export type IncomingTypeChecks = [
  Assignable<z.infer<typeof quantity>, fhir4.Quantity>,
  Assignable<z.infer<typeof codeableConcept>, fhir4.CodeableConcept>,
  Assignable<Omit<IncomingObservation, 'extension'>, Omit<fhir4.Observation, 'extension'>>,
  Assignable<z.infer<typeof observationComponentSchema>, fhir4.ObservationComponent>,
];

/** Careprep's extension marking a result the team wants to talk through in person. */
export const discussInPersonExtension = 'https://careprep.example.org/fhir/StructureDefinition/discuss-in-person';
/** A reference range of this type is the person's own target (R4 referencerange-meaning). */
export const treatmentRange = {
  system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning',
  code: 'treatment',
};
/** UCUM, the only unit system read from `Quantity.system`. */
export const ucum = 'http://unitsofmeasure.org';
