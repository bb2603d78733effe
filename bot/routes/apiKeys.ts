import { createHash, timingSafeEqual } from 'node:crypto';
import type { Request, Response } from 'restify';

/** A key's public id for the audit log: enough to tell keys apart, useless as a key. */
export function apiKeyId(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 12);
}

/**
 * The bearer-key check every system API route shares (`CAREPREP_API_KEYS`): the id of the key
 * presented, or undefined with a 401 already sent. Keys are compared as hashes, in constant time.
 */
export function bearerKeyCheck(apiKeys: readonly string[]): (req: Request, res: Response) => string | undefined {
  const keys = apiKeys.map((key) => createHash('sha256').update(key).digest());
  return (req, res) => {
    const match = /^Bearer (\S+)$/.exec(req.header('authorization') ?? '');
    const presented = match ? createHash('sha256').update(match[1]).digest() : undefined;
    if (match && presented && keys.some((key) => timingSafeEqual(key, presented))) return apiKeyId(match[1]);
    res.header('WWW-Authenticate', 'Bearer realm="careprep"');
    res.send(401, { error: 'Unauthorized', message: 'Not authorised.' });
    return undefined;
  };
}
