import pg from 'pg';

type Query = (this: pg.Client, ...args: unknown[]) => unknown;

/**
 * Records the text of every statement any node-postgres client in this process sends from now
 * until `stop`: each is one round trip to the server. The statements still run as sent.
 */
export function recordStatements(): { texts: string[]; stop: () => void } {
  const texts: string[] = [];
  const prototype = pg.Client.prototype as unknown as { query: Query };
  const query = prototype.query;
  prototype.query = function recording(this: pg.Client, ...args: unknown[]): unknown {
    const [config] = args;
    texts.push(typeof config === 'string' ? config : String((config as { text?: unknown }).text));
    return query.apply(this, args);
  };
  return {
    texts,
    stop: () => {
      prototype.query = query;
    },
  };
}
