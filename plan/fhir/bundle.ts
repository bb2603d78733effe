import { excludedSections, type PlanSection, sectionOfKey } from '../consentScope';
import type { Answer, AnsweredBy, PreparationRecord } from '../record';
import { answered, goalCount, subjectName, textAnswer } from '../recordView';

/** A FHIR resource as JSON. The shapes are checked against the R4 specification in the tests. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** A FHIR R4 document Bundle as JSON. */
export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  identifier: { system: string; value: string };
  type: 'document';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

/** What the mapping needs besides the record: ids, the time, and display words from content. */
export interface BundleOptions {
  /** Makes a fresh UUID for each resource (injected so the mapping stays pure and tests repeatable). */
  newId: () => string;
  now: Date;
  /** Display text for a question (its wording), if known. */
  questionText?: (linkId: string) => string | undefined;
  /** Display text for an option id of a choice question, if known. */
  optionLabel?: (linkId: string, id: string) => string | undefined;
  /** Display text for a flag (`crisis.suicide`, `moodScreenPositive`), if known. */
  flagText?: (kind: string, detail: string) => string | undefined;
}

/** Code systems of Careprep's own codes (sections, flags, recipients), under one base. */
export const careprepSystem = {
  section: 'https://careprep.example.org/fhir/CodeSystem/plan-section',
  flag: 'https://careprep.example.org/fhir/CodeSystem/flag',
  recipient: 'https://careprep.example.org/fhir/CodeSystem/recipient',
  option: 'https://careprep.example.org/fhir/CodeSystem/option',
  plan: 'https://careprep.example.org/fhir/plan',
} as const;

const itemAuthorExtension = 'http://hl7.org/fhir/StructureDefinition/questionnaireresponse-author';

/**
 * The Composition's sections, titled with the PRSB Personalised Care and Support Plan headings,
 * flags first so a reader sees safety notes before anything else.
 */
const headings: readonly { id: PlanSection | 'flags' | 'carers' | 'review' | 'actions'; title: string }[] = [
  { id: 'flags', title: 'Alerts' },
  { id: 'aboutMe', title: 'About me' },
  { id: 'whatMatters', title: 'What matters to me' },
  { id: 'goals', title: 'Goals and outcomes' },
  { id: 'actions', title: 'Actions and support needs' },
  { id: 'topics', title: 'Things I want to discuss' },
  { id: 'mood', title: 'Mood' },
  { id: 'carers', title: 'People important to me and carers' },
  { id: 'consent', title: 'Consent and sharing' },
  { id: 'review', title: 'Review date' },
];

/**
 * Maps a record that holds only what may be shared (see `sharedRecord`) to a FHIR R4 document
 * Bundle: Composition, Patient, RelatedPerson (a carer), QuestionnaireResponse, Goals, CarePlan,
 * Flags, Consent and Provenance. Every reference is a `urn:uuid:` of an entry in the Bundle.
 */
