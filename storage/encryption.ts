import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../plan/appError';

const prefix = 'enc1:';

/** Seals and opens stored documents. */
export interface Sealer {
  seal(plaintext: string, boundTo: string): string;
  open(stored: string, boundTo: string): string;
  /**
   * Whether a stored document is already as `seal` would write it now: sealed with the current
   * key (or, with no key, stored as it is). The re-seal command skips these, so it can be run
   * again and again.
   */
  isCurrent(stored: string, boundTo: string): boolean;
}

function openWith(key: Buffer, stored: string, boundTo: string): string {
  const raw = Buffer.from(stored.slice(prefix.length), 'base64');
  const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
  decipher.setAAD(Buffer.from(boundTo, 'utf8'));
  decipher.setAuthTag(raw.subarray(12, 28));
  return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

function opensWith(key: Buffer, stored: string, boundTo: string): boolean {
  try {
    openWith(key, stored, boundTo);
    return true;
  } catch {
    return false;
  }
}

/**
 * AES-256-GCM with a fresh 12-byte IV per write. The row key is bound in as additional data so
 * a ciphertext copied onto another row fails to open instead of showing someone else's answers.
 * With no key, documents are stored as they are, and an encrypted one fails loudly.
 *
 * During a key rotation `previousKey` opens what the current key cannot; everything is written
 * with the current key. The GCM tag tells the keys apart, so rows need no key id.
 */
export function createSealer(key: Buffer | null, previousKey: Buffer | null = null): Sealer {
  return {
    seal(plaintext, boundTo) {
      if (!key) return plaintext;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      cipher.setAAD(Buffer.from(boundTo, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return prefix + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open(stored, boundTo) {
      if (!stored.startsWith(prefix)) return stored;
      if (!key) {
        throw new AppError(
          'storage_decrypt_failed',
          'A stored document is encrypted but CAREPREP_ENCRYPTION_KEY is not set.',
        );
      }
      try {
        return openWith(key, stored, boundTo);
      } catch (cause) {
        if (previousKey && opensWith(previousKey, stored, boundTo)) return openWith(previousKey, stored, boundTo);
        throw new AppError(
          'storage_decrypt_failed',
          'A stored document could not be decrypted: wrong key or damaged data.',
          {
            cause,
          },
        );
      }
    },
    isCurrent(stored, boundTo) {
      if (!key) return !stored.startsWith(prefix);
      return stored.startsWith(prefix) && opensWith(key, stored, boundTo);
    },
  };
}
