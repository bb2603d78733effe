import { randomUUID } from 'node:crypto';
import { AppError } from '../plan/appError';
import { codeShaped, lettersAndDigits, mixedCode, randomCode, writtenAsCode } from './codes';
import type { Invitation, InvitationStore } from './invitationStore';

export const codeLength = 8;

/** Shown as one word; someone copying it by hand may split it in half. */
const codeGroups = [4, 4] as const;

/**
 * A fresh invitation code: 8 characters of 31 with at least one letter and one digit, about 39
 * bits. The digit is what tells a code from an eight-letter answer ("daughter", "Margaret"); mixed
 * in (`mixedCode`), it tells one from a number joined to a word ("2packets").
 */
export function newInvitationCode(): string {
  for (;;) {
    const code = randomCode(codeLength);
    if (mixedCode(code)) return code;
  }
}

/**
 * The code in a message that is only a code, written as one word or split in half, else
 * undefined. A code with a letter and a digit is read in any case; one that reads as a number
 * joined to a word ("2packets", made only before codes were mixed) as one word only in capitals
 * (`writtenAsCode`). One without a digit (codes made before every code had one, good until a week
 * after their appointment) only in capitals as it was given: in any case it could be a name or a
 * word typed as an answer.
 */
export function invitationCodeIn(text: string): string | undefined {
  if (!writtenAsCode(text, codeGroups)) return undefined;
  const candidate = codeShaped(text, codeLength);
  if (candidate === undefined) return undefined;
  return lettersAndDigits(candidate) || text.toUpperCase() === text ? candidate : undefined;
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
  /** Ten digits, checked (`normaliseNhsNumber`). */
  nhsNumber?: string;
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
        ...(input.nhsNumber ? { nhsNumber: input.nhsNumber } : {}),
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
