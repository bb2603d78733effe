import type { z } from 'zod';
import type { ResultCatalogue } from '../content/results/resultCatalogue';
import { observationSchema, transactionBundleSchema } from './fhirObservationSchema';
import { sameTest } from '../plan/results/mergeResults';
import { readObservation, type ReadResult, type Refusal } from './readObservation';
import { differentPatients, subjectOf } from './samePatient';
import { patientNamed, readPatient, throughPatient, type BundlePatient } from './bundlePatient';

/** A patient a request's Observations name (`subjectOf`), and the first element that names them so. */
export interface NamedPatient {
  subject: string;
  field: string;
}

export type RequestReading =
  { ok: true; results: ReadResult[]; patients: NamedPatient[] } | { ok: false; refusal: Refusal };

/** Why results naming another patient are refused, within a request or after the invitation's earlier results. */
export const otherPatient = {
  inRequest: "names a different patient from the results before it: send one person's results in a request.",
  held: "names a different patient from the results already sent for this invitation: send only this person's results.",
  invited: "names a different NHS number from the one this invitation was made with: send only this person's results.",
  /** A reference that only the sender's server resolves, or another system's identifier, cannot be held to an NHS number. */
  noNhsNumber:
    "names the patient without their NHS number, so it cannot be checked against this invitation's: include the identifier with system https://fhir.nhs.uk/Id/nhs-number, or a Patient carrying it in the Bundle.",
  /** Nothing in common with the reference the invitation's results named before. */
  notShownSame:
    'names the patient differently from the results already sent for this invitation: include the same patient reference they used.',
};

/**
 * Reads the body of `POST /api/invitations/:id/observations`: one Observation, or a transaction
 * Bundle of them. Every Observation must be good for any to be taken (a transaction is all or
 * nothing); the first one that is not is named by its FHIR path (`entry[2].resource.status`).
 * The same result twice in one request counts once; two values for one measure at one time do not,
 * nor do Observations whose subjects name two patients (`differentPatients`: the same person named
 * two ways is one). The patient named (if any) is kept with each result, and each way it was named
 * returned, for intake to hold against the invitation's earlier results.
 */
export function readObservationRequest(body: unknown, catalogue: ResultCatalogue, now: Date): RequestReading {
  const kind = body && typeof body === 'object' && 'resourceType' in body ? body.resourceType : undefined;
  if (kind === 'Observation') return readAll([{ resource: body, prefix: '' }], catalogue, now);
  if (kind !== 'Bundle')
    return refuse('resourceType', 'must be Observation, or Bundle (a transaction of Observations).');
  const bundle = transactionBundleSchema.safeParse(body);
  if (!bundle.success) return refuse(...issue(bundle.error, ''));
  const observations: { resource: unknown; prefix: string }[] = [];
  const bundlePatients: BundlePatient[] = [];
  for (const [i, entry] of bundle.data.entry.entries()) {
    const prefix = `entry[${i}].resource.`;
    const isPatient = isResource(entry.resource, 'Patient');
    const wrong = entryRequest(entry.request, isPatient);
    if (wrong) return refuse(`entry[${i}].request.${wrong}`, requestRule[isPatient ? 'patient' : 'observation']);
    if (!isPatient) observations.push({ resource: entry.resource, prefix });
    else {
      const read = readPatient(entry.resource, entry.fullUrl, prefix, now);
      if (!read.ok) return { ok: false, refusal: read.refusal };
      bundlePatients.push(read.patient);
    }
  }
  return readAll(observations, catalogue, now, bundlePatients);
}

const requestRule = {
  observation: 'must be a POST to Observation.',
  patient: 'must be a POST to Patient, or a PUT to Patient/id.',
};

/** The part of an entry's request that is wrong for its resource (`method` or `url`), if any. */
function entryRequest(request: { method: string; url: string }, isPatient: boolean): 'method' | 'url' | undefined {
  if (!isPatient)
    return request.method !== 'POST' ? 'method' : /^Observation\/?$/.test(request.url) ? undefined : 'url';
  if (request.method !== 'POST' && request.method !== 'PUT') return 'method';
  return /^Patient(?:\/[A-Za-z0-9\-.]{1,64})?\/?$/.test(request.url) ? undefined : 'url';
}

const isResource = (resource: unknown, type: string): boolean =>
  !!resource && typeof resource === 'object' && 'resourceType' in resource && resource.resourceType === type;

function readAll(
  entries: readonly { resource: unknown; prefix: string }[],
  catalogue: ResultCatalogue,
  now: Date,
  bundlePatients: readonly BundlePatient[] = [],
): RequestReading {
  const results: ReadResult[] = [];
  const patients: NamedPatient[] = [];
  // A Patient sent beside the results is one they may name: two different ones are two people.
  for (const patient of bundlePatients) {
    const named = patient.subject;
    if (named === undefined) continue;
    if (patients.some((p) => differentPatients(p.subject, named))) return refuse(patient.field, otherPatient.inRequest);
    patients.push({ subject: named, field: patient.field });
  }
  for (const { resource, prefix } of entries) {
    const parsed = observationSchema.safeParse(resource);
    if (!parsed.success) return refuse(...issue(parsed.error, prefix));
    // Named through the Patient beside it, a reference inside the request becomes the Patient's id and NHS number.
    const patient = patientNamed(parsed.data.subject, bundlePatients);
    const subject = patient && parsed.data.subject ? throughPatient(parsed.data.subject, patient) : parsed.data.subject;
    // The invitation is one person's: a request naming two patients has someone else's results in it.
    const named = subjectOf(subject);
    if (named !== undefined && patients.some((p) => differentPatients(p.subject, named)))
      return refuse(`${prefix}subject`, otherPatient.inRequest);
    if (named !== undefined && !patients.some((p) => p.subject === named))
      patients.push({ subject: named, field: `${prefix}subject` });
    const read = readObservation(parsed.data, catalogue, now);
    if (!read.ok) return refuse(`${prefix}${read.refusal.field}`, read.refusal.message);
    // Kept with the result, so a later request naming another patient can be refused (`ResultIntake`),
    // with the date of birth the Patient gave (the target for blood pressure changes at 80).
    const result = {
      ...read.value.result,
      ...(named === undefined ? {} : { subject: named }),
      ...(patient?.born === undefined ? {} : { born: patient.born }),
    };
    const same = results.filter((r) => sameTest(r.result, result));
    if (same.some((r) => JSON.stringify(r.result.value) === JSON.stringify(result.value))) continue;
    if (same.length > 0)
      return refuse(`${prefix}value`, `a second, different ${result.measure} for the same time in one request.`);
    results.push({ ...read.value, result });
  }
  return { ok: true, results, patients };
}

function refuse(field: string, message: string): RequestReading {
  return { ok: false, refusal: { field, message } };
}

/** The first problem zod found, as a FHIR path and a message. */
function issue(error: z.ZodError, prefix: string): [string, string] {
  const first = error.issues[0];
  const path = (first?.path ?? [])
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i > 0 ? '.' : ''}${String(part)}`))
    .join('');
  const field = `${prefix}${path}`.replace(/\.$/, '') || prefix.replace(/\.$/, '') || 'body';
  return [field, first?.message ?? 'is not valid.'];
}
