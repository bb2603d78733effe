import type { ResultCatalogue } from '../content/results/resultCatalogue';
import { isAppError } from '../plan/appError';
import { standing, type IncomingResult } from '../plan/results/mergeResults';
import { takeResults } from '../plan/results/resultQuestions';
import type { ResultSource } from '../plan/results/resultSchema';
import { readObservationRequest, type NamedPatient } from './observationRequest';
import { refusedPatient } from './patientIdentity';
import type { ReadResult, Refusal } from './readObservation';
import type { InvitationAccess, RecordAccess, ResultInbox } from './resultPorts';

/** What became of a batch of results sent for an invitation. */
export type IntakeOutcome =
  | { kind: 'unknownInvitation' }
  /** The person's record was erased: nothing of theirs may be kept again. */
  | { kind: 'erased' }
  | { kind: 'refused'; refusal: Refusal }
  | {
      kind: 'accepted';
      /** Results in the request, after repeats within it. */
      received: number;
      /** Newly kept (including corrections). */
      added: number;
      /** Already held: nothing changed for them. */
      duplicates: number;
      /** True while the person has not used their code, or the record could not yet be written. */
      waiting: boolean;
    };

/** What intake needs. */
export interface ResultIntakeDeps {
  invitations: InvitationAccess;
  records: RecordAccess;
  inbox: ResultInbox;
  catalogue: ResultCatalogue;
  clock: () => Date;
  /** Told when results could not yet be moved into a record; they wait in the inbox and are tried again. */
  onDeferred?: (error: unknown) => void;
  /**
   * Runs `work` alone for `key` (across instances where there are several): what is held is read,
   * checked against and added to by one request for an invitation at a time.
   */
  serialise?: <T>(key: string, work: () => Promise<T>) => Promise<T>;
}

const maxConflictRetries = 3;

/**
 * Results for an invited person, from a clinical system or their coordinator. A batch is read and
 * checked whole against the catalogue and against what is already held (nothing is half-written:
 * one bad result refuses the batch), kept in the inbox in one transaction, and then moved into the
 * person's record once they have one: at once when they have used their code, otherwise when
 * they do (see `deliver`). Results for an erased record are refused and never kept.
 */
export class ResultIntake {
  constructor(private readonly deps: ResultIntakeDeps) {}

  /** Reads a FHIR request body (an Observation or a transaction Bundle) and takes its results. */
  async receive(invitationId: string, body: unknown, from: ResultSource): Promise<IntakeOutcome> {
    const invitation = await this.deps.invitations.get(invitationId);
    if (!invitation) return { kind: 'unknownInvitation' };
    const reading = readObservationRequest(body, this.deps.catalogue, this.deps.clock());
    if (!reading.ok) return { kind: 'refused', refusal: reading.refusal };
    return this.alone(invitationId, () => this.take(invitationId, reading.results, from, reading.patients));
  }

  /** Takes results already read (the coordinator's card), with the same checks. */
  async receiveRead(invitationId: string, results: readonly ReadResult[], from: ResultSource): Promise<IntakeOutcome> {
    return this.alone(invitationId, () => this.take(invitationId, results, from));
  }

  /**
   * Two requests at once for one invitation would each check against what is held before either
   * adds: two different values for one test would both be answered as kept, and one then dropped.
   */
  private alone(invitationId: string, work: () => Promise<IntakeOutcome>): Promise<IntakeOutcome> {
    return this.deps.serialise ? this.deps.serialise(`results:${invitationId}`, work) : work();
  }

  private async take(
    invitationId: string,
    results: readonly ReadResult[],
    from: ResultSource,
    patients: readonly NamedPatient[] = [],
  ): Promise<IntakeOutcome> {
    // Read under the lock: a code used meanwhile gives the invitation its record.
    const invitation = await this.deps.invitations.get(invitationId);
    if (!invitation) return { kind: 'unknownInvitation' };
    const record = invitation.recordId ? await this.deps.records.get(invitation.recordId) : null;
    if (invitation.recordId && !record) return { kind: 'erased' };
    const receivedAt = this.deps.clock().toISOString();
    const held = [
      ...(record?.value.results.items ?? []),
      ...(await this.deps.inbox.pending(invitation.id)).map((i) => i.result),
    ];
    // The invitation's results are one patient's: the NHS number it was made with, else whoever its
    // first results named. A request naming someone else, or naming them in a way that cannot be
    // checked against that, is refused whole (a 400 to the sender; the person is told nothing).
    const before = held.flatMap((r) => (r.subject === undefined ? [] : [r.subject]));
    const refusal = refusedPatient(invitation.details?.nhsNumber, before, patients);
    if (refusal) return { kind: 'refused', refusal };
    const fresh: IncomingResult[] = [];
    for (const read of results) {
      const result = { ...read.result, receivedAt, from };
      const how = standing(held, result);
      if (how === 'conflicts')
        return {
          kind: 'refused',
          refusal: {
            field: 'value[x]',
            message: `a different ${result.measure} for ${result.at} is already held; send it with status corrected to replace it.`,
          },
        };
      if (how !== 'duplicate') fresh.push({ result, target: read.target, inPerson: read.inPerson });
    }
    const added = fresh.length > 0 ? await this.deps.inbox.add(invitation.id, fresh) : 0;
    const delivered = await this.deliver(invitation.id);
    return {
      kind: 'accepted',
      received: results.length,
      added,
      // The inbox ignores a result it holds already: one it did not add was a duplicate too.
      duplicates: results.length - added,
      waiting: !delivered,
    };
  }

  /**
   * Moves an invitation's waiting results into the person's record (after they use their code,
   * after intake, and at start-up for anything a crash left waiting). Results for a record that
   * is gone are dropped. True when nothing is left waiting.
   */
  async deliver(invitationId: string): Promise<boolean> {
    const invitation = await this.deps.invitations.get(invitationId);
    if (!invitation?.recordId) return false;
    const pending = await this.deps.inbox.pending(invitationId);
    if (pending.length === 0) return true;
    const ids = pending.map((item) => item.result.id);
    try {
      for (let attempt = 0; ; attempt++) {
        const found = await this.deps.records.get(invitation.recordId);
        // Not stored yet (a record made in the turn that used the code is written when that turn
        // commits, with these results merged in): keep them waiting rather than drop them.
        if (!found) return false;
        const draft = structuredClone(found.value);
        const now = this.deps.clock().toISOString();
        takeResults(draft, pending, now);
        draft.updatedAt = now;
        try {
          await this.deps.records.put(draft, found.eTag);
          break;
        } catch (error) {
          if (!isAppError(error, 'storage_conflict') || attempt >= maxConflictRetries) throw error;
        }
      }
    } catch (error) {
      this.deps.onDeferred?.(error);
      return false;
    }
    await this.deps.inbox.remove(invitationId, ids);
    return true;
  }

  /** The results waiting for an invitation, to merge into a record in the turn that claims it. */
  waiting(invitationId: string): Promise<IncomingResult[]> {
    return this.deps.inbox.pending(invitationId);
  }

  /** Delivers whatever is waiting for invitations whose person has a record. */
  async deliverAll(): Promise<void> {
    for (const invitationId of await this.deps.inbox.waiting()) await this.deliver(invitationId);
  }
}
