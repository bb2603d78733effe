import { z } from 'zod';

/**
 * The most characters one typed message may hold: the same as a typed answer (`maxTextLength`).
 * A longer one is not read, and the person is told so and how long a message can be (H320).
 */
export const maxTypedChars = 20_000;

/** Far above a typed answer or a card submit; a bigger posted activity is refused (413). */
export const maxPostedActivityBytes = 32 * 1024;

const postedActivitySchema = z.looseObject({
  type: z.enum(['message', 'typing']),
  // Up to the route's 1 MB body: a longer text than a message may be is answered, not refused.
  text: z
    .string()
    .max(1024 * 1024)
    .optional(),
  textFormat: z.enum(['plain', 'markdown', 'xml']).optional(),
  locale: z.string().max(20).optional(),
  // When the person pressed send, by their own clock, as Web Chat stamps each message it posts.
  localTimestamp: z.string().max(40).optional(),
  value: z.unknown().optional(),
  channelData: z.looseObject({ clientActivityID: z.string().max(128).optional() }).optional(),
});

export type Posted = z.infer<typeof postedActivitySchema>;

/** What a posted body is: not an activity, a message too long to read, too large, or one to take. */
export type PostedReading =
  | { kind: 'invalid' }
  | { kind: 'tooLong'; characters: number; text: string }
  | { kind: 'tooLarge' }
  | { kind: 'posted'; posted: Posted };

/**
 * Reads a body posted to a conversation. A message whose text is over `maxTypedChars`, or whose
 * text alone makes the activity too large, is `tooLong` (the person is told); anything else over
 * the byte limit is `tooLarge` (413). Bodies over the route's own limit never get here (`bodyPolicy`).
 */
export function readPosted(body: unknown): PostedReading {
  const parsed = postedActivitySchema.safeParse(body);
  if (!parsed.success) return { kind: 'invalid' };
  const posted = parsed.data;
  const bytes = Buffer.byteLength(JSON.stringify(posted));
  if (posted.type === 'typing')
    return bytes > maxPostedActivityBytes ? { kind: 'tooLarge' } : { kind: 'posted', posted };
  const text = posted.text ?? '';
  const textMadeItLarge = bytes > maxPostedActivityBytes && Buffer.byteLength(text) > maxPostedActivityBytes / 2;
  if (text.length > maxTypedChars || textMadeItLarge) return { kind: 'tooLong', characters: text.length, text };
  // Every reader takes the text as NFKC makes it, which some characters make 18 times longer (U+FDFA,
  // H487): a message is as long as it is read, so one that grows past the limit is too long too.
  const read = text.normalize('NFKC').length;
  if (read > maxTypedChars) return { kind: 'tooLong', characters: read, text };
  if (bytes > maxPostedActivityBytes) return { kind: 'tooLarge' };
  return { kind: 'posted', posted };
}
