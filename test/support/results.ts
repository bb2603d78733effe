import { createInvitation } from '../../coordination/invitations';
import { createSealer } from '../../storage/encryption';
import { SqlInvitationStore } from '../../storage/invitationStore';
import type { RunningApp } from './startApp';

/** The bearer key the results tests run the app with. */
export const apiKey = 'results-test-key-0123456789';

/** An invitation made in the app's store, as "invite" in Teams makes one: its id and code. */
export async function invite(
  running: RunningApp,
  options: { conditions?: string[]; appointmentAt?: string; mobile?: string; nhsNumber?: string } = {},
): Promise<{ id: string; code: string }> {
  const store = new SqlInvitationStore(running.app.db, createSealer(null));
  const invitation = await createInvitation(
    store,
    {
      coordinatorId: 'aad-coordinator',
      leadName: 'Dr Sam Patel',
      personName: 'Sam',
      conditions: options.conditions ?? ['diabetes'],
      appointmentAt: options.appointmentAt,
      mobile: options.mobile,
      nhsNumber: options.nhsNumber,
    },
    new Date(),
  );
  return { id: invitation.id, code: invitation.code };
}

/** A FHIR R4 Observation with one quantity, as a laboratory system would send it. */
export function quantityObservation(
  code: { system?: string; code: string },
  value: number,
  unit: string,
  effective: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [
      { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] },
    ],
    code: { coding: [{ system: code.system ?? 'http://loinc.org', code: code.code }] },
    subject: { reference: 'Patient/example' },
    effectiveDateTime: effective,
    valueQuantity: { value, unit, system: 'http://unitsofmeasure.org', code: unit },
    ...extra,
  };
}

/** An HbA1c in mmol/mol (LOINC 59261-8). */
export const hba1c = (value: number, effective: string, extra: Record<string, unknown> = {}): Record<string, unknown> =>
  quantityObservation({ code: '59261-8' }, value, 'mmol/mol', effective, extra);

/** A blood pressure panel (LOINC 85354-9) with systolic and diastolic components. */
export function bloodPressure(systolic: number, diastolic: number, effective: string): Record<string, unknown> {
  const part = (code: string, value: number): Record<string, unknown> => ({
    code: { coding: [{ system: 'http://loinc.org', code }] },
    valueQuantity: { value, unit: 'mmHg', system: 'http://unitsofmeasure.org', code: 'mm[Hg]' },
  });
  return {
    resourceType: 'Observation',
    status: 'final',
    code: { coding: [{ system: 'http://loinc.org', code: '85354-9' }] },
    effectiveDateTime: effective,
    component: [part('8480-6', systolic), part('8462-4', diastolic)],
  };
}

/** A transaction Bundle of Observations. */
export function transaction(observations: readonly Record<string, unknown>[]): Record<string, unknown> {
  return {
    resourceType: 'Bundle',
    type: 'transaction',
    entry: observations.map((resource, i) => ({
      fullUrl: `urn:uuid:00000000-0000-4000-8000-00000000000${i}`,
      resource,
      request: { method: 'POST', url: 'Observation' },
    })),
  };
}

/** POSTs a body to an invitation's observations. */
export async function postObservations(
  running: RunningApp,
  invitationId: string,
  body: unknown,
  contentType = 'application/fhir+json',
): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${running.baseUrl}/api/invitations/${invitationId}/observations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': contentType },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: JSON.parse(await res.text()) as Record<string, unknown> };
}

/** Noon UTC `days` before now: results are never from the future, and noon keeps the UK date plain. */
export function daysAgo(days: number): string {
  const at = new Date(Date.now() - days * 86_400_000);
  at.setUTCHours(12, 0, 0, 0);
  return at.toISOString();
}
