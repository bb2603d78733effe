/**
 * The crisis patterns applied in order of precedence: every pattern of a kind before the next
 * kind, the first that matches deciding, and the co-occurrence rules only when no pattern states
 * a crisis. The detector (./patternDetector) decides what text the patterns read.
 */
import type { Cooccurrence, CooccurrenceScan } from './cooccurrence';
import { gateSet } from './literalGate';
import { compile, type CompiledPattern, type CrisisKind, type Fragments, type PatternEntry } from './patternSource';

/** What was found: the kind that decides the response, and the pattern id for audit. */
export interface CrisisDetection {
  kind: CrisisKind;
  patternId: string;
  /**
   * Set when the pattern states a physical emergency already under way (tablets swallowed, a wound
   * gaping or bleeding) or harm to someone meant outright (run over, the petrol got: H172, H259):
   * what the writer says of their intent does not make that safe, nor the learned layer's doubt.
   */
  beyondDoubt?: true;
}

/**
 * Precedence when a message matches several kinds. A medical emergency comes first because the
 * patterns only fire for something happening now, and 999 has to be the first thing said.
 * Suicide outranks self-harm because its signposting (999 / 111 option 2 / Samaritans) covers
 * self-harm too, and under-reacting to suicidal intent is the costlier mistake. Self-harm
 * outranks harm to others because many "hurt" messages are ambiguous about who is at risk and
 * the person writing is the one we can help directly.
 */
export const kindOrder: readonly CrisisKind[] = ['medicalEmergency', 'suicide', 'selfHarm', 'harmOthers'];

/** A crisis pattern as the file holds it (see `crisisPatternSchema` in ./patternDetector). */
export interface CrisisPatternEntry extends PatternEntry {
  deferTo?: CrisisKind;
  beyondDoubt?: true;
}

type MatcherPattern = CompiledPattern & { deferTo?: CrisisKind; beyondDoubt?: true };

/** Finds the first detection among `kinds`, or `null`. */
export type Matcher = (text: string, kinds: readonly CrisisKind[]) => CrisisDetection | null;

/** Compiles the patterns and co-occurrence rules, and applies them in order of precedence. */
export function createMatcher(
  patterns: Readonly<Record<CrisisKind, readonly CrisisPatternEntry[]>>,
  fragments: Fragments,
  cooccurrence: Cooccurrence | null,
): Matcher {
  const byKind: MatcherPattern[][] = kindOrder.map((kind) => {
    const entries = patterns[kind];
    return compile(entries, fragments, '').map((pattern, i) => ({
      ...pattern,
      deferTo: entries[i].deferTo,
      beyondDoubt: entries[i].beyondDoubt,
    }));
  });
  // Every pattern's gate read at once, in kindOrder; `from[k]` is where kind k's patterns start.
  const from = byKind.map((_, k) => byKind.slice(0, k).reduce((sum, compiled) => sum + compiled.length, 0));
  const opened = gateSet(byKind.flat().map((pattern) => pattern.gate));
  // A loop, not `find` with a closure: this runs for some 500 patterns on every text read.
  const firstOf = (text: string, open: Uint8Array, kind: CrisisKind): MatcherPattern | undefined => {
    const k = kindOrder.indexOf(kind);
    const compiled = byKind[k];
    for (let i = 0, at = from[k]; i < compiled.length; i++, at++) {
      if (open[at] === 1 && compiled[i].regex.test(text)) return compiled[i];
    }
    return undefined;
  };

  const patternOf = (text: string, open: Uint8Array, kind: CrisisKind): CrisisDetection | null => {
    const pattern = firstOf(text, open, kind);
    if (pattern === undefined) return null;
    const deferred = pattern.deferTo;
    const other = deferred === undefined ? undefined : firstOf(text, open, deferred);
    const [foundKind, found] = deferred !== undefined && other !== undefined ? [deferred, other] : [kind, pattern];
    const detection: CrisisDetection = { kind: foundKind, patternId: found.id };
    return found.beyondDoubt === true ? { ...detection, beyondDoubt: true } : detection;
  };
  const ruleOf = (scan: CooccurrenceScan | null, kind: CrisisKind): CrisisDetection | null => {
    const id = scan?.firstRule(kind) ?? null;
    return id === null ? null : { kind, patternId: id };
  };

  // A rule infers a crisis from signals together, so it never overrides a pattern that states
  // one outright, whatever its kind; among patterns, and among rules, kindOrder decides.
  return (text, kinds) => {
    const scan = cooccurrence ? cooccurrence(text) : null;
    const wanted = kinds === kindOrder ? kindOrder : kindOrder.filter((kind) => kinds.includes(kind));
    const open = opened(text);
    for (const kind of wanted) {
      const stated = patternOf(text, open, kind);
      if (stated !== null) return stated;
    }
    for (const kind of wanted) {
      const inferred = ruleOf(scan, kind);
      if (inferred !== null) return inferred;
    }
    return null;
  };
}
