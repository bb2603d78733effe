import { randomUUID } from 'node:crypto';
import { AppError } from '../plan/appError';
import { codeShaped, randomCode } from './codes';
import type { Invitation, InvitationStore } from './invitationStore';

export const codeLength = 8;

/** A fresh invitation code: 8 characters of 31, about 40 bits. */
export function newInvitationCode(): string {
  return randomCode(codeLength);
}

/** The code in a message that is only a code (spaces, dashes and case forgiven), else undefined. */
export function invitationCodeIn(text: string): string | undefined {
  return codeShaped(text, codeLength);
}

/** The web chat link that carries a code. */
export function invitationUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/?code=${code}`;
}

/** What a new invitation holds, as the coordinator gave it. */
export interface NewInvitation {
  coordinatorId: string;
  leadName: string;
  personName: string;
  mobile?: string;
  appointmentAt?: string;
  conditions: string[];
}

/** Makes invitations with codes that do not collide. */
export async function createInvitation(
  store: Pick<InvitationStore, 'create'>,
  input: NewInvitation,
  now: Date,
): Promise<Invitation> {
  for (let attempt = 0; ; attempt++) {
    const invitation: Omit<Invitation, 'deliveries' | 'recordId'> = {
      id: randomUUID(),
      code: newInvitationCode(),
      coordinatorId: input.coordinatorId,
      appointmentAt: input.appointmentAt,
      details: {
        version: 1,
        personName: input.personName,
        mobile: input.mobile,
        conditions: input.conditions,
        leadName: input.leadName,
      },
      createdAt: now.toISOString(),
    };
    // A clash on the unique code is one in a trillion; try another rather than fail the coordinator.
    const created = await store.create(invitation);
    if (created === 'created') return { ...invitation, deliveries: 0 };
    if (attempt >= 3) throw new AppError('storage_conflict', 'No free invitation code after four tries.');
  }
}
