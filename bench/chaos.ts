import type { BenchProcess } from './benchProcesses';

/**
 * The instances a load balancer sends messages to, each message to the next live one in turn.
 * Under chaos one is killed now and then and replaced by a new process on the same database.
 */
export class Rotation {
  private readonly live: (BenchProcess | undefined)[];
  private sent = 0;
  kills = 0;

  constructor(apps: readonly BenchProcess[]) {
    this.live = [...apps];
  }

  /** The `/api/messages` URL of the next live instance. */
  next(): URL {
    for (let tries = 0; tries < this.live.length; tries++) {
      const app = this.live[this.sent++ % this.live.length];
      if (app) return new URL('/api/messages', app.baseUrl);
    }
    throw new Error('no instance is live');
  }

  /** Every process started, for CPU figures and stopping. */
  all(): BenchProcess[] {
    return this.live.filter((app): app is BenchProcess => app !== undefined);
  }

  /**
   * Every `everyMs`, SIGKILLs the next instance (taken out of rotation first, as a health probe
   * would notice) and starts `restart()` in its place. Returns a function that stops the cycle.
   */
  startChaos(everyMs: number, restart: () => Promise<BenchProcess>): () => Promise<void> {
    let victim = 0;
    let stopped = false;
    let cycle: Promise<void> = Promise.resolve();
    const timer = setInterval(() => {
      cycle = cycle.then(async () => {
        if (stopped) return;
        const slot = victim++ % this.live.length;
        const app = this.live[slot];
        if (!app) return;
        // A load balancer notices only once requests fail: the process dies while still in
        // rotation, and a message sent to it meanwhile is sent again elsewhere.
        await app.kill();
        this.live[slot] = undefined;
        this.kills += 1;
        this.live[slot] = await restart();
      });
    }, everyMs);
    return async () => {
      stopped = true;
      clearInterval(timer);
      await cycle;
    };
  }
}

/** Whether an HTTP failure means the instance is gone (refused, reset, hung up), not a refusal. */
export function instanceGone(error: unknown): boolean {
  const code = (error as { code?: string } | undefined)?.code ?? '';
  return ['ECONNREFUSED', 'ECONNRESET', 'EPIPE'].includes(code) || /socket hang up/.test(String(error));
}
