import { z } from 'zod';
import { bare } from '../plan/normalise';
import { loadYaml } from './catalogue';

const stopRequestsSchema = z.strictObject({ stopRequests: z.array(z.string().min(1)) });

/**
 * Whether a whole text asks, in words, for texts to stop ("stop texting me"); the phrases are in
 * content/smsStopRequests.yaml. Only the whole text counts, as with STOP itself, so "I can't stop
 * texting my daughter" is an answer like any other.
 */
export type AsksToStopTexts = (body: string) => boolean;

/** Reads the phrases (by default, content/smsStopRequests.yaml) into a matcher. */
export function loadStopRequests(
  phrases: readonly string[] = loadYaml('smsStopRequests.yaml', stopRequestsSchema).stopRequests,
): AsksToStopTexts {
  const key = (text: string): string => bare(text).replace(/\?/g, '').trim();
  const set = new Set(phrases.map(key));
  return (body) => set.has(key(body));
}
