import type { PreparationRecord } from '../record';
import type { People } from './people';
import { careprepSystem, type BundleOptions, type FhirResource } from './types';

const clinicalCategory = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' }],
};

/** The record's flags as active clinical Flags, crisis flags before mood flags, oldest first within each. */
export function flagsOf(record: PreparationRecord, people: People, options: BundleOptions): FhirResource[] {
  return [...record.flags]
    .sort((a, b) => (a.kind === b.kind ? a.at.localeCompare(b.at) : a.kind === 'crisis' ? -1 : 1))
    .map((flag) => {
      const code = flag.kind === 'crisis' ? `crisis-${flag.detail}` : 'mood-screen-positive';
      const display = options.flagText?.(flag.kind, flag.detail);
      return {
        resourceType: 'Flag',
        id: options.newId(),
        status: 'active',
        category: [clinicalCategory],
        code: { coding: [{ system: careprepSystem.flag, code, ...(display ? { display } : {}) }] },
        subject: people.patientRef,
        period: { start: flag.at },
        author: people.who(flag.by),
      };
    });
}
