import type { Database, Tx } from './database';

/** One part of a unit's transaction; it throws to roll the whole unit back. */
export type UnitStep = (tx: Tx) => Promise<void>;

/** Told how a step ended: written (its transaction committed), or abandoned with its turn. */
export interface StepOutcome {
  committed?: () => void;
  abandoned?: () => void;
}

interface Pending extends StepOutcome {
  step: UnitStep;
}

/**
 * Writes gathered over one turn and committed together: one transaction, so one flush to disk
 * (`synchronous=FULL` makes each commit wait for one), where a turn used to pay a separately
 * awaited commit for its record, its conversation state and its delivery ledger key each. On
 * PostgreSQL it is also one round trip when its steps only write (`Database.writeAll`). Steps run
 * in the order first added; adding a step under a key already pending replaces it in place, so a
 * second save of the same document in one turn writes it once.
 */
export class UnitOfWork {
  private pending = new Map<string, Pending>();

  /** `db`: the database, or the session of the lock the unit's work runs under (`LockSession.writeAll`). */
  constructor(private readonly db: Pick<Database, 'writeAll'>) {}

  /** Adds a step under `key`; `outcome.committed` runs once the step's transaction has committed. */
  set(key: string, step: UnitStep, outcome: StepOutcome = {}): void {
    this.pending.set(key, { step, ...outcome });
  }

  /** Takes back a pending step (its write is no longer wanted). */
  delete(key: string): void {
    this.pending.delete(key);
  }

  has(key: string): boolean {
    return this.pending.has(key);
  }

  /**
   * Commits every pending step in one transaction and resolves once it is durable. With nothing
   * pending it does nothing. Steps added afterwards wait for the next commit. If it fails, every
   * step is abandoned and the error thrown.
   */
  async commit(): Promise<void> {
    if (this.pending.size === 0) return;
    const steps = [...this.pending.values()];
    this.pending = new Map();
    try {
      await this.db.writeAll(async (tx) => {
        for (const { step } of steps) await step(tx);
      });
    } catch (error) {
      for (const { abandoned } of steps) abandoned?.();
      throw error;
    }
    for (const { committed } of steps) committed?.();
  }

  /** Forgets every pending step: the turn failed, and nothing it meant to write is written. */
  abandon(): void {
    const steps = [...this.pending.values()];
    this.pending.clear();
    for (const { abandoned } of steps) abandoned?.();
  }
}
