import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a Direct Line token lives; Web Chat refreshes it every 15 minutes. */
export const tokenLifetimeSeconds = 30 * 60;

/**
 * How long a chain of refreshes may run from the first token: a stolen token cannot be kept
 * alive for ever. A person still chatting after a day reloads the page and carries on.
 */
export const maxChainHours = 24;

/** What a token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, in milliseconds since the epoch. */
  expiresAt: number;
  /** When the first token of this refresh chain was issued, in milliseconds since the epoch. */
  issuedFirstAt: number;
}

const payloadSchema = z.strictObject({
  c: z.string().min(1).max(128),
  u: z.string().min(1).max(128),
  e: z.number().int(),
  o: z.number().int(),
  n: z.string().min(32),
});

const base64url = (buffer: Buffer): string => buffer.toString('base64url');

/**
 * Issues and checks Direct Line tokens. A token is a random 32-byte nonce plus its grant, signed
 * with HMAC-SHA256 under a key every instance shares (`directLineTokenKey`): nothing is stored, so
 * tokens cost no memory, any instance accepts a token another issued (a page's polls may reach any
 * of them, and a token outlives a restart), and a forged or altered token fails the signature check.
 */
export class DirectLineTokens {
  constructor(
    private readonly clock: () => Date,
    private readonly key: Buffer,
  ) {}

  /** A token for one conversation and user, valid for `tokenLifetimeSeconds`: a new chain. */
  issue(conversationId: string, userId: string): { token: string; expiresIn: number } {
    return this.sign(conversationId, userId, this.clock().getTime());
  }

  /** The next token of a chain, or null once the chain has run for `maxChainHours`. */
  refresh(claims: TokenClaims): { token: string; expiresIn: number } | null {
    if (this.clock().getTime() - claims.issuedFirstAt >= maxChainHours * 3_600_000) return null;
    return this.sign(claims.conversationId, claims.userId, claims.issuedFirstAt);
  }

  private sign(conversationId: string, userId: string, issuedFirstAt: number): { token: string; expiresIn: number } {
    const now = this.clock().getTime();
    const payload = {
      c: conversationId,
      u: userId,
      e: now + tokenLifetimeSeconds * 1000,
      o: issuedFirstAt,
      n: base64url(randomBytes(32)),
    };
    const body = base64url(Buffer.from(JSON.stringify(payload), 'utf8'));
    return { token: `${body}.${this.mac(body)}`, expiresIn: tokenLifetimeSeconds };
  }

  /** The grant of a genuine, unexpired token; null for anything else. */
  verify(token: string): TokenClaims | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined || token.length > 2048) return null;
    const expected = Buffer.from(this.mac(body), 'utf8');
    const given = Buffer.from(signature, 'utf8');
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    let raw: unknown;
    try {
      raw = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    } catch {
      return null;
    }
    const parsed = payloadSchema.safeParse(raw);
    if (!parsed.success || parsed.data.e <= this.clock().getTime()) return null;
    return {
      conversationId: parsed.data.c,
      userId: parsed.data.u,
      expiresAt: parsed.data.e,
      issuedFirstAt: parsed.data.o,
    };
  }

  private mac(body: string): string {
    return base64url(createHmac('sha256', this.key).update(body).digest());
  }
}

/** The bearer token of an `Authorization` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
