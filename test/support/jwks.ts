import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import jwt from 'jsonwebtoken';

/** The issuer Azure Bot Service puts on tokens it sends to bots. */
export const botFrameworkIssuer = 'https://api.botframework.com';

/** An RSA signing key with the id it is published under. */
export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

/** Makes an RSA key pair for RS256 signing. */
export function newSigningKey(kid: string = randomUUID()): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}

/** Claims a Bot Framework channel token carries; tests override one at a time. */
export interface ChannelClaims {
  aud: string;
  iss?: string;
  serviceurl?: string;
  /** Seconds since the epoch; defaults to an hour from now. */
  exp?: number;
  [claim: string]: unknown;
}

/** Signs a channel-to-bot token (RS256, with `kid`), as Azure Bot Service would. */
export function signChannelToken(key: SigningKey, claims: ChannelClaims): string {
  const now = Math.floor(Date.now() / 1000);
  const payload = { iss: botFrameworkIssuer, iat: now - 10, nbf: now - 10, exp: now + 3600, ...claims };
  return jwt.sign(payload, key.privateKey, { algorithm: 'RS256', keyid: key.kid });
}

/**
 * A loopback stand-in for the Bot Framework's OpenID configuration: `/openid` points at `/jwks`,
 * which publishes the given public keys with the endorsements Azure Bot Service attaches.
 */
export interface OpenIdServer {
  metadataUrl: string;
  /** How many times the JWKS was fetched: proves the SDK looked here and nowhere else. */
  readonly jwksFetches: number;
  close(): Promise<void>;
}

/** Serves OpenID metadata and a JWKS for `keys` on 127.0.0.1. */
export async function serveOpenIdMetadata(
  keys: readonly SigningKey[],
  endorsements: readonly string[] = [],
): Promise<OpenIdServer> {
  let jwksFetches = 0;
  const server: Server = createServer((req, res) => {
    const { port } = server.address() as AddressInfo;
    const base = `http://127.0.0.1:${port}`;
    res.setHeader('content-type', 'application/json');
    if (req.url === '/openid') {
      res.end(
        JSON.stringify({
          issuer: botFrameworkIssuer,
          jwks_uri: `${base}/jwks`,
          id_token_signing_alg_values_supported: ['RS256'],
        }),
      );
    } else if (req.url === '/jwks') {
      jwksFetches += 1;
      const published = keys.map((key) => ({
        ...key.publicKey.export({ format: 'jwk' }),
        kid: key.kid,
        use: 'sig',
        alg: 'RS256',
        ...(endorsements.length > 0 ? { endorsements } : {}),
      }));
      res.end(JSON.stringify({ keys: published }));
    } else {
      res.statusCode = 404;
      res.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    metadataUrl: `http://127.0.0.1:${port}/openid`,
    get jwksFetches() {
      return jwksFetches;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
