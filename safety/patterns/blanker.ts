/**
 * Blanking what a list of global patterns match (idioms, what both layers set aside), each in
 * turn over what the ones before left.
 */
import { gateSet } from './literalGate';
import type { CompiledPattern } from './patternSource';

/** Blanks every match of each of `patterns` (global), in order; their gates are read together. */
export function blanker(patterns: readonly CompiledPattern[]): (text: string) => string {
  const opened = gateSet(patterns.map((pattern) => pattern.gate));
  return (text) => {
    let out = text;
    let open = opened(out);
    patterns.forEach((pattern, i) => {
      const next = open[i] === 1 ? out.replace(pattern.regex, ' | ') : out;
      // Blanked, the text may now lack what a later gate needs: read the gates anew.
      if (next !== out) open = opened((out = next));
    });
    return out;
  };
}
