/**
 * Co-occurrence rules: signals that mean little alone and a lot together, within a sentence or
 * two. "Rope" is shopping and "I'm done" is a finished form; "I'm done. Bought rope today" is a
 * plan. "Confused" is often dementia; confused with a meter reading "LO" is a hypo. The word
 * lists (lexicons) and the rules that combine them live in the `cooccurrence` section of
 * `safety/data/crisis-patterns.json`, so clinicians review words and combinations rather
 * than one regex per sentence.
 */
import { z } from 'zod';
import { literalGate } from './literalGate';
import { clauseStarts, indexAt, unitStarts } from './stretches';
import { crisisKindSchema, expandFragments, type CrisisKind, type Fragments, type PatternEntry } from './patternSource';

/**
 * A named word list. When a rule names it in `unless`, a match sets aside its own clause
 * (`vetoScope: 'clause'`, the default: "last week" in "had chemo last week" says when the chemo
 * was, not the fever) or its whole sentence, or piece of a long one (`'sentence'`: "lots of
 * blood but she's fine").
 */
const lexiconSchema = z.object({
  description: z.string().optional(),
  vetoScope: z.enum(['clause', 'sentence']).default('clause'),
  /**
   * A warning sign on its own ("I'm a burden on everyone", "the new carer is rough with her"):
   * not enough to call a crisis, but enough to remind the person, gently, where urgent help is.
   */
  signal: z.boolean().default(false),
  terms: z.array(z.string().min(1)).min(1),
});

/**
 * A rule fires when, within `window` consecutive units (sentences, or pieces of a long one),
 * every lexicon in `all` and at least `minAny` different lexicons in `any` are matched. A match
 * of an `unless` lexicon ("sometimes", "last year", "what to do if") sets aside its clause or
 * sentence (see the lexicon's `vetoScope`), and nothing there counts for the rule.
 */
const ruleSchema = z
  .object({
    id: z.string().min(1),
    kind: crisisKindSchema,
    window: z.number().int().min(1).max(5),
    all: z.array(z.string().min(1)).default([]),
    any: z.array(z.string().min(1)).default([]),
    minAny: z.number().int().min(1).default(1),
    unless: z.array(z.string().min(1)).default([]),
    note: z.string().optional(),
  })
  .refine((rule) => rule.all.length > 0 || rule.any.length > 0, { message: 'a rule needs `all` or `any`' })
  .refine((rule) => rule.any.length === 0 || rule.minAny <= rule.any.length, {
    message: '`minAny` is more than the lexicons in `any`',
  });

/** Schema of the `cooccurrence` section; every rule must name lexicons that exist. */
export const cooccurrenceSchema = z
  .object({
    description: z.string().optional(),
    unitBreak: z.string().min(1),
    clauseBreak: z.string().min(1),
    maxUnitWords: z.number().int().min(5),
    lexicons: z.record(z.string(), lexiconSchema),
    rules: z.array(ruleSchema),
  })
  .superRefine((section, ctx) => {
    section.rules.forEach((rule, i) => {
      for (const name of [...rule.all, ...rule.any, ...rule.unless]) {
        if (section.lexicons[name] === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['rules', i],
            message: `rule ${rule.id} names unknown lexicon ${name}`,
          });
        }
      }
    });
    for (const [name, lexicon] of Object.entries(section.lexicons)) {
      const kinds = lexicon.signal ? signalKinds(section.rules, name) : [];
      if (lexicon.signal && kinds.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['lexicons', name],
          message: `warning sign ${name} must be named by rules of one kind, to ask the check-in of that kind (found: ${kinds.join(', ') || 'none'})`,
        });
      }
    }
  });

/** The kinds of the rules that combine lexicon `name` with others (in `all` or `any`). */
function signalKinds(rules: readonly z.infer<typeof ruleSchema>[], name: string): CrisisKind[] {
  const uses = rules.filter((rule) => rule.all.includes(name) || rule.any.includes(name));
  return [...new Set(uses.map((rule) => rule.kind))];
}

