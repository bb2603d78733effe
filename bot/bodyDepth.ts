import type { Next, Request, RequestHandler, Response } from 'restify';

/**
 * How deep a parsed body may nest. A FHIR Bundle of Observations nests about a dozen levels and a
 * card submit a handful; a few kilobytes of `[[[[…` nest thousands deep.
 */
export const maxBodyDepth = 64;

/**
 * Refuses (400) a parsed body nested deeper than `maxBodyDepth`. JSON.parse reads any depth, but
 * whatever walks the value after it recursively (JSON.stringify when a stream or the delivery
 * ledger stores an activity, zod, the SDK's copies) runs out of stack: a stranger with a Web Chat
 * token made every such post fail with a 500 naming the RangeError. Counted without recursion.
 */
export function bodyDepth(maxDepth = maxBodyDepth): RequestHandler {
  return (req: Request, res: Response, next: Next): void => {
    if (deeperThan(req.body, maxDepth)) {
      res.send(400, { error: 'BadRequest', message: 'The request could not be read.' });
      next(false);
      return;
    }
    next();
  };
}

/** True when `value` has objects or arrays nested more than `limit` deep. */
export function deeperThan(value: unknown, limit: number): boolean {
  const pending: Array<[unknown, number]> = [[value, 0]];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    const [item, depth] = next;
    if (item === null || typeof item !== 'object') continue;
    if (depth + 1 > limit) return true;
    for (const child of Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}
