/**
 * `read` with its results for the last `size` texts remembered. One turn reads the same message
 * many times over (the crisis screen alone, with the text before it, then every recogniser asked
 * about it), and each reading began by normalising it afresh. Only for pure readings whose result
 * is never changed by a caller: a string, a boolean, null, or a value treated as read-only.
 */
export function remembered<T>(read: (text: string) => T, size = 64): (text: string) => T {
  const kept = new Map<string, T>();
  return (text) => {
    if (kept.has(text)) return kept.get(text) as T;
    const value = read(text);
    // The oldest first: a Map keeps insertion order, so its first key is the one longest kept.
    if (kept.size >= size) kept.delete(kept.keys().next().value as string);
    kept.set(text, value);
    return value;
  };
}
