import { randomUUID } from 'node:crypto';

/**
 * A fresh, unguessable entity tag: every successful write gets a new one. A random UUID (122
 * random bits) comes from entropy Node draws in bulk, so it costs no system call of its own.
 */
export function newETag(): string {
  return randomUUID();
}
