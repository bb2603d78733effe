/** The path of the Bot Framework endpoint. */
export const messagesPath = '/api/messages';

/**
 * What the SDK takes as a channel's credential: `Bearer` (as it spells it), one space, and a JSON
 * Web Token's three base64url parts. Anything else it refuses; `signedFirst.ts` refuses it before the body is read.
 */
export const bearerJwt = /^Bearer [A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
