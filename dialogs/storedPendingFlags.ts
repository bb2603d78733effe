/**
 * Conversation state stored before confirmations were dialogs kept one waiting as a flag beside the
 * dialog stack (`restartPending`, `deletePending` in the meta), and such state lives for days. The
 * stack under such a flag holds only the question underneath, so the next message would be read as
 * that question's answer: a "yes" meant for "delete it all?" would answer something else.
 */
import { z } from 'zod';
import type { ConfirmationKind } from './confirmationDialog';

/** The flags as they were stored: false once read, true while a confirmation waited. */
const storedFlags = z.object({
  restartPending: z.boolean().optional(),
  deletePending: z.boolean().optional(),
});

/**
 * Takes the flags off `meta` (the stored conversation meta) so the state is saved in today's shape,
 * and says which confirmation was waiting, for it to be asked again rather than answered by a
 * message read without it; undefined when none was.
 */
export function takeStoredPendingFlag(meta: object): ConfirmationKind | undefined {
  const stored = storedFlags.safeParse(meta);
  Reflect.deleteProperty(meta, 'restartPending');
  Reflect.deleteProperty(meta, 'deletePending');
  if (!stored.success) return undefined;
  if (stored.data.restartPending) return 'restart';
  if (stored.data.deletePending) return 'delete';
  return undefined;
}
