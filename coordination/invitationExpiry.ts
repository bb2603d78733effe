import type { Invitation } from './invitationStore';

const dayMs = 86_400_000;
/** A code still works this long after the appointment: a person may prepare a little late. */
export const daysAfterAppointment = 7;
/** With no appointment given, a code works this long after it was made. */
export const daysWithoutAppointment = 30;

/**
 * When an invitation's code stops working. The appointment is local wall-clock time with no
 * zone; read as UTC it is out by an hour at most, nothing beside a week's grace.
 */
export function invitationExpiresAt(invitation: Pick<Invitation, 'appointmentAt' | 'createdAt'>): Date {
  if (invitation.appointmentAt) {
    const at = invitation.appointmentAt.length === 10 ? `${invitation.appointmentAt}T23:59` : invitation.appointmentAt;
    const appointment = Date.parse(`${at}:00Z`);
    if (!Number.isNaN(appointment)) return new Date(appointment + daysAfterAppointment * dayMs);
  }
  return new Date(Date.parse(invitation.createdAt) + daysWithoutAppointment * dayMs);
}
