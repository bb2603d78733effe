/**
 * The question for anything else to ask or talk about, in the person's words: where a wish to talk
 * about something, said beside an answer elsewhere, is added (`SectionAsking.keepBeside`).
 */
export const ownTopicsKey = 'topics.own';

/**
 * Record keys are the linkIds asked, with the goal number filled in (`goal.2.action`). The one
 * exception is "another goal?", asked after each goal: its linkId stays `goal.another` while
 * the answer is kept per goal (`goal.1.another`), so a second answer never overwrites the first.
 */
export function linkIdForKey(key: string): string {
  return /^goal\.\d+\.another$/.test(key) ? 'goal.another' : key;
}

/** The pack question that a record key asks (goal questions by their `goal.N.*` form). */
export function packLinkIdForKey(key: string): string {
  const linkId = linkIdForKey(key);
  return linkId.replace(/^goal\.\d+\./, 'goal.N.');
}
