import { randomBytes } from 'node:crypto';

/** A fresh, unguessable entity tag: every successful write gets a new one. */
export function newETag(): string {
  return randomBytes(9).toString('base64url');
}
