import { createHmac, timingSafeEqual } from 'node:crypto';

/** Posted form parameters as restify's body parser gives them; a repeated key becomes an array. */
export type FormParams = Readonly<Record<string, string | readonly string[]>>;

/**
 * The `X-Twilio-Signature` Twilio computes for a request: base64 HMAC-SHA1, keyed with the
 * auth token, over the full URL followed by each POST parameter name and value, names sorted.
 * Repeated values are sorted too, as Twilio's own libraries do.
 */
export function twilioSignature(authToken: string, url: string, params: FormParams): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const value = params[key];
    const values = typeof value === 'string' ? [value] : [...value].sort();
    for (const item of values) data += key + item;
  }
  return createHmac('sha1', authToken).update(data, 'utf8').digest('base64');
}

/**
 * True when `signature` is Twilio's for this URL and these parameters. The comparison takes the
 * same time whatever the signature, so it cannot be guessed byte by byte. An empty token never
 * validates: with no token configured every webhook is refused.
 */
export function isValidTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: FormParams,
): boolean {
  if (authToken === '' || !signature) return false;
  const expected = Buffer.from(twilioSignature(authToken, url, params));
  const given = Buffer.from(signature);
  // timingSafeEqual needs equal lengths; comparing against itself keeps the timing flat.
  const same = given.length === expected.length;
  return timingSafeEqual(same ? given : expected, expected) && same;
}
