import type { PlanView, PlanViewSectionId } from '../planView';
import type { PreparationRecord } from '../record';

/** A FHIR resource as JSON. The shapes are checked against the R4 specification in the tests. */
export type FhirResource = { resourceType: string; id: string } & Record<string, unknown>;

/** A reference to another entry of the same Bundle. */
export type FhirReference = { reference: string; display?: string };

/** A FHIR R4 document Bundle as JSON. */
export interface FhirBundle {
  resourceType: 'Bundle';
  id: string;
  identifier: { system: string; value: string };
  type: 'document';
  timestamp: string;
  entry: { fullUrl: string; resource: FhirResource }[];
}

/**
 * The Composition section code each section of the plan's view becomes: the PRSB headings, in the
 * order a reader meets them, flags first. A plan's goals and the CarePlan of their actions share
 * one section, as the plan shows them.
 */
export const compositionSectionOf = {
  flags: 'flags',
  aboutMe: 'aboutMe',
  whatMatters: 'whatMatters',
  results: 'results',
  goals: 'goals',
  topics: 'topics',
  mood: 'mood',
  carer: 'carers',
  contacts: 'contacts',
  review: 'review',
  sharing: 'consent',
} as const satisfies Record<PlanViewSectionId, string>;
export type CompositionSection = (typeof compositionSectionOf)[PlanViewSectionId];

/** The document's own words, from content: its type and title (the sections are titled as the plan is). */
export interface DocumentWords {
  type: string;
  title: string;
}

/** What the mapping needs besides the record: ids, the time, and display words from content. */
export interface BundleOptions {
  /** Makes a fresh UUID for each resource (injected so the mapping stays pure and tests repeatable). */
  newId: () => string;
  now: Date;
  document: DocumentWords;
  /** The plan's view of a shared record (`PlanRenderer.view`): the Composition is written from it. */
  planView: (record: PreparationRecord) => PlanView;
  /** Display text for a question (its wording), if known. */
  questionText?: (linkId: string) => string | undefined;
  /** Display text for an option id of a choice question, if known. */
  optionLabel?: (linkId: string, id: string) => string | undefined;
  /** Display text for a flag (`crisis.suicide`, `moodScreenPositive`), if known. */
  flagText?: (kind: string, detail: string) => string | undefined;
  /** What the results catalogue says of a measure, for exporting results as Observations. */
  resultTerm?: (measure: string) => ResultTerm | undefined;
}

/** Code systems of Careprep's own codes (sections, flags, recipients), under one base. */
export const careprepSystem = {
  section: 'https://careprep.example.org/fhir/CodeSystem/plan-section',
  flag: 'https://careprep.example.org/fhir/CodeSystem/flag',
  recipient: 'https://careprep.example.org/fhir/CodeSystem/recipient',
  option: 'https://careprep.example.org/fhir/CodeSystem/option',
  plan: 'https://careprep.example.org/fhir/plan',
  /** Where Careprep's own extensions are defined: `<this>/flag-safe-now`. */
  extension: 'https://careprep.example.org/fhir/StructureDefinition',
} as const;

/** A `urn:uuid:` reference to the entry with this id. */
export function ref(id: string, display?: string): FhirReference {
  return display ? { reference: `urn:uuid:${id}`, display } : { reference: `urn:uuid:${id}` };
}

/** What the export needs to know of a measure, from the results catalogue (content). */
export interface ResultTerm {
  name: string;
  /** UCUM code and the unit as shown. */
  unit: string;
  unitLabel: string;
  kind: 'quantity' | 'pair' | 'coded' | 'score';
  category: string;
  /** Blood pressure's component codes (systolic, diastolic). */
  parts?: { first: Coding; second: Coding };
  /** The code of a coded value (smoking: `exSmoker`). */
  valueCoding?: (id: string) => Coding | undefined;
}
export type Coding = { system: string; code: string; display?: string };
