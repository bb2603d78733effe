/**
 * The mark a channel puts in a message's `channelData` when the message is too long to be read
 * (H320): the safety guards screen the part of it sent, so a disclosure in a long paste still gets
 * the crisis reply, but the conversation never reads it as an answer, and nothing is kept of it
 * beyond what a guard keeps. A client's own channelData never carries it: the built-in Direct Line and `/api/messages`
 * (where Azure's Direct Line passes on a page's channelData) take it out (`withoutScreenOnly`).
 */
export const screenOnlyMark = 'careprepScreenOnly';

/** True when `channelData` marks its message as one only to screen. */
export function isScreenOnly(channelData: unknown): boolean {
  return typeof channelData === 'object' && channelData !== null && Object.hasOwn(channelData, screenOnlyMark);
}

/** `channelData` as a client sent it, without the mark, which only the service sets. */
export function withoutScreenOnly<T extends Record<string, unknown>>(channelData: T | undefined): T | undefined {
  if (!isScreenOnly(channelData) || channelData === undefined) return channelData;
  const { [screenOnlyMark]: _dropped, ...rest } = channelData;
  return rest as T;
}
