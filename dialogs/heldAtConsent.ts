import type { LeadContactCopies } from '../plan/planEvents';
import type { PreparationRecord } from '../plan/record';

/**
 * The version last delivered to each record's lead contact, read as its consent is answered, so
 * a share keeps that version however far behind it is (`applyConsent`, H261). Kept only while the
 * turn answering it runs (a record's turns run one at a time), for the answer's synchronous update.
 */
export class HeldAtConsent {
  private readonly held = new Map<string, number | undefined>();

  constructor(private readonly copies: () => Pick<LeadContactCopies, 'heldVersion'>) {}

  /** Runs `turn` with the held version of `record`'s lead contact known to `get`. */
  async during<T>(record: PreparationRecord, turn: () => Promise<T>): Promise<T> {
    this.held.set(record.id, await this.copies().heldVersion(record));
    try {
      return await turn();
    } finally {
      this.held.delete(record.id);
    }
  }

  /** The version last delivered to the lead contact of record `id`, while its consent turn runs. */
  get(id: string): number | undefined {
    return this.held.get(id);
  }
}
