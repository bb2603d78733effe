import type { PreparationRecord } from '../plan/record';
import type { IncomingResult } from '../plan/results/mergeResults';

/**
 * Results accepted for an invitation and not yet in the person's record: they may arrive before
 * the person has used their code, and wait here (sealed) until they have.
 */
export interface ResultInbox {
  /** Adds every item in one transaction; the same result id again is ignored. Returns how many were new. */
  add(invitationId: string, items: readonly IncomingResult[]): Promise<number>;
  pending(invitationId: string): Promise<IncomingResult[]>;
  remove(invitationId: string, resultIds: readonly string[]): Promise<void>;
  /** Invitations with results still waiting. */
  waiting(): Promise<string[]>;
}

/** The record store as results intake needs it (`storage/recordStore.ts` fits). */
export interface RecordAccess {
  get(id: string): Promise<{ value: PreparationRecord; eTag: string } | null>;
  put(record: PreparationRecord, eTag: string | null): Promise<string>;
}

/** An invitation as results intake needs it (`storage/invitationStore.ts` fits). */
export interface InvitationAccess {
  get(id: string): Promise<{ id: string; recordId?: string; details?: { nhsNumber?: string } } | null>;
}
