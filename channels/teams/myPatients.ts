/**
 * "My patients" in Teams: each of a coordinator's invitations, with where it stands (as the
 * system API tells it too) and the reminders sent for it.
 */
import type { Activity } from 'botbuilder';
import type { Renderer, TemplateData } from '../../content/renderer';
import type { PlanRenderer } from '../../content/planRenderer';
import { appointmentWords } from '../../coordination/appointment';
import type { Invitation, InvitationStore } from '../../coordination/invitationStore';
import { namedSubject } from '../../coordination/leadContactMessages';
import { sharedRecord } from '../../plan/consentScope';
import { compileDraftPlan } from '../../plan/draftPlan';
import type { PreparationRecord } from '../../plan/record';
import { subjectName } from '../../plan/recordView';
import type { RecordStore } from '../../storage/recordStore';
import type { CoordinatorResults } from './coordinatorResults';

/** Where an invitation stands, as "my patients" shows it. */
export type InvitationStatus = 'invited' | 'inProgress' | 'shared' | 'updated' | 'reviewed' | 'withdrawn';

/** The status of an invitation given the person's record (null once it is erased). */
export function invitationStatus(invitation: Invitation, record: PreparationRecord | null): InvitationStatus {
  if (!invitation.recordId) return 'invited';
  if (!record || record.status === 'withdrawn') return 'withdrawn';
  if (invitation.deliveredVersion === undefined) return record.shared ? 'shared' : 'inProgress';
  if (invitation.reviewedVersion === invitation.deliveredVersion) return 'reviewed';
  return invitation.deliveries > 1 ? 'updated' : 'shared';
}

/** The person's record an invitation was used for: null when none was, or it is erased. */
export async function invitationRecord(
  invitation: Invitation,
  records: Pick<RecordStore, 'get'>,
): Promise<PreparationRecord | null> {
  return invitation.recordId ? ((await records.get(invitation.recordId))?.value ?? null) : null;
}

/** What the list is read from. */
export interface PatientsDeps {
  invitations: Pick<InvitationStore, 'forCoordinator'>;
  records: Pick<RecordStore, 'get'>;
  renderer: Renderer;
  plans: Pick<PlanRenderer, 'labels'>;
  reminders?: { sentFor(invitationId: string): Promise<{ count: number; last?: string }> };
  results?: Pick<CoordinatorResults, 'patientsCard'>;
}

/**
 * True when the plan as shared opens its card with "Read this first" (a crisis, or a positive mood
 * screen the person chose to share): the same flags the card shows, read from the same copy.
 */
function hasReadFirst(record: PreparationRecord | null, deps: PatientsDeps): boolean {
  const shared = record ? sharedRecord(record) : undefined;
  return !!shared && compileDraftPlan(shared, deps.plans.labels, 'shared').flags.length > 0;
}

/**
 * Whom the plan shared from `invitation` is about, when not the person invited (a carer answered
 * for someone else, or the code reached another person), as its card says it: "Sam: shared" for a
 * plan about Jean would tell the coordinator Sam shared it.
 */
function planAbout(invitation: Invitation, record: PreparationRecord | null): string | undefined {
  const shared = record ? sharedRecord(record) : undefined;
  if (!shared) return undefined;
  const { name, invitedAs } = namedSubject(subjectName(shared), invitation.details.personName);
  return invitedAs === undefined ? undefined : name;
}

/**
 * The message listing the invitations `coordinatorId` made, with the "Add results" buttons on it.
 * Plans with something to read first come first and say so; the rest keep the store's order.
 */
export async function myPatients(coordinatorId: string, deps: PatientsDeps): Promise<Partial<Activity>> {
  const stored = await deps.invitations.forCoordinator(coordinatorId);
  if (stored.length === 0) return deps.renderer.message('teams.patients.none', {}, 'msteams');
  const text = (key: string, data: TemplateData = {}): string => deps.renderer.text(key, data, 'teams');
  const read = await Promise.all(
    stored.map(async (invitation) => {
      const record = await invitationRecord(invitation, deps.records);
      return { invitation, record, readFirst: hasReadFirst(record, deps) };
    }),
  );
  const listed = [...read.filter((r) => r.readFirst), ...read.filter((r) => !r.readFirst)];
  const invitations = listed.map((r) => r.invitation);
  const lines = [text('teams.patients.title')];
  for (const { invitation, record, readFirst } of listed) {
    const status = invitationStatus(invitation, record);
    // "Shared" before any card reached them would send them looking for a plan they do not have.
    const words = status === 'shared' && invitation.deliveredVersion === undefined ? 'sharedOnItsWay' : status;
    const line = text('teams.patients.line', {
      name: invitation.details.personName,
      about: planAbout(invitation, record),
      status: text(`teams.status.${words}`),
      readFirst,
      when: appointmentWords(invitation.appointmentAt),
    });
    const sent = await deps.reminders?.sentFor(invitation.id);
    const last = sent?.last ? appointmentWords(sent.last.slice(0, 10)) : undefined;
    lines.push(
      sent && sent.count > 0 ? `${line} ${text('teams.patients.reminders', { count: sent.count, last })}` : line,
    );
  }
  // The "Add results" buttons ride on the same message as the list.
  const message = deps.renderer.lines(lines, 'msteams');
  if (deps.results) message.attachments = [deps.results.patientsCard(invitations)];
  return message;
}
