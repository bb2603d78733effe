/** Codes for errors that are bugs or outages, never for bad user input (that returns a result). */
export type AppErrorCode =
  | 'config_invalid'
  | 'storage_conflict'
  | 'storage_decrypt_failed'
  | 'storage_corrupt'
  | 'storage_closed'
  | 'content_invalid'
  | 'content_missing'
  | 'record_invalid'
  | 'not_found'
  | 'upstream_failed';

/** A typed error carrying a stable code, so callers branch on the code and never on the text. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}

/** True for an AppError with the given code. */
export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
