import type { z } from 'zod';
import type { ResultCatalogue } from '../content/results/resultCatalogue';
import { observationSchema, transactionBundleSchema } from './fhirObservationSchema';
import { sameTest } from '../plan/results/mergeResults';
import { readObservation, type ReadResult, type Refusal } from './readObservation';
import { differentPatients, subjectOf } from './samePatient';

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
  return readAll(
    bundle.data.entry.map((entry, i) => ({ resource: entry.resource, prefix: `entry[${i}].resource.` })),
    catalogue,
    now,
  );
}

function readAll(
  entries: readonly { resource: unknown; prefix: string }[],
  catalogue: ResultCatalogue,
  now: Date,
): RequestReading {
  const results: ReadResult[] = [];
  const patients: NamedPatient[] = [];
  for (const { resource, prefix } of entries) {
    const parsed = observationSchema.safeParse(resource);
    if (!parsed.success) return refuse(...issue(parsed.error, prefix));
    // The invitation is one person's: a request naming two patients has someone else's results in it.
    const named = subjectOf(parsed.data.subject);
    if (named !== undefined && patients.some((p) => differentPatients(p.subject, named)))
      return refuse(`${prefix}subject`, otherPatient.inRequest);
    if (named !== undefined && !patients.some((p) => p.subject === named))
      patients.push({ subject: named, field: `${prefix}subject` });
    const read = readObservation(parsed.data, catalogue, now);
    if (!read.ok) return refuse(`${prefix}${read.refusal.field}`, read.refusal.message);
    // Kept with the result, so a later request naming another patient can be refused (`ResultIntake`).
    const result = named === undefined ? read.value.result : { ...read.value.result, subject: named };
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
