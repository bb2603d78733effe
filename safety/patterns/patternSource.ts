/**
 * Shared handling of regex sources held as data in `safety/data/crisis-patterns.json`:
 * `%name%` fragments, the schema of a pattern entry, and compiling with a check that fails
 * validation rather than detection.
 */
import { z } from 'zod';
import { literalGate, type LiteralGate } from './literalGate';

export { crisisKindSchema, type CrisisKind } from '../kinds';

/** Shared fragments, `%name%` → regex source. */
export type Fragments = Readonly<Record<string, string>>;

const fragmentPattern = /%([a-zA-Z]+)%/g;

/** One reviewable regex with an id for audit and an optional note for reviewers. */
export const patternEntrySchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  note: z.string().optional(),
});

/** A validated pattern entry. */
export type PatternEntry = z.infer<typeof patternEntrySchema>;

/** A compiled pattern, keeping its id for audit. */
export interface CompiledPattern {
  id: string;
  regex: RegExp;
  /** Checked before the regex runs: most texts lack its literals (see ./literalGate). */
  gate: LiteralGate;
}

/** Expands `%name%` fragments; nested fragments are expanded a few levels deep. */
export function expandFragments(source: string, fragments: Fragments): string {
  let out = source;
  for (let depth = 0; depth < 4 && fragmentPattern.test(out); depth++) {
    out = out.replace(fragmentPattern, (whole, name: string) => {
      const fragment = fragments[name];
      if (fragment === undefined) throw new Error(`unknown fragment ${whole}`);
      return fragment;
    });
  }
  if (fragmentPattern.test(out)) throw new Error('fragments nested too deeply');
  return out;
}

/** Whether a compiled pattern matches: its gate first, the regex only when the gate lets it. */
export function matches(pattern: CompiledPattern, text: string): boolean {
  return pattern.gate.mayMatch(text) && pattern.regex.test(text);
}

/** Compiles entries in file order, each with its gate. Only call on sources that passed `sourceProblem`. */
export function compile(entries: readonly PatternEntry[], fragments: Fragments, flags: string): CompiledPattern[] {
  return entries.map((e) => {
    const source = expandFragments(e.source, fragments);
    return { id: e.id, regex: new RegExp(source, flags), gate: literalGate(source, flags) };
  });
}

/**
 * Why a source does not compile, or `null` when it does. Used from `superRefine` so a typo in a
 * safety pattern fails the build instead of silently stopping detection.
 */
export function sourceProblem(source: string, fragments: Fragments): string | null {
  try {
    new RegExp(expandFragments(source, fragments));
    return null;
  } catch (error) {
    return (error as Error).message;
  }
}
