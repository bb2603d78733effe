/**
 * Crisis detector: spots disclosures of suicide, self-harm, harm to others and medical
 * emergencies in any free-text answer, so the bot can stop routine questions and signpost help.
 *
 * The patterns live in `content/safety/crisis-patterns.json` so clinicians can review them
 * without reading code. This module only validates, compiles and applies them.
 */
import { z } from 'zod';
import patternsFile from '../../content/safety/crisis-patterns.json';
import { createNormaliser, type Normaliser } from './normalise';

/** The kinds of crisis, each with its own signposting. */
export type CrisisKind = 'suicide' | 'selfHarm' | 'harmOthers' | 'medicalEmergency';

/** What was found: the kind that decides the response, and the pattern id for audit. */
export interface CrisisDetection {
  kind: CrisisKind;
  patternId: string;
}

/** Detects a crisis in one message; returns `null` when there is none. Never throws. */
export interface CrisisDetector {
  detect(text: string): CrisisDetection | null;
}

const FRAGMENT = /%([a-zA-Z]+)%/g;

const patternEntrySchema = z.object({
  id: z.string().min(1),
  source: z.string().min(1),
  note: z.string().optional(),
});

/** Schema of `content/safety/crisis-patterns.json`. */
export const crisisPatternsSchema = z
  .object({
    version: z.number().int().positive(),
    description: z.string().optional(),
    normalisation: z.record(z.string(), z.string()),
    fragments: z.record(z.string(), z.string()).default({}),
    patterns: z.object({
      suicide: z.array(patternEntrySchema),
      selfHarm: z.array(patternEntrySchema),
      harmOthers: z.array(patternEntrySchema),
      medicalEmergency: z.array(patternEntrySchema),
    }),
    exclusions: z.array(patternEntrySchema),
  })
  .superRefine((value, ctx) => {
    // Reject bad sources at load time: a typo in a safety pattern must fail the build, not
    // silently stop detecting.
    const check = (entry: { id: string; source: string }, path: (string | number)[]): void => {
      try {
        new RegExp(expandFragments(entry.source, value.fragments));
      } catch (error) {
        ctx.addIssue({
          code: 'custom',
          path,
          message: `pattern ${entry.id} does not compile: ${(error as Error).message}`,
        });
      }
    };
    for (const kind of KIND_ORDER) {
      value.patterns[kind].forEach((entry, i) => check(entry, ['patterns', kind, i]));
    }
    value.exclusions.forEach((entry, i) => check(entry, ['exclusions', i]));
  });

/** The validated pattern file. */
export type CrisisPatterns = z.infer<typeof crisisPatternsSchema>;

/**
 * Precedence when a message matches several kinds. A medical emergency comes first because the
 * patterns only fire for something happening now, and 999 has to be the first thing said.
 * Suicide outranks self-harm because its signposting (999 / 111 option 2 / Samaritans) covers
 * self-harm too, and under-reacting to suicidal intent is the costlier mistake. Self-harm
 * outranks harm to others because many "hurt" messages are ambiguous about who is at risk and
 * the person writing is the one we can help directly.
 */
const KIND_ORDER: readonly CrisisKind[] = ['medicalEmergency', 'suicide', 'selfHarm', 'harmOthers'];

/** Expands `%name%` fragments; nested fragments are expanded a few levels deep. */
function expandFragments(source: string, fragments: Readonly<Record<string, string>>): string {
  let out = source;
  for (let depth = 0; depth < 4 && FRAGMENT.test(out); depth++) {
    out = out.replace(FRAGMENT, (whole, name: string) => {
      const fragment = fragments[name];
      if (fragment === undefined) throw new Error(`unknown fragment ${whole}`);
      return fragment;
    });
  }
  if (FRAGMENT.test(out)) throw new Error('fragments nested too deeply');
  return out;
}

interface CompiledPattern {
  id: string;
  regex: RegExp;
}

function compile(entries: readonly { id: string; source: string }[], fragments: Record<string, string>, flags: string) {
  return entries.map((e): CompiledPattern => ({
    id: e.id,
    regex: new RegExp(expandFragments(e.source, fragments), flags),
  }));
}

/**
 * Builds a detector. Regexes are compiled once here; `detect` only runs them.
 *
 * @param patterns Pattern set to use; defaults to `content/safety/crisis-patterns.json`.
 * @throws when the default file or the given patterns fail validation (a build-time bug).
 */
export function createCrisisDetector(patterns?: CrisisPatterns): CrisisDetector {
  const parsed = crisisPatternsSchema.parse(patterns ?? patternsFile);
  const normalise: Normaliser = createNormaliser(parsed.normalisation);
  const exclusions = compile(parsed.exclusions, parsed.fragments, 'g');
  const byKind = KIND_ORDER.map((kind) => ({ kind, compiled: compile(parsed.patterns[kind], parsed.fragments, '') }));

  return {
    detect(text: string): CrisisDetection | null {
      try {
        if (typeof text !== 'string' || text.length === 0) return null;
        let normalised = normalise(text);
        // Idioms are blanked out rather than vetoing the message, so "my knees are killing me
        // and I want to kill myself" still triggers on the second half.
        for (const exclusion of exclusions) normalised = normalised.replace(exclusion.regex, ' | ');
        for (const { kind, compiled } of byKind) {
          for (const pattern of compiled) {
            if (pattern.regex.test(normalised)) return { kind, patternId: pattern.id };
          }
        }
        return null;
      } catch {
        // Unreachable with validated patterns; a detector that throws would drop the message,
        // so fail towards "no detection" and let the rest of the turn run.
        return null;
      }
    },
  };
}
