import type { RunResult, SqlValue, Tx } from './connection';

/** A transaction body's writes, collected without the database, and what the body returned. */
export interface CollectedWrites<T> {
  value: T;
  /** Each write's text with its values written in, in the order made. */
  statements: string[];
  /** The writes (by index) whose caller looked at how many rows they changed. */
  looked: Set<number>;
}

/**
 * Runs a transaction body once without the database, collecting its writes as texts with their
 * values written in (`inline`, undefined for a value it cannot write in), for an engine to send
 * as one. Each write is answered as having changed one row, which the engine must make hold
 * (commit only if it did) at least for the writes in `looked`. Undefined when the body reads (what
 * it writes may hang on what it finds) or writes a value `inline` refuses, even if it caught the
 * refusal: it must then run as a transaction, which tells it what each write did.
 */
export async function collectWrites<T>(
  body: (tx: Tx) => Promise<T>,
  inline: (sql: string, params: readonly SqlValue[]) => string | undefined,
): Promise<CollectedWrites<T> | undefined> {
  const statements: string[] = [];
  const looked = new Set<number>();
  let unbatchable = false;
  const refuse = (): Promise<never> => {
    unbatchable = true;
    return Promise.reject(new Error('Collected writes cannot read, nor write a value that cannot be written in.'));
  };
  const tx: Tx = {
    run: (sql, params = []) => {
      const text = inline(sql, params);
      if (text === undefined) return refuse();
      const at = statements.push(text) - 1;
      const result: RunResult = {
        get changes() {
          looked.add(at);
          return 1;
        },
      };
      return Promise.resolve(result);
    },
    get: refuse,
    all: refuse,
  };
  let value: T;
  try {
    value = await body(tx);
  } catch (error) {
    if (unbatchable) return undefined;
    throw error;
  }
  return unbatchable ? undefined : { value, statements, looked };
}
