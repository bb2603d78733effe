import type * as fhir4 from 'fhir/r4';
import { z } from 'zod';

/**
 * zod schemas for the FHIR R4 (4.0.1) resources Careprep exports, written from the specification
 * (hl7.org/fhir/R4): required elements (cardinality 1..), the bound required value sets, the
 * primitive formats, and the invariants that apply to what we send. Objects are strict, so an
 * element the specification does not define (a typo, an R5 element) fails validation.
 * Each schema's type is checked against the `@types/fhir` R4 interface at compile time.
 */

// Primitives (R4 §2.24 datatypes).
const uri = z.string().regex(/^\S+$/);
const code = z.string().regex(/^[^\s]+( [^\s]+)*$/);
const id = z.string().regex(/^[A-Za-z0-9\-.]{1,64}$/);
const dateTime = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1])(T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00)))?)?)?$/,
  );
const instant = z
  .string()
  .regex(
    /^([0-9]([0-9]([0-9][1-9]|[1-9]0)|[1-9]00)|[1-9]000)-(0[1-9]|1[0-2])-(0[1-9]|[1-2][0-9]|3[0-1])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|(\+|-)((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/,
  );
const date = z.string().regex(/^([0-9]{4})(-(0[1-9]|1[0-2])(-(0[1-9]|[1-2][0-9]|3[0-1]))?)?$/);
const markdownString = z.string().min(1);

// General-purpose datatypes.
const coding = z.strictObject({
  system: uri.optional(),
  version: z.string().optional(),
  code: code.optional(),
  display: z.string().optional(),
  userSelected: z.boolean().optional(),
});
const codeableConcept = z.strictObject({ coding: z.array(coding).optional(), text: z.string().optional() });
const identifier = z.strictObject({
  use: z.enum(['usual', 'official', 'temp', 'secondary', 'old']).optional(),
  system: uri.optional(),
  value: z.string().optional(),
});
/** ref-1: a literal reference is relative, absolute or a `urn:uuid:`/`#` reference. */
const reference = z
  .strictObject({
    reference: z.string().optional(),
    type: uri.optional(),
    identifier: identifier.optional(),
    display: z.string().optional(),
  })
  .refine((r) => r.reference !== undefined || r.identifier !== undefined || r.display !== undefined, {
    message: 'Reference needs a reference, identifier or display',
  });
const period = z.strictObject({ start: dateTime.optional(), end: dateTime.optional() });
const humanName = z.strictObject({
  use: z.enum(['usual', 'official', 'temp', 'nickname', 'anonymous', 'old', 'maiden']).optional(),
  text: z.string().optional(),
  family: z.string().optional(),
  given: z.array(z.string()).optional(),
});
const annotation = z.strictObject({
  authorReference: reference.optional(),
  authorString: z.string().optional(),
  text: markdownString,
  time: dateTime.optional(),
});
/** txt-1/txt-2: generated XHTML in the XHTML namespace, with some content. */
const narrative = z.strictObject({
  status: z.enum(['generated', 'extensions', 'additional', 'empty']),
  div: z.string().regex(/^<div xmlns="http:\/\/www\.w3\.org\/1999\/xhtml">[\s\S]*\S[\s\S]*<\/div>$/),
});
const extension = z.strictObject({
  url: uri,
  valueReference: reference.optional(),
  valueString: z.string().optional(),
  valueCode: code.optional(),
});

const domainResource = {
  id: id.optional(),
  meta: z.strictObject({ profile: z.array(uri).optional(), lastUpdated: instant.optional() }).optional(),
  text: narrative.optional(),
  extension: z.array(extension).optional(),
};

export const patientSchema = z.strictObject({
  resourceType: z.literal('Patient'),
  ...domainResource,
  identifier: z.array(identifier).optional(),
  active: z.boolean().optional(),
  name: z.array(humanName).optional(),
  gender: z.enum(['male', 'female', 'other', 'unknown']).optional(),
  birthDate: date.optional(),
});

export const relatedPersonSchema = z.strictObject({
  resourceType: z.literal('RelatedPerson'),
  ...domainResource,
  identifier: z.array(identifier).optional(),
  active: z.boolean().optional(),
  patient: reference,
  relationship: z.array(codeableConcept).optional(),
  name: z.array(humanName).optional(),
});

interface QrItem {
  extension?: z.infer<typeof extension>[];
  linkId: string;
  definition?: string;
  text?: string;
  answer?: Record<string, unknown>[];
  item?: QrItem[];
}
const qrAnswer = z
  .strictObject({
    valueBoolean: z.boolean().optional(),
    valueDecimal: z.number().optional(),
    valueInteger: z.number().int().optional(),
    valueDate: date.optional(),
    valueDateTime: dateTime.optional(),
    valueString: z.string().optional(),
    valueCoding: coding.optional(),
    valueReference: reference.optional(),
  })
  // value[x] is 0..1 and a choice: exactly one form per answer.
  .refine((a) => Object.keys(a).filter((k) => k.startsWith('value')).length === 1, {
    message: 'an answer carries exactly one value[x]',
  });
const qrItem: z.ZodType<QrItem> = z.lazy(() =>
  z
    .strictObject({
      extension: z.array(extension).optional(),
      linkId: z.string().min(1),
      definition: uri.optional(),
      text: z.string().optional(),
      answer: z.array(qrAnswer).optional(),
      item: z.array(qrItem).optional(),
    })
    // qrs-1: an item cannot contain both item and answer.
    .refine((i) => !(i.answer && i.item), { message: 'qrs-1' }),
);
export const questionnaireResponseSchema = z.strictObject({
  resourceType: z.literal('QuestionnaireResponse'),
  ...domainResource,
  identifier: identifier.optional(),
  questionnaire: uri.optional(),
  status: z.enum(['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped']),
  subject: reference.optional(),
  authored: dateTime.optional(),
  author: reference.optional(),
  source: reference.optional(),
  item: z.array(qrItem).optional(),
});

export const goalSchema = z.strictObject({
  resourceType: z.literal('Goal'),
  ...domainResource,
  identifier: z.array(identifier).optional(),
  lifecycleStatus: z.enum([
    'proposed',
    'planned',
    'accepted',
    'active',
    'on-hold',
    'completed',
    'cancelled',
    'entered-in-error',
    'rejected',
  ]),
  achievementStatus: codeableConcept.optional(),
  category: z.array(codeableConcept).optional(),
  priority: codeableConcept.optional(),
  description: codeableConcept,
  subject: reference,
  startDate: date.optional(),
  expressedBy: reference.optional(),
  note: z.array(annotation).optional(),
});

const carePlanActivity = z
  .strictObject({
    reference: reference.optional(),
    detail: z
      .strictObject({
        kind: z
          .enum([
            'Appointment',
            'CommunicationRequest',
            'DeviceRequest',
            'MedicationRequest',
            'NutritionOrder',
            'Task',
            'ServiceRequest',
            'VisionPrescription',
          ])
          .optional(),
        code: codeableConcept.optional(),
        goal: z.array(reference).optional(),
        status: z.enum([
          'not-started',
          'scheduled',
          'in-progress',
          'on-hold',
          'completed',
          'cancelled',
          'stopped',
          'unknown',
          'entered-in-error',
        ]),
        description: z.string().optional(),
      })
      .optional(),
  })
  // cpl-3: provide a reference or detail, not both.
  .refine((a) => !(a.reference && a.detail), { message: 'cpl-3' });
export const carePlanSchema = z.strictObject({
  resourceType: z.literal('CarePlan'),
  ...domainResource,
  identifier: z.array(identifier).optional(),
  status: z.enum(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
  intent: z.enum(['proposal', 'plan', 'order', 'option']),
  title: z.string().optional(),
  description: z.string().optional(),
  subject: reference,
  created: dateTime.optional(),
  author: reference.optional(),
  contributor: z.array(reference).optional(),
  goal: z.array(reference).optional(),
  activity: z.array(carePlanActivity).optional(),
  note: z.array(annotation).optional(),
});

export const flagSchema = z.strictObject({
  resourceType: z.literal('Flag'),
  ...domainResource,
  identifier: z.array(identifier).optional(),
  status: z.enum(['active', 'inactive', 'entered-in-error']),
  category: z.array(codeableConcept).optional(),
  code: codeableConcept,
  subject: reference,
  period: period.optional(),
  author: reference.optional(),
});

interface Provision {
  type?: 'deny' | 'permit';
  period?: z.infer<typeof period>;
  actor?: { role: z.infer<typeof codeableConcept>; reference: z.infer<typeof reference> }[];
  code?: z.infer<typeof codeableConcept>[];
  provision?: Provision[];
}
const provision: z.ZodType<Provision> = z.lazy(() =>
  z.strictObject({
    type: z.enum(['deny', 'permit']).optional(),
    period: period.optional(),
    actor: z.array(z.strictObject({ role: codeableConcept, reference })).optional(),
    code: z.array(codeableConcept).optional(),
    provision: z.array(provision).optional(),
  }),
);
export const consentSchema = z
  .strictObject({
    resourceType: z.literal('Consent'),
    ...domainResource,
    identifier: z.array(identifier).optional(),
    status: z.enum(['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error']),
    scope: codeableConcept,
    category: z.array(codeableConcept).min(1),
    patient: reference.optional(),
    dateTime: dateTime.optional(),
    performer: z.array(reference).optional(),
    organization: z.array(reference).optional(),
    policy: z.array(z.strictObject({ authority: uri.optional(), uri: uri.optional() })).optional(),
    policyRule: codeableConcept.optional(),
    provision: provision.optional(),
  })
  // ppc-1: either a policy or a policyRule.
  .refine((c) => c.policy !== undefined || c.policyRule !== undefined, { message: 'ppc-1' });

export const provenanceSchema = z.strictObject({
  resourceType: z.literal('Provenance'),
  ...domainResource,
  target: z.array(reference).min(1),
  occurredDateTime: dateTime.optional(),
  recorded: instant,
  reason: z.array(codeableConcept).optional(),
  activity: codeableConcept.optional(),
  agent: z
    .array(
      z
        .strictObject({
          type: codeableConcept.optional(),
          role: z.array(codeableConcept).optional(),
          who: reference,
          onBehalfOf: reference.optional(),
        })
        // prov-3 (R4 text): who and onBehalfOf cannot be the same.
        .refine((a) => !a.onBehalfOf || a.onBehalfOf.reference !== a.who.reference, { message: 'prov-3' }),
    )
    .min(1),
});

const compositionSection = z
  .strictObject({
    title: z.string().optional(),
    code: codeableConcept.optional(),
    author: z.array(reference).optional(),
    text: narrative.optional(),
    entry: z.array(reference).optional(),
    emptyReason: codeableConcept.optional(),
  })
  // cmp-1: text, entries or sub-sections; cmp-2: emptyReason only with no entries.
  .refine((s) => s.text !== undefined || (s.entry?.length ?? 0) > 0, { message: 'cmp-1' })
  .refine((s) => !(s.emptyReason && (s.entry?.length ?? 0) > 0), { message: 'cmp-2' });
export const compositionSchema = z.strictObject({
  resourceType: z.literal('Composition'),
  ...domainResource,
  identifier: identifier.optional(),
  status: z.enum(['preliminary', 'final', 'amended', 'entered-in-error']),
  type: codeableConcept,
  category: z.array(codeableConcept).optional(),
  subject: reference.optional(),
  date: dateTime,
  author: z.array(reference).min(1),
  title: z.string().min(1),
  section: z.array(compositionSection).optional(),
});

/** qty-3: a code needs its system. */
const quantity = z
  .strictObject({
    value: z.number().optional(),
    comparator: z.enum(['<', '<=', '>=', '>']).optional(),
    unit: z.string().optional(),
    system: uri.optional(),
    code: code.optional(),
  })
  .refine((q) => q.code === undefined || q.system !== undefined, { message: 'qty-3' });
/** obs-3: a reference range has a low, a high or a text. */
const referenceRange = z
  .strictObject({
    low: quantity.optional(),
    high: quantity.optional(),
    type: codeableConcept.optional(),
    text: z.string().optional(),
  })
  .refine((r) => r.low !== undefined || r.high !== undefined || r.text !== undefined, { message: 'obs-3' });
const observationValues = {
  valueQuantity: quantity.optional(),
  valueCodeableConcept: codeableConcept.optional(),
  valueString: z.string().optional(),
  valueInteger: z.number().int().optional(),
  referenceRange: z.array(referenceRange).optional(),
};
const onlyOneValue = (o: Record<string, unknown>): boolean =>
  ['valueQuantity', 'valueCodeableConcept', 'valueString', 'valueInteger'].filter((k) => o[k] !== undefined).length <=
  1;
export const observationSchema = z
  .strictObject({
    resourceType: z.literal('Observation'),
    ...domainResource,
    status: z.enum([
      'registered',
      'preliminary',
      'final',
      'amended',
      'corrected',
      'cancelled',
      'entered-in-error',
      'unknown',
    ]),
    category: z.array(codeableConcept).optional(),
    code: codeableConcept,
    subject: reference.optional(),
    effectiveDateTime: dateTime.optional(),
    ...observationValues,
    note: z.array(annotation).optional(),
    component: z
      .array(
        z
          .strictObject({ code: codeableConcept, ...observationValues })
          .refine(onlyOneValue, { message: 'value[x] 0..1' }),
      )
      .optional(),
  })
  .refine(onlyOneValue, { message: 'value[x] 0..1' });

const anyResource = z.discriminatedUnion('resourceType', [
  observationSchema,
  compositionSchema,
  patientSchema,
  relatedPersonSchema,
  questionnaireResponseSchema,
  goalSchema,
  carePlanSchema,
  flagSchema,
  consentSchema,
  provenanceSchema,
]);

export const bundleSchema = z
  .strictObject({
    resourceType: z.literal('Bundle'),
    id: id.optional(),
    identifier: identifier.optional(),
    type: z.enum([
      'document',
      'message',
      'transaction',
      'transaction-response',
      'batch',
      'batch-response',
      'history',
      'searchset',
      'collection',
    ]),
    timestamp: instant.optional(),
    total: z.number().int().optional(),
    entry: z.array(z.strictObject({ fullUrl: uri.optional(), resource: anyResource })).optional(),
  })
  // bdl-9/10/11: a document has an identifier (system and value), a timestamp, and a Composition first.
  .refine((b) => b.type !== 'document' || (b.identifier?.system && b.identifier.value), { message: 'bdl-9' })
  .refine((b) => b.type !== 'document' || b.timestamp !== undefined, { message: 'bdl-10' })
  .refine((b) => b.type !== 'document' || b.entry?.[0]?.resource.resourceType === 'Composition', {
    message: 'bdl-11',
  })
  // bdl-7: fullUrl is unique within the Bundle.
  .refine(
    (b) => {
      const urls = (b.entry ?? []).map((e) => e.fullUrl).filter((u) => u !== undefined);
      return new Set(urls).size === urls.length;
    },
    { message: 'bdl-7' },
  );

/** Compile-time: every schema's output is assignable to the R4 type from @types/fhir. */
type Assignable<Sub extends Base, Base> = Sub;
export type SchemaTypeChecks = [
  Assignable<z.infer<typeof patientSchema>, fhir4.Patient>,
  Assignable<z.infer<typeof relatedPersonSchema>, fhir4.RelatedPerson>,
  Assignable<z.infer<typeof questionnaireResponseSchema>, fhir4.QuestionnaireResponse>,
  Assignable<z.infer<typeof goalSchema>, fhir4.Goal>,
  Assignable<z.infer<typeof carePlanSchema>, fhir4.CarePlan>,
  Assignable<z.infer<typeof flagSchema>, fhir4.Flag>,
  Assignable<z.infer<typeof consentSchema>, fhir4.Consent>,
  Assignable<z.infer<typeof provenanceSchema>, fhir4.Provenance>,
  Assignable<z.infer<typeof compositionSchema>, fhir4.Composition>,
  Assignable<z.infer<typeof observationSchema>, fhir4.Observation>,
  Assignable<z.infer<typeof bundleSchema>, fhir4.Bundle>,
];
