import type { Flag, PreparationRecord } from '../record';
import { flagTopic } from '../recordView';
import type { People } from './people';
import { careprepSystem, type BundleOptions, type FhirResource } from './types';

/** Codes of crisis flags, before their kind: `crisis-suicide`, `carer-crisis-suicide`. */
const codeOf = { crisis: 'crisis', carerCrisis: 'carer-crisis' } as const;

const clinicalCategory = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' }],
};

/**
 * What the lead contact reads beside a flag in the plan, as coded extensions (FHIR's Flag has no
 * element for them): how a crisis came to light, the reply when asked straight ("not sure" is never
 * sent as a yes), and a no or not sure to "are you safe right now?". None when nothing was said.
 */
function saidOf(flag: Flag): { url: string; valueCode: string }[] {
  const said = { 'flag-via': flag.via, 'flag-reply': flag.reply, 'flag-safe-now': flag.safeNow };
  return Object.entries(said).flatMap(([name, value]) =>
    value === undefined ? [] : [{ url: `${careprepSystem.extension}/${name}`, valueCode: value }],
  );
}

/** The record's flags as active clinical Flags, crisis flags before mood flags, oldest first within each. */
export function flagsOf(record: PreparationRecord, people: People, options: BundleOptions): FhirResource[] {
  return [...record.flags]
    .sort((a, b) => (a.kind === b.kind ? a.at.localeCompare(b.at) : a.kind === 'crisis' ? -1 : 1))
    .map((flag) => {
      const topic = flagTopic(flag);
      // A carer's own crisis has a code of its own: the Flag's subject can only be the patient.
      const code = topic === 'moodScreenPositive' ? 'mood-screen-positive' : `${codeOf[topic]}-${flag.detail}`;
      const display = options.flagText?.(topic, flag.detail);
      const said = saidOf(flag);
      return {
        resourceType: 'Flag',
        id: options.newId(),
        ...(said.length > 0 ? { extension: said } : {}),
        status: 'active',
        category: [clinicalCategory],
        code: { coding: [{ system: careprepSystem.flag, code, ...(display ? { display } : {}) }] },
        subject: people.patientRef,
        period: { start: flag.at },
        author: people.who(flag.by),
      };
    });
}