/** The validated `cooccurrence` section. */
export type CooccurrenceSection = z.infer<typeof cooccurrenceSchema>;
type Rule = CooccurrenceSection['rules'][number];

/** A lexicon's terms joined into one regex source. */
export const lexiconSource = (terms: readonly string[]): string => `\\b(?:${terms.join('|')})\\b`;

/** Every regex source in the section, for the load-time compile check. */
export function cooccurrenceSources(
  section: CooccurrenceSection,
): { path: (string | number)[]; entry: PatternEntry }[] {
  const terms = Object.entries(section.lexicons).flatMap(([name, lexicon]) =>
    lexicon.terms.map((source, i) => ({
      path: ['lexicons', name, 'terms', i],
      entry: { id: `lexicon.${name}`, source },
    })),
  );
  return [
    { path: ['unitBreak'], entry: { id: 'cooccurrence.unitBreak', source: section.unitBreak } },
    { path: ['clauseBreak'], entry: { id: 'cooccurrence.clauseBreak', source: section.clauseBreak } },
    ...terms,
  ];
}

/**
 * A warning sign found in a message: its lexicon, and the kind of crisis it is a sign of (the
 * kind of the rules that use it), which is the check-in it calls for: wheezing is asked about as
 * a medical emergency, never as thoughts of suicide.
 */
export interface WarningSign {
  lexicon: string;
  kind: CrisisKind;
}

/** What co-occurs in one message: asks for the first rule of a kind that fires. */
export interface CooccurrenceScan {
  firstRule(kind: CrisisKind): string | null;
  /** The warning-sign lexicons (`signal: true`) matched anywhere in the message, in the file's order. */
  warningSigns(): WarningSign[];
}

/** Scans a (normalised) message; lexicons run lazily, once each, whatever the kinds asked. */
export type Cooccurrence = (text: string) => CooccurrenceScan;

/** Where each lexicon matched in one message, found lazily and once. */
interface Matches {
  units: number;
  /** Whether a lexicon matches anywhere: one search, without locating every match. */
  has(name: string): boolean;
  /** Unit and clause of every match of a lexicon. */
  of(name: string): readonly { unit: number; clause: number }[];
  scopeOf(name: string): 'clause' | 'sentence';
}

/** Running count of units with a hit, so "any hit in units a..b" is one subtraction. */
function prefixCounts(hits: Uint8Array): Int32Array {
  const prefix = new Int32Array(hits.length + 1);
  for (let i = 0; i < hits.length; i++) prefix[i + 1] = prefix[i] + hits[i];
  return prefix;
}

/** Per unit, whether a lexicon matched outside every clause or sentence the rule sets aside. */
function hitsFor(rule: Rule, matches: Matches): (name: string) => Uint8Array {
  const vetoedUnits = new Set<number>();
  const vetoedClauses = new Set<number>();
  for (const name of rule.unless) {
    const sentence = matches.scopeOf(name) === 'sentence';
    for (const m of matches.of(name)) {
      if (sentence) vetoedUnits.add(m.unit);
      else vetoedClauses.add(m.clause);
    }
  }
  return (name) => {
    const hits = new Uint8Array(matches.units);
    for (const m of matches.of(name)) if (!vetoedUnits.has(m.unit) && !vetoedClauses.has(m.clause)) hits[m.unit] = 1;
    return hits;
  };
}

/** Whether a rule fires in a message. */
function fires(rule: Rule, matches: Matches): boolean {
  // Most messages lack some required signal anywhere: settle those before any span work, in
  // loops rather than with closures and filtered arrays, as this runs for every rule on every message.
  for (const name of rule.all) if (!matches.has(name)) return false;
  if (rule.any.length > 0) {
    let present = 0;
    for (const name of rule.any) if (matches.has(name)) present++;
    if (present < rule.minAny) return false;
  }
  const hitsOf = hitsFor(rule, matches);
  const all = rule.all.map((name) => prefixCounts(hitsOf(name)));
  const any = rule.any.map((name) => prefixCounts(hitsOf(name)));
  const has = (prefix: Int32Array, from: number, to: number): boolean => prefix[to + 1] - prefix[from] > 0;
  const needAny = rule.any.length === 0 ? 0 : rule.minAny;
  for (let start = 0; start < matches.units; start++) {
    const end = Math.min(matches.units - 1, start + rule.window - 1);
    if (!all.every((prefix) => has(prefix, start, end))) continue;
    if (any.filter((prefix) => has(prefix, start, end)).length >= needAny) return true;
  }
  return false;
}

