import type { Consent } from '../record';
import type { People } from './people';
import { careprepSystem, type FhirResource } from './types';

/**
 * The person's consent to share: who may receive the plan (the linked lead contact) and, as deny
 * provisions, the sections they kept back. Proposed until given.
 */
export function consentOf(
  id: string,
  given: Consent | undefined,
  withheld: readonly string[],
  people: People,
): FhirResource {
  return {
    resourceType: 'Consent',
    id,
    status: given ? 'active' : 'proposed',
    scope: {
      coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }],
    },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: people.patientRef,
    ...(given ? { dateTime: given.at } : {}),
    performer: [people.who(given?.by ?? 'person')],
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTIN' }] },
    provision: {
      type: 'permit',
      actor: (given?.recipients ?? ['leadContact']).map((recipient) => ({
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
}
