import type { WriteGate } from '../botframework/connectorHttp';

/** Time and waiting, replaceable so tests can run the pacing quickly. */
export interface PacingClock {
  /** Milliseconds on a clock that never goes back. */
  now(): number;
  /** Waits `ms` (pacing waits are short and never cut short; the signal is retries' only). */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Decides when each send to a conversation may go. */
export interface SendPacer {
  /**
   * Runs `attempt` in its turn among this process's sends to the conversation. The attempt gets
   * ready to send (its connection open) and hands the send itself to the gate, which makes it at
   * the moment a slot is free; the next attempt's turn begins once the gate has let this one
   * through, or once this one ends without it.
   */
  paced<T>(conversationId: string, attempt: (gate: WriteGate) => Promise<T>): Promise<T>;
}

/** A claim's answer: a lease to give back once sent, or how long to wait before asking again. */
export type SlotClaim = { lease: number } | { waitMs: number };

/** Where each conversation's send slot is leased when several instances send: see `storage/sendSlots.ts`. */
export interface SlotStore {
  /** Leases the slot for `leaseMs` if no send holds it now; otherwise says to ask again within `askAgainMs`. */
  claim(conversationId: string, leaseMs: number, askAgainMs: number): Promise<SlotClaim>;
  /** Ends a lease: the next send, from any instance, may go `gapMs` after now. */
  release(conversationId: string, lease: number, gapMs: number): Promise<void>;
}

/**
 * Each conversation's attempts, one at a time up to the gate, in the order they came: concurrent
 * sends queue rather than race for the slot, and only the first opens a connection meanwhile.
 */
class Turns {
  private readonly last = new Map<string, Promise<void>>();

  async take<T>(conversationId: string, work: (done: () => void) => Promise<T>): Promise<T> {
    const before = this.last.get(conversationId);
    let done: () => void = () => undefined;
    const mine = new Promise<void>((resolve) => {
      done = resolve;
    });
    this.last.set(conversationId, mine);
    if (before) await before;
    try {
      return await work(done);
    } finally {
      done();
      if (this.last.get(conversationId) === mine) this.last.delete(conversationId);
    }
  }
}

/** Runs each attempt in its turn, and lets its send through when `slot` finds one free. */
abstract class PacerInTurns implements SendPacer {
  private readonly turns = new Turns();

  paced<T>(conversationId: string, attempt: (gate: WriteGate) => Promise<T>): Promise<T> {
    return this.turns.take(conversationId, (done) =>
      attempt(async (send) => {
        await this.slot(conversationId, send);
        done();
      }),
    );
  }

  /** Calls `send` at the moment a slot is free, in the same run of code that found it free. */
  protected abstract slot(conversationId: string, send: () => void): Promise<void>;
}

/**
 * At most `perSecond` sends per conversation in any window, spread out rather than in bursts:
 * each send goes at least `window / perSecond` after the one before it, so any `perSecond + 1`
 * of them span a full window. The window is a little over a second, so network jitter cannot
 * bunch sends together at Teams' end.
 *
 * The gap is measured from when each send went, checked in the same run of code that makes the
 * send, never from a slot worked out before a wait: a timer that fires late (the event loop busy,
 * the machine loaded) finds the slot taken by the send before it and waits on, rather than
 * sending in a slot that has passed together with every other late one.
 */
export class ConversationRateLimiter extends PacerInTurns {
  private readonly nextAt = new Map<string, number>();
  private readonly gapMs: number;

  constructor(
    perSecond: number,
    private readonly clock: PacingClock,
    windowMs = 1100,
  ) {
    super();
    this.gapMs = Math.ceil(windowMs / perSecond);
  }

  protected async slot(conversationId: string, send: () => void): Promise<void> {
    let slept = -Infinity;
    for (;;) {
      // A timer never fires before its time, so after a wait that time has come whatever the
      // clock says; a late timer only makes `now` later.
      const now = Math.max(this.clock.now(), slept);
      const next = this.nextAt.get(conversationId) ?? now;
      if (now >= next) {
        this.nextAt.set(conversationId, now + this.gapMs);
        send();
        return;
      }
      await this.clock.sleep(next - now);
      slept = next;
    }
  }
}

/**
 * Paces sends across every instance, as one process paces its own: a send leases the slot in the
 * database when it is about to go, on the database's clock, only if the last send from any
 * instance was at least `window / perSecond` ago; it sends, then gives the lease back, and the
 * next send from any instance may go a gap after that. A lease's answer that came back late (the
 * event loop busy, a connection slow to come free) is still inside its lease, which no other
 * instance can take until it is given back or lapses; one that came back too late to send a gap
 * before it lapses is given back unused.
 */
export class SharedRateLimiter extends PacerInTurns {
  private readonly gapMs: number;

  constructor(
    private readonly slots: SlotStore,
    perSecond: number,
    private readonly clock: PacingClock,
    // Wider than the in-process window: sends from different hosts reach Teams by different paths.
    windowMs = 1250,
    // How long an instance that died between claiming and giving back holds a chat's sends up.
    private readonly leaseMs = 5000,
  ) {
    super();
    this.gapMs = Math.ceil(windowMs / perSecond);
  }

  protected async slot(conversationId: string, send: () => void): Promise<void> {
    for (;;) {
      const asked = this.clock.now();
      const claim = await this.slots.claim(conversationId, this.leaseMs, this.gapMs);
      if ('waitMs' in claim) {
        await this.clock.sleep(claim.waitMs);
        continue;
      }
      // The lease began at some moment since asking: sending now, a gap before it can lapse,
      // keeps the next send from any instance a gap after this one.
      const inLease = this.clock.now() - asked <= this.leaseMs - this.gapMs;
      if (inLease) send();
      // A lease not given back lapses by itself; the send has gone and must not fail for it.
      await this.slots.release(conversationId, claim.lease, inLease ? this.gapMs : 0).catch(() => undefined);
      if (inLease) return;
    }
  }
}