/** A lexicon's regex, its gate and how far its veto reaches. */
function lexiconRegex(source: string, scope: 'clause' | 'sentence') {
  return { regex: new RegExp(source, 'g'), gate: literalGate(source, 'g'), scope };
}

/** Builds the rules once; the returned function only runs them. */
export function createCooccurrence(section: CooccurrenceSection, fragments: Fragments): Cooccurrence {
  const unitBreak = new RegExp(expandFragments(section.unitBreak, fragments), 'g');
  const clauseBreak = new RegExp(expandFragments(section.clauseBreak, fragments), 'g');
  const lexicons = new Map(
    Object.entries(section.lexicons).map(([name, lexicon]) => [
      name,
      lexiconRegex(expandFragments(lexiconSource(lexicon.terms), fragments), lexicon.vetoScope),
    ]),
  );
  // Validation made sure each warning sign has exactly one kind.
  const signals: WarningSign[] = Object.entries(section.lexicons)
    .filter(([, lexicon]) => lexicon.signal)
    .map(([name]) => ({ lexicon: name, kind: signalKinds(section.rules, name)[0] }));
  const rulesByKind = new Map<CrisisKind, Rule[]>();
  for (const rule of section.rules) rulesByKind.set(rule.kind, [...(rulesByKind.get(rule.kind) ?? []), rule]);

  return (text: string): CooccurrenceScan => {
    // Cut into units and clauses only when a rule has all its signals: most texts lack one.
    let cut: { units: number[]; clauses: number[] } | undefined;
    const stretches = (): { units: number[]; clauses: number[] } => {
      if (cut === undefined) {
        const units = unitStarts(text, unitBreak, section.maxUnitWords);
        cut = { units, clauses: clauseStarts(text, clauseBreak, units) };
      }
      return cut;
    };
    const cache = new Map<string, { unit: number; clause: number }[]>();
    const found = new Map<string, boolean>();
    const matches: Matches = {
      get units() {
        return stretches().units.length;
      },
      has(name) {
        const located = cache.get(name);
        if (located !== undefined) return located.length > 0;
        let known = found.get(name);
        if (known === undefined) {
          // Names were checked against the lexicons when the file was validated.
          const lexicon = lexicons.get(name);
          const regex = lexicon?.gate.mayMatch(text) ? lexicon.regex : undefined;
          if (regex) regex.lastIndex = 0;
          known = regex?.test(text) ?? false;
          if (regex) regex.lastIndex = 0;
          found.set(name, known);
        }
        return known;
      },
      of(name) {
        const cached = cache.get(name);
        if (cached !== undefined) return cached;
        // Names were checked against the lexicons when the file was validated.
        const lexicon = lexicons.get(name);
        const found = lexicon?.gate.mayMatch(text) ? [...text.matchAll(lexicon.regex)] : [];
        const { units, clauses } = stretches();
        const located = found.map((m) => ({ unit: indexAt(units, m.index), clause: indexAt(clauses, m.index) }));
        cache.set(name, located);
        return located;
      },
      scopeOf: (name) => lexicons.get(name)?.scope ?? 'clause',
    };
    return {
      firstRule: (kind: CrisisKind): string | null =>
        (rulesByKind.get(kind) ?? []).find((rule) => fires(rule, matches))?.id ?? null,
      warningSigns: () => signals.filter((sign) => matches.has(sign.lexicon)),
    };
  };
}
