import { z } from 'zod';
import type { Refusal } from './readObservation';
import { isNhsNumberSystem, subjectOf, type SubjectNames } from './samePatient';

/**
 * The parts of a FHIR R4 Patient (hl7.org/fhir/R4/patient.html) read from a transaction Bundle of
 * results: who it is (its id, an NHS number) and when they were born. Nothing of it is kept but
 * the patient it names and the date of birth, with each result that names it.
 */
const patientSchema = z.object({
  resourceType: z.literal('Patient'),
  id: z.string().optional(),
  identifier: z.array(z.object({ system: z.string().optional(), value: z.string().optional() })).optional(),
  birthDate: z.string().optional(),
});

/** A Patient in a request, as the Observations beside it may name it. */
export interface BundlePatient {
  /** `subjectOf` its id and NHS number (or first identifier), when it has either. */
  subject?: string;
  /** Its date of birth, only when given to the day (`YYYY-MM-DD`): a year alone gives no age. */
  born?: string;
  /** Its own names: the entry's `fullUrl` (often `urn:uuid:…`) and `Patient/id`. */
  fullUrl?: string;
  reference?: string;
  identifier?: { system: string; value: string };
  /** The element a refusal names (`entry[0].resource.identifier`). */
  field: string;
}

/** FHIR `date`: a year, a year and month, or a day; only a day says how old someone is. */
const fhirDate = /^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$/;

/** Reads one Patient entry; a date of birth that is not a FHIR date, not a real day, or after today is refused. */
export function readPatient(
  resource: unknown,
  fullUrl: string | undefined,
  prefix: string,
  now: Date,
): { ok: true; patient: BundlePatient } | { ok: false; refusal: Refusal } {
  const parsed = patientSchema.safeParse(resource);
  if (!parsed.success) {
    const path = parsed.error.issues[0]?.path.map(String).join('.') ?? '';
    return { ok: false, refusal: { field: `${prefix}${path}`.replace(/\.$/, ''), message: 'is not a valid Patient.' } };
  }
  const { id, identifier = [], birthDate } = parsed.data;
  const born = birthDate === undefined ? { ok: true as const } : dayOfBirth(birthDate, now);
  if (!born.ok)
    return {
      ok: false,
      refusal: { field: `${prefix}birthDate`, message: 'must be a FHIR date (YYYY-MM-DD), not after today.' },
    };
  const nhs = identifier.find((i) => isNhsNumberSystem(i.system) && i.value);
  const other = identifier.find((i) => i.system && i.value);
  const chosen = nhs ?? other;
  const names: SubjectNames = {
    reference: id ? `Patient/${id}` : undefined,
    identifier: chosen ? { system: chosen.system, value: chosen.value } : undefined,
  };
  return {
    ok: true,
    patient: {
      subject: subjectOf(names),
      born: born.day,
      fullUrl,
      reference: names.reference,
      identifier: chosen?.system && chosen.value ? { system: chosen.system, value: chosen.value } : undefined,
      field: chosen ? `${prefix}identifier` : `${prefix}id`,
    },
  };
}

function dayOfBirth(text: string, now: Date): { ok: true; day?: string } | { ok: false } {
  const match = fhirDate.exec(text);
  if (!match) return { ok: false };
  const [, year, month, day] = match;
  const first = `${year}-${month ?? '01'}-${day ?? '01'}`;
  const date = new Date(`${first}T00:00:00.000Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== first) return { ok: false };
  if (first > now.toISOString().slice(0, 10)) return { ok: false };
  return { ok: true, day: day ? first : undefined };
}

/**
 * The Patient an Observation's subject names, among a request's: by the entry's full URL, by
 * `Patient/id` (however written), or by the same identifier.
 */
export function patientNamed(
  subject: SubjectNames | undefined,
  patients: readonly BundlePatient[],
): BundlePatient | undefined {
  if (!subject) return undefined;
  const asReference = subject.reference ? subjectOf({ reference: subject.reference }) : undefined;
  return patients.find(
    (p) =>
      (subject.reference !== undefined && subject.reference === p.fullUrl) ||
      (asReference !== undefined &&
        p.reference !== undefined &&
        asReference === subjectOf({ reference: p.reference })) ||
      (subject.identifier?.value !== undefined &&
        p.identifier !== undefined &&
        subjectOf({ identifier: subject.identifier }) === subjectOf({ identifier: p.identifier })),
  );
}

/**
 * How an Observation naming `patient` names its subject: the Patient's id and NHS number in
 * place of a reference that only points inside the request (`urn:uuid:…`), its own identifier kept.
 */
export function throughPatient(subject: SubjectNames, patient: BundlePatient): SubjectNames {
  const local = subject.reference !== undefined && subject.reference === patient.fullUrl;
  return {
    reference: local ? patient.reference : (subject.reference ?? patient.reference),
    identifier: subject.identifier ?? patient.identifier,
  };
}
