/**
 * Waits, when a fixed counting window (a minute by default) is about to turn, until the next one
 * has begun, so that a test counting several requests against a limit on the real clock sees
 * them all in one window. A window turning between them would reset the count, rightly.
 */
export async function clearOfWindowEdge(needMs = 5_000, windowMs = 60_000): Promise<void> {
  const left = windowMs - (Date.now() % windowMs);
  if (left < needMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}
