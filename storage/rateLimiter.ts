import type { Answer } from './answer';

/** Whether one more may go ahead now, or how long to wait before asking again. */
export type Admission = { ok: true } | { ok: false; retryAfterSeconds: number };

/** How many a client address may do, and how many everyone together may do, in each window. */
export interface RateLimits {
  perAddress: number;
  overall: number;
  windowMs: number;
  /** How many one network (an IPv4 /24, an IPv6 /48) may do, so one cannot take everyone's (H518). */
  perNetwork?: number;
  /**
   * Places kept beyond `overall` for networks that have had none this window, one each: a person
   * opening the chat from outside a flood still gets in once the flood has spent everyone's (H518).
   */
  newcomers?: number;
}

/** One count an admission takes: whose (`everyone`, `newcomers`, a network's or an address's) and its limit. */
export interface AdmissionStep {
  kind: 'everyone' | 'newcomers' | 'network' | 'address';
  key: string;
  limit: number;
}

/**
 * The ways one more may be admitted, each a list of counts that must all have room: everyone's
 * count with the network's and the address's; else one of the places kept for newcomers, if the
 * network has had none this window (its count below 1).
 */
export function admissionLanes(limits: RateLimits, address: string, network: string): AdmissionStep[][] {
  const own: AdmissionStep = { kind: 'address', key: address, limit: limits.perAddress };
  const shared = (limit: number): AdmissionStep => ({ kind: 'network', key: network, limit });
  const lanes = [
    [{ kind: 'everyone', key: '', limit: limits.overall }, shared(limits.perNetwork ?? limits.overall), own],
  ];
  if (limits.newcomers) lanes.push([{ kind: 'newcomers', key: '', limit: limits.newcomers }, shared(1), own]);
  return lanes as AdmissionStep[][];
}

/**
 * Counts what strangers may make the service hold (new Direct Line conversations) in fixed
 * windows, per client address and overall: in this process's memory for one instance
 * (`RateLimiter`), in the database for several (`postgresRateLimiter.ts`), so the limits hold
 * for the service as a whole rather than once per instance.
 */
export interface AdmissionCounter {
  /** Counts one for `address`, of `network` (itself unless given), if the limits allow it. */
  take(address: string, network?: string): Answer<Admission>;
}

/** The window `now` falls in (windows start at multiples of `windowMs`), and how long until the next. */
export function windowAt(now: number, windowMs: number): { start: number; retryAfterSeconds: number } {
  const start = now - (now % windowMs);
  return { start, retryAfterSeconds: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) };
}

/**
 * The counts in memory. A refused request leaves no trace, so the table holds at most three
 * entries for each admitted in a window however many addresses knock; it is dropped whole when
 * the window turns.
 */
export class RateLimiter implements AdmissionCounter {
  private windowStart = Number.NEGATIVE_INFINITY;
  private readonly counts = new Map<string, number>();

  constructor(
    private readonly limits: RateLimits,
    private readonly clock: () => Date,
  ) {}

  take(address: string, network = address): Admission {
    const { start, retryAfterSeconds } = windowAt(this.clock().getTime(), this.limits.windowMs);
    if (start !== this.windowStart) {
      this.windowStart = start;
      this.counts.clear();
    }
    const used = (step: AdmissionStep): number => this.counts.get(`${step.kind}:${step.key}`) ?? 0;
    const lane = admissionLanes(this.limits, address, network).find((steps) =>
      steps.every((step) => used(step) < step.limit),
    );
    if (!lane) return { ok: false, retryAfterSeconds };
    for (const step of lane) this.counts.set(`${step.kind}:${step.key}`, used(step) + 1);
    return { ok: true };
  }
}
