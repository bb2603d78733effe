import { z } from 'zod';
import type { RecordStatus } from '../../plan/record';
import type { PagePosition } from '../../storage/recordStore';

/**
 * What a cursor carries: where the next page starts and the status filter it was made for, so a
 * cursor reused with another filter is refused rather than silently skipping or repeating plans.
 * A version, so the shape can change without misreading cursors clients still hold.
 */
const cursorSchema = z.strictObject({
  v: z.literal(1),
  u: z.iso.datetime(),
  i: z.string().min(1).max(200),
  s: z.enum(['inProgress', 'complete', 'shared', 'withdrawn']).nullable(),
});

/**
 * An opaque cursor for the next page. base64url JSON, not signed: it only says where to carry on
 * reading a list the API key may read in full anyway, so a forged one reveals nothing more.
 */
export function encodeCursor(position: PagePosition, status: RecordStatus | undefined): string {
  const body: z.infer<typeof cursorSchema> = { v: 1, u: position.updatedAt, i: position.id, s: status ?? null };
  return Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
}

/** The position a cursor names, or undefined when it is not one this API gave for `status`. */
export function decodeCursor(cursor: string, status: RecordStatus | undefined): PagePosition | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  const parsed = cursorSchema.safeParse(json);
  if (!parsed.success || parsed.data.s !== (status ?? null)) return undefined;
  return { updatedAt: parsed.data.u, id: parsed.data.i };
}
