/** Levels in increasing severity; `silent` logs nothing. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

/**
 * Fields a log line may carry. Deliberately narrow: ids, codes, counts and durations only, so an
 * answer, a name or a phone number cannot reach the log by accident.
 */
export type LogFields = Record<string, string | number | boolean | null | undefined>;

/** The one structured logger of the service. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}
