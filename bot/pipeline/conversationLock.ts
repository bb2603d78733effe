import type { Database, LockOpening, LockSession, Row } from '../../storage/database';

/**
 * Serialises work per key: two turns of one conversation run one after the other, never
 * interleaved, while different conversations run side by side. In-process first, so an instance
 * asks the database for a key once however many of its turns wait; then, given `across`, across
 * every instance on the database too (PostgreSQL's advisory lock).
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly across?: Pick<Database, 'exclusive'>) {}

  /**
   * Runs `work` once every earlier holder of `key` has finished, with the session of the lock
   * across instances and the rows of `opening` read once it is held (neither when there is no
   * such lock: the caller reads for itself).
   */
  async run<T>(
    key: string,
    work: (session: LockSession | undefined, opened: Row[] | undefined) => Promise<T>,
    opening?: LockOpening,
  ): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      return await (this.across ? this.across.exclusive(key, work, opening) : work(undefined, undefined));
    } finally {
      release();
      // Forget the key once nobody queued behind us, so the map does not grow forever.
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** How many conversations currently hold or wait for the lock. */
  get size(): number {
    return this.tails.size;
  }
}
