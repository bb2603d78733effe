import type { Refusal } from './readObservation';
import { otherPatient, type NamedPatient } from './observationRequest';
import { differentPatients, namesIn, nhsNumberSystem, subjectOf } from './samePatient';

/**
 * Holds the patients a request names (`NamedPatient`, in the order they appear) against whose
 * results an invitation holds: the NHS number it was made with, and the patients its earlier
 * results named (`subject` kept with each). The first results fix who that is (their NHS number,
 * or failing that their reference); each later patient, in this request too, must be shown to be
 * them, not merely not shown to be someone else (H269):
 * - another NHS number, or another reference where both carry one, is another person;
 * - once an NHS number is known, a patient with none is theirs only by a reference (or identifier)
 *   already sent together with that number: a bare `Patient/456` resolves only on the sender's
 *   server, so it cannot be checked;
 * - with no NHS number known, a patient is theirs only by the same reference (or identifier of one
 *   system) as before; an NHS number sent with it is then known too.
 * The first refused is returned with the element that names it; results naming no patient are not held.
 */
export function refusedPatient(
  invitedNhsNumber: string | undefined,
  heldSubjects: readonly string[],
  patients: readonly NamedPatient[],
): Refusal | undefined {
  const invited = invitedNhsNumber
    ? subjectOf({ identifier: { system: nhsNumberSystem, value: invitedNhsNumber } })
    : undefined;
  const known = [...(invited ? [invited] : []), ...heldSubjects];
  for (const patient of patients) {
    const refuse = (message: string): Refusal => ({ field: patient.field, message });
    if (invited && differentPatients(invited, patient.subject)) return refuse(otherPatient.invited);
    if (known.some((subject) => differentPatients(subject, patient.subject))) return refuse(otherPatient.held);
    const shown = shownSame(known, patient.subject);
    if (shown !== true) return refuse(shown === 'noNhsNumber' ? otherPatient.noNhsNumber : otherPatient.notShownSame);
    known.push(patient.subject);
  }
  return undefined;
}

/** True when `subject` is shown to be the patient `known` names (anyone, when it names none yet), else why not. */
function shownSame(known: readonly string[], subject: string): true | 'noNhsNumber' | 'notShownSame' {
  if (known.length === 0) return true;
  const named = namesIn(subject);
  const all = known.map(namesIn);
  const numbers = new Set(all.flatMap((k) => (k.nhsNumber === undefined ? [] : [k.nhsNumber])));
  const shares = (k: ReturnType<typeof namesIn>): boolean =>
    (named.reference !== undefined && named.reference === k.reference) ||
    (named.identifier !== undefined && named.identifier === k.identifier);
  if (numbers.size > 0) {
    if (named.nhsNumber !== undefined && numbers.has(named.nhsNumber)) return true;
    // Another way of naming them counts only where it came with their NHS number.
    return all.some((k) => k.nhsNumber !== undefined && numbers.has(k.nhsNumber) && shares(k)) ? true : 'noNhsNumber';
  }
  return all.some(shares) ? true : 'notShownSame';
}