export function toFhirBundle(record: PreparationRecord, options: BundleOptions): FhirBundle {
  const ids = {
    bundle: options.newId(),
    composition: options.newId(),
    patient: options.newId(),
    carer: options.newId(),
    response: options.newId(),
    carePlan: options.newId(),
    consent: options.newId(),
    provenance: options.newId(),
  };
  const ref = (id: string, display?: string): { reference: string; display?: string } =>
    display ? { reference: `urn:uuid:${id}`, display } : { reference: `urn:uuid:${id}` };
  const carerAnswered = Object.values(record.answers).some((answer) => answer.by === 'carer');
  const carerName = textAnswer(record, 'respondent.name');
  const patientRef = ref(ids.patient);
  const carerRef = ref(ids.carer);
  const who = (by: AnsweredBy): { reference: string } => (by === 'carer' && carerAnswered ? carerRef : patientRef);
  const consentGiven = [...record.consents].reverse().find((consent) => consent.decision === 'share');
  // The consent says what was kept back; the answers that would say so may themselves be withheld.
  const withheld: readonly string[] = consentGiven?.excludedSections ?? excludedSections(record);
  const now = options.now.toISOString();

  const patient: FhirResource = {
    resourceType: 'Patient',
    id: ids.patient,
    ...(subjectName(record) ? { name: [{ text: subjectName(record) }] } : {}),
  };
  const relationship = textAnswer(record, 'respondent.relationship');
  const carer: FhirResource | undefined = carerAnswered
    ? {
        resourceType: 'RelatedPerson',
        id: ids.carer,
        patient: patientRef,
        ...(relationship ? { relationship: [{ text: relationship }] } : {}),
        ...(carerName ? { name: [{ text: carerName }] } : {}),
      }
    : undefined;

  const items = Object.entries(record.answers)
    .filter(([, answer]) => answer.status !== 'skipped')
    .sort(([, a], [, b]) => a.at.localeCompare(b.at))
    .map(([linkId, answer]) => questionItem(linkId, answer, options, answer.by === 'carer' ? carerRef : undefined));
  const response: FhirResource = {
    resourceType: 'QuestionnaireResponse',
    id: ids.response,
    identifier: { system: careprepSystem.plan, value: `${record.id}/v${record.planVersion}` },
    status: 'completed',
    subject: patientRef,
    authored: record.updatedAt,
    author: carerAnswered ? carerRef : patientRef,
    source: patientRef,
    item: items,
  };

  const goals: FhirResource[] = [];
  const activities: Record<string, unknown>[] = [];
  for (let n = 1; n <= goalCount(record); n++) {
    const text = answered(record, `goal.${n}.text`);
    if (!text || typeof text.value !== 'string') continue;
    const id = options.newId();
    const notes = [`goal.${n}.importance`, `goal.${n}.confidence`, `goal.${n}.barriers`, `goal.${n}.moreLikely`]
      .map((key) => [key, answered(record, key)?.value] as const)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => ({ text: `${options.questionText?.(key) ?? key}: ${String(value)}` }));
    goals.push({
      resourceType: 'Goal',
      id,
      lifecycleStatus: 'proposed',
      description: { text: text.value },
      subject: patientRef,
      startDate: text.at.slice(0, 10),
      expressedBy: who(text.by),
      ...(notes.length > 0 ? { note: notes } : {}),
    });
    const action = textAnswer(record, `goal.${n}.action`);
    if (action) activities.push({ detail: { status: 'not-started', description: action, goal: [ref(id)] } });
  }

  const flags: FhirResource[] = [...record.flags]
    .sort((a, b) => (a.kind === b.kind ? a.at.localeCompare(b.at) : a.kind === 'crisis' ? -1 : 1))
    .map((flag) => {
      const code = flag.kind === 'crisis' ? `crisis-${flag.detail}` : 'mood-screen-positive';
      const display = options.flagText?.(flag.kind, flag.detail);
      return {
        resourceType: 'Flag',
        id: options.newId(),
        status: 'active',
        category: [
          {
            coding: [
              { system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' },
            ],
          },
        ],
        code: { coding: [{ system: careprepSystem.flag, code, ...(display ? { display } : {}) }] },
        subject: patientRef,
        period: { start: flag.at },
        author: who(flag.by),
      };
    });

  const carePlan: FhirResource = {
    resourceType: 'CarePlan',
    id: ids.carePlan,
    status: 'draft',
    intent: 'proposal',
    subject: patientRef,
    created: record.createdAt,
    author: carerAnswered ? carerRef : patientRef,
    ...(goals.length > 0 ? { goal: goals.map((goal) => ref(goal.id)) } : {}),
    ...(activities.length > 0 ? { activity: activities } : {}),
  };

  const consent: FhirResource = {
    resourceType: 'Consent',
    id: ids.consent,
    status: consentGiven ? 'active' : 'proposed',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: patientRef,
    ...(consentGiven ? { dateTime: consentGiven.at } : {}),
    performer: [consentGiven?.by === 'carer' && carerAnswered ? carerRef : patientRef],
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      actor: (consentGiven?.recipients ?? ['leadContact']).map((recipient) => ({
        role: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationType', code: 'IRCP' }],
        },
        reference: { identifier: { system: careprepSystem.recipient, value: recipient } },
      })),
      ...(withheld.length > 0
        ? {
            provision: withheld.map((section) => ({
              type: 'deny',
              code: [{ coding: [{ system: careprepSystem.section, code: section }] }],
            })),
          }
        : {}),
    },
  };

  const sectionEntries: Record<string, { reference: string }[]> = {
    flags: flags.map((flag) => ref(flag.id)),
    aboutMe: [patientRef],
    goals: goals.map((goal) => ref(goal.id)),
    actions: [ref(ids.carePlan)],
    carers: carer ? [carerRef] : [],
    consent: [ref(ids.consent)],
  };
  const composition: FhirResource = {
    resourceType: 'Composition',
    id: ids.composition,
    status: 'preliminary',
    type: { text: 'Personalised care and support plan' },
    subject: patientRef,
    date: now,
    author: [carerAnswered ? carerRef : patientRef],
    title: 'Personalised care and support plan (draft, prepared before the appointment)',
    section: headings
      .filter((heading) => !withheld.includes(heading.id))
      .filter((heading) => heading.id !== 'flags' || flags.length > 0)
      .map((heading) => {
        const entries = sectionEntries[heading.id] ?? [];
        const lines = sectionLines(record, heading.id, options);
        return {
          title: heading.title,
          code: { coding: [{ system: careprepSystem.section, code: heading.id }] },
          text: { status: 'generated', div: narrative(lines.length > 0 ? lines : [heading.title]) },
          ...(entries.length > 0 ? { entry: entries } : {}),
        };
      }),
  };

  const resources: FhirResource[] = [
    composition,
    patient,
    ...(carer ? [carer] : []),
    response,
    ...goals,
    carePlan,
    ...flags,
    consent,
  ];
  const provenance: FhirResource = {
    resourceType: 'Provenance',
    id: ids.provenance,
    target: resources.map((resource) => ref(resource.id)),
    recorded: now,
    agent: [
      {
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type', code: 'author' }],
        },
        who: carerAnswered ? carerRef : patientRef,
        ...(carerAnswered ? { onBehalfOf: patientRef } : {}),
      },
    ],
  };

  return {
    resourceType: 'Bundle',
    id: ids.bundle,
    identifier: { system: 'urn:ietf:rfc:3986', value: `urn:uuid:${ids.bundle}` },
    type: 'document',
    timestamp: now,
    entry: [...resources, provenance].map((resource) => ({ fullUrl: `urn:uuid:${resource.id}`, resource })),
  };
}

