/** Free text as a person typed it: how much of it is kept, and the noise taken out of it. */

/**
 * The longest free-text answer kept; a longer one is asked again. Generous, because a long answer
 * refused is an answer lost: it is shortened where the coordinator reads it, never here.
 */
export const maxTextLength = 20_000;

/** Typed text without control characters (noise from copy-and-paste, never part of an answer). */
export function cleanText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').trim();
}
