import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** How long a Direct Line token lives; Web Chat refreshes it every 15 minutes. */
export const tokenLifetimeSeconds = 30 * 60;

/** What a token grants: one conversation, as one user, until it expires. */
export interface TokenClaims {
  conversationId: string;
  userId: string;
  /** Expiry, in milliseconds since the epoch. */
  expiresAt: number;
}

const payloadSchema = z.strictObject({
  c: z.string().min(1).max(128),
  u: z.string().min(1).max(128),
  e: z.number().int(),
  n: z.string().min(32),
});

const base64url = (buffer: Buffer): string => buffer.toString('base64url');

/**
 * Issues and checks Direct Line tokens. A token is a random 32-byte nonce plus its grant,
 * signed with HMAC-SHA256 under a per-process key: nothing is stored, so tokens cost no memory
 * and a forged or altered token fails the signature check. A restart invalidates every token,
 * which Web Chat recovers from by starting a new conversation (the record is keyed by user id).
 */
export class DirectLineTokens {
  private readonly key: Buffer;

  constructor(
    private readonly clock: () => Date,
    key: Buffer = randomBytes(32),
  ) {
    this.key = key;
  }

  /** A token for one conversation and user, valid for `tokenLifetimeSeconds`. */
  issue(conversationId: string, userId: string): { token: string; expiresIn: number } {
    const payload = {
      c: conversationId,
      u: userId,
      e: this.clock().getTime() + tokenLifetimeSeconds * 1000,
      n: base64url(randomBytes(32)),
    };
    const body = base64url(Buffer.from(JSON.stringify(payload), 'utf8'));
    return { token: `${body}.${this.sign(body)}`, expiresIn: tokenLifetimeSeconds };
  }

  /** The grant of a genuine, unexpired token; null for anything else. */
  verify(token: string): TokenClaims | null {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined || token.length > 2048) return null;
    const expected = Buffer.from(this.sign(body), 'utf8');
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
    return { conversationId: parsed.data.c, userId: parsed.data.u, expiresAt: parsed.data.e };
  }

  private sign(body: string): string {
    return base64url(createHmac('sha256', this.key).update(body).digest());
  }
}

/** The bearer token of an `Authorization` header, if there is one. */
export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
