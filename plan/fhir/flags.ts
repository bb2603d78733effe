import type { Flag, PreparationRecord } from '../record';
import { byFlagOrder } from '../flagOrder';
import { flagTopic } from '../recordView';
import type { People } from './people';
import { careprepSystem, type BundleOptions, type FhirResource } from './types';

/** Codes of crisis flags, before their kind: `crisis-suicide`, `carer-crisis-suicide`. */
const codeOf = { crisis: 'crisis', carerCrisis: 'carer-crisis' } as const;

/** Codes of flags with no kind after them. */
const plainCode = {
  moodScreenPositive: 'mood-screen-positive',
  carerStrain: 'carer-strain',
  youngCarer: 'young-carer',
} as const;

const clinicalCategory = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/flag-category', code: 'clinical', display: 'Clinical' }],
};

/**
 * What the lead contact reads beside a flag in the plan, as coded extensions (FHIR's Flag has no
 * element for them): how a crisis came to light, the reply when asked straight ("not sure" is never
 * sent as a yes), and a no or not sure to "are you safe right now?". None when nothing was said.
 */
function saidOf(flag: Flag): ({ url: string; valueCode: string } | { url: string; valueDateTime: string })[] {
  const said = { 'flag-via': flag.via, 'flag-reply': flag.reply, 'flag-safe-now': flag.safeNow };
  const codes = Object.entries(said).flatMap(([name, value]) =>
    value === undefined ? [] : [{ url: `${careprepSystem.extension}/${name}`, valueCode: value }],
  );
  // Came back after "are you safe right now?" and not yet said they are safe (H347).
  const back = flag.cameBackAt
    ? [{ url: `${careprepSystem.extension}/flag-came-back`, valueDateTime: flag.cameBackAt }]
    : [];
  return [...codes, ...back];
}

/** The record's flags as active clinical Flags, crisis flags, then mood, then a carer's strain, oldest first within each. */
export function flagsOf(record: PreparationRecord, people: People, options: BundleOptions): FhirResource[] {
  return [...record.flags].sort(byFlagOrder).map((flag) => {
    const topic = flagTopic(flag);
    // A carer's own crisis has a code of its own: the Flag's subject can only be the patient.
    const code = topic === 'crisis' || topic === 'carerCrisis' ? `${codeOf[topic]}-${flag.detail}` : plainCode[topic];
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
