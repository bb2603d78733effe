import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { AppError } from '../plan/appError';

/**
 * Reads `.env` from the folder the service starts in, when there is one, so the README's "copy
 * `.env.example` to `.env`" is true. Variables already set in the environment win: an operator's
 * export is never overridden by a file left on disk. Node's own parser is used (20.12+), so no
 * dependency is added.
 */
export function readEnvFile(cwd: string = process.cwd()): string | undefined {
  const path = resolve(cwd, '.env');
  if (!existsSync(path)) return undefined;
  try {
    process.loadEnvFile(path);
  } catch (error) {
    throw new AppError('config_invalid', `Invalid configuration: .env could not be read (${(error as Error).message})`);
  }
  return path;
}
