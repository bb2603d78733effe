import { RateLimiter, type Admission } from '../../storage/rateLimiter';

/** A page refreshes its token every 15 minutes; a conversation may 10 times a minute, an address 60 (H519). */
export const refreshLimits = { perConversation: 10, perAddress: 60, overall: 100_000, windowMs: 60_000 };

/**
 * How many token refreshes go ahead: each is only an HMAC, but a stranger holding one token (or
 * several, from one address) asked 2,000 times a minute and was answered every time. Counted in
 * this process's memory, by the address first (as the limits on new conversations read it) and
 * then by the conversation, in fixed windows; what is kept is bounded by `overall` a window, set
 * far above what every conversation held (10,000) may refresh, so that only a flood meets it.
 */
export class RefreshLimits {
  private readonly byAddress: RateLimiter;
  private readonly byConversation: RateLimiter;

  constructor(clock: () => Date, limits = refreshLimits) {
    const { overall, windowMs } = limits;
    this.byAddress = new RateLimiter({ perAddress: limits.perAddress, overall, windowMs }, clock);
    this.byConversation = new RateLimiter({ perAddress: limits.perConversation, overall, windowMs }, clock);
  }

  take(address: string, conversationId: string): Admission {
    const fromAddress = this.byAddress.take(address);
    return fromAddress.ok ? this.byConversation.take(conversationId) : fromAddress;
  }
}
