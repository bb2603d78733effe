import { excludedSections } from '../consentScope';
import type { PreparationRecord } from '../record';
import { compositionOf } from './composition';
import { consentOf } from './consent';
import { flagsOf } from './flags';
import { observationsOf } from './observations';
import { goalsAndCarePlan } from './goals';
import { peopleOf } from './people';
import { questionnaireResponse } from './questionnaireResponse';
import { ref, type BundleOptions, type FhirBundle, type FhirResource } from './types';

export type { BundleOptions, DocumentWords, FhirBundle, FhirResource } from './types';

/**
 * Maps a record that holds only what may be shared (see `sharedRecord`) to a FHIR R4 document
 * Bundle: Composition, Patient, RelatedPerson (a carer), QuestionnaireResponse, Goals, CarePlan,
 * Flags, Observations (results, with the person's questions as notes), Consent and Provenance. Every reference is a `urn:uuid:` of an entry in the Bundle.
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
  const people = peopleOf(record, ids.patient, ids.carer);
  const consentGiven = [...record.consents].reverse().find((consent) => consent.decision === 'share');
  // The consent says what was kept back; the answers that would say so may themselves be withheld.
  const withheld: readonly string[] = consentGiven?.excludedSections ?? excludedSections(record);

  const response = questionnaireResponse(record, ids.response, people, options);
  const { goals, carePlan } = goalsAndCarePlan(record, ids.carePlan, people, options);
  const flags = flagsOf(record, people, options);
  const observations = observationsOf(record, people, options);
  const consent = consentOf(ids.consent, consentGiven, withheld, people);
  const composition = compositionOf(
    options.planView(record),
    ids.composition,
    {
      flags: flags.map((flag) => ref(flag.id)),
      aboutMe: [people.patientRef],
      results: observations.map((observation) => ref(observation.id)),
      goals: [...goals.map((goal) => ref(goal.id)), ref(ids.carePlan)],
      carers: people.carer ? [people.carerRef] : [],
      consent: [ref(ids.consent)],
    },
    people,
    options,
  );

  const resources: FhirResource[] = [
    composition,
    people.patient,
    ...(people.carer ? [people.carer] : []),
    response,
    ...goals,
    carePlan,
    ...flags,
    ...observations,
    consent,
  ];
  const now = options.now.toISOString();
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
        who: people.author,
        ...(people.carer ? { onBehalfOf: people.patientRef } : {}),
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
