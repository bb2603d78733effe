/**
 * Serialises work per key: two turns of one conversation run one after the other, never
 * interleaved, while different conversations run side by side. In-process: one instance per
 * conversation is assumed; across instances the eTag checks in storage catch a lost race.
 */
export class KeyedLock {
  private readonly tails = new Map<string, Promise<void>>();

  /** Runs `work` once every earlier holder of `key` has finished. */
  async run<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    this.tails.set(key, tail);
    try {
      await previous;
      return await work();
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
