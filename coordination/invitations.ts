import { randomInt, randomUUID } from 'node:crypto';
import { AppError } from '../plan/appError';
import type { Invitation, InvitationStore } from './invitationStore';

/** No 0/O, 1/I/L: a code read aloud or copied by hand comes out the same. */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const codeLength = 8;
const codePattern = new RegExp(`^[${codeAlphabet}]{${codeLength}}$`);

/** A fresh invitation code: 8 characters of 31, about 40 bits. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

/** The code in a message that is only a code (spaces, dashes and case forgiven), else undefined. */
export function invitationCodeIn(text: string): string | undefined {
  const candidate = text.replace(/[\s-]/g, '').toUpperCase();
  return codePattern.test(candidate) ? candidate : undefined;
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
