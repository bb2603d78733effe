import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** A browser's identity as the server issued it: the user id, and the credential that proves it. */
export interface BrowserIdentity {
  userId: string;
  credential: string;
}

/** A user id chosen by the client: long and random enough not to be guessed, safe in any log or key. */
export const userIdPattern = /^[A-Za-z0-9_-]{16,128}$/;

/** What a browser says it is when it asks for a conversation (`tokens/generate`). */
export const generateBodySchema = z.looseObject({
  /** What the server issued this browser before (`BrowserIdentities`). */
  credential: z.string().max(256).optional(),
  /** A user id the page chose itself, from before the server issued them. */
  user: z.looseObject({ id: z.string().regex(userIdPattern) }).optional(),
});

const credentialPattern = /^([A-Za-z0-9_-]{16,128})\.([A-Za-z0-9_-]{43})$/;

/**
 * Identities for Web Chat browsers, issued by the server. A browser once chose its own user id
 * and any 16 characters were accepted, so whoever knew or guessed an id was that person. Now the
 * server picks the id (144 random bits) and signs it; the page keeps `userId.signature` and shows
 * it on each visit. The key outlives restarts (see `browserIdentityKey`), so people resume.
 */
export class BrowserIdentities {
  constructor(private readonly key: Buffer) {}

  /** A new identity. */
  issue(): BrowserIdentity {
    return this.for(`wc_${randomBytes(18).toString('base64url')}`);
  }

  /** The credential for an existing user id (a browser from before identities were issued). */
  for(userId: string): BrowserIdentity {
    return { userId, credential: `${userId}.${this.sign(userId)}` };
  }

  /** The user id a genuine credential proves; null for anything else. */
  verify(credential: string): string | null {
    const match = credentialPattern.exec(credential);
    if (!match) return null;
    const expected = Buffer.from(this.sign(match[1]));
    const given = Buffer.from(match[2]);
    return expected.length === given.length && timingSafeEqual(expected, given) ? match[1] : null;
  }

  private sign(userId: string): string {
    return createHmac('sha256', this.key).update(`careprep browser\u0000${userId}`).digest('base64url');
  }
}
