import { isAppError } from '../plan/appError';
import type { Logger } from '../plan/logger';

/**
 * Keeps a promise that nobody awaited from ending the service. Node's default for an unhandled
 * rejection is to exit, so one stray rejection in a library (or in our code) would take every
 * person's conversation down with it; the state it leaves is a single failed request, which is
 * safe to carry on from. The log line names the error's kind and code only: its message may
 * quote what a person typed. Returns a function that removes the listener.
 */
export function logUnhandledRejections(target: NodeJS.EventEmitter, logger: Logger): () => void {
  const onRejection = (reason: unknown): void => {
    logger.error('unhandled_rejection', {
      error: reason instanceof Error ? reason.name : typeof reason,
      code: isAppError(reason) ? reason.code : undefined,
    });
  };
  target.on('unhandledRejection', onRejection);
  return () => {
    target.off('unhandledRejection', onRejection);
  };
}