function questionItem(
  linkId: string,
  answer: Answer,
  options: BundleOptions,
  author: { reference: string } | undefined,
): Record<string, unknown> {
  const text = options.questionText?.(linkId);
  const values =
    answer.status === 'answered' && answer.value !== null ? answerValues(linkId, answer.value, options) : [];
  return {
    ...(author ? { extension: [{ url: itemAuthorExtension, valueReference: author }] } : {}),
    linkId,
    ...(text ? { text } : {}),
    ...(values.length > 0 ? { answer: values } : {}),
  };
}

function answerValues(
  linkId: string,
  value: NonNullable<Answer['value']>,
  options: BundleOptions,
): Record<string, unknown>[] {
  const coding = (id: string): Record<string, unknown> => {
    const display = options.optionLabel?.(linkId, id);
    return { valueCoding: { system: careprepSystem.option, code: id, ...(display ? { display } : {}) } };
  };
  if (Array.isArray(value)) return value.map(coding);
  if (typeof value === 'boolean') return [{ valueBoolean: value }];
  if (typeof value === 'number') return [Number.isInteger(value) ? { valueInteger: value } : { valueDecimal: value }];
  if (options.optionLabel?.(linkId, value) !== undefined) return [coding(value)];
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return [{ valueDate: value }];
  return [{ valueString: value }];
}

/** The answers of one section as "question: answer" lines, for the section's narrative. */
function sectionLines(record: PreparationRecord, section: string, options: BundleOptions): string[] {
  return Object.entries(record.answers)
    .filter(([key, answer]) => sectionOfKey(key) === section && answer.status === 'answered' && answer.value !== null)
    .map(([key, answer]) => {
      const value = answer.value;
      const shown = Array.isArray(value)
        ? value.map((id) => options.optionLabel?.(key, id) ?? id).join(', ')
        : typeof value === 'string'
          ? (options.optionLabel?.(key, value) ?? value)
          : String(value);
      return `${options.questionText?.(key) ?? key}: ${shown}`;
    });
}

/** XHTML narrative, every line escaped: typed text must never become markup in a clinical system. */
function narrative(lines: readonly string[]): string {
  const items = lines.map((line) => `<li>${escapeXml(line)}</li>`).join('');
  return `<div xmlns="http://www.w3.org/1999/xhtml"><ul>${items}</ul></div>`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
