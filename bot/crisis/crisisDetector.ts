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

/**
 * How a calm past event is told apart from a present risk. Text is cut into sentences at
 * `sentenceBreak` and sentences into clauses at `clauseBreak`. A clause holding a `pastMarkers`
 * match ("years ago", "as a teenager", "used to") is set aside; a clause that is nothing but the
 * marker ("Years ago, ...") sets aside its neighbours in the same sentence too. Nothing is set
 * aside when anything in the message matches `presentRisk` ("going to do it again").
 */
const timingSchema = z.object({
  description: z.string().optional(),
  sentenceBreak: z.string().min(1),
  clauseBreak: z.string().min(1),
  pastMarkers: z.array(patternEntrySchema),
  presentRisk: z.array(patternEntrySchema),
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
    timing: timingSchema.optional(),
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
    if (value.timing) {
      check({ id: 'timing.sentenceBreak', source: value.timing.sentenceBreak }, ['timing', 'sentenceBreak']);
      check({ id: 'timing.clauseBreak', source: value.timing.clauseBreak }, ['timing', 'clauseBreak']);
      value.timing.pastMarkers.forEach((entry, i) => check(entry, ['timing', 'pastMarkers', i]));
      value.timing.presentRisk.forEach((entry, i) => check(entry, ['timing', 'presentRisk', i]));
    }
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

/** A stretch of text and the separator that followed it. */
interface Piece {
  text: string;
  separator: string;
}

function splitKeeping(text: string, separator: RegExp): Piece[] {
  const pieces: Piece[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (match[0].length === 0) continue;
    pieces.push({ text: text.slice(start, match.index), separator: match[0] });
    start = match.index + match[0].length;
  }
  pieces.push({ text: text.slice(start), separator: '' });
  return pieces;
}

const wordCount = (text: string): number => text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0).length;

interface Timing {
  sentenceBreak: RegExp;
  clauseBreak: RegExp;
  pastMarkers: CompiledPattern[];
  presentRisk: CompiledPattern[];
}

/** Blanks every clause told as past (see `timingSchema`); `null` when there is none. */
function setAsidePast(text: string, timing: Timing): string | null {
  let changed = false;
  const sentences = splitKeeping(text, timing.sentenceBreak).map((sentence) => {
    const clauses = splitKeeping(sentence.text, timing.clauseBreak);
    const past = clauses.map(() => false);
    clauses.forEach((clause, i) => {
      const marker = timing.pastMarkers.find((m) => m.regex.test(clause.text));
      if (marker === undefined) return;
      past[i] = true;
      // "Years ago, I tried to..." puts the time in a clause of its own.
      if (wordCount(clause.text.replace(marker.regex, ' ')) <= 2) {
        if (i > 0) past[i - 1] = true;
        if (i < clauses.length - 1) past[i + 1] = true;
      }
    });
    changed ||= past.some(Boolean);
    const kept = clauses.map((clause, i) => (past[i] ? ' | ' : clause.text) + clause.separator).join('');
    return kept + sentence.separator;
  });
  return changed ? sentences.join('') : null;
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
  const timing: Timing | null = parsed.timing
    ? {
        sentenceBreak: new RegExp(expandFragments(parsed.timing.sentenceBreak, parsed.fragments), 'g'),
        clauseBreak: new RegExp(expandFragments(parsed.timing.clauseBreak, parsed.fragments), 'g'),
        pastMarkers: compile(parsed.timing.pastMarkers, parsed.fragments, ''),
        presentRisk: compile(parsed.timing.presentRisk, parsed.fragments, ''),
      }
    : null;

  const firstMatch = (text: string, kinds: readonly CrisisKind[]): CrisisDetection | null => {
    for (const { kind, compiled } of byKind) {
      if (!kinds.includes(kind)) continue;
      for (const pattern of compiled) {
        if (pattern.regex.test(text)) return { kind, patternId: pattern.id };
      }
    }
    return null;
  };

  return {
    detect(text: string): CrisisDetection | null {
      try {
        if (typeof text !== 'string' || text.length === 0) return null;
        let normalised = normalise(text);
        // Idioms are blanked out rather than vetoing the message, so "my knees are killing me
        // and I want to kill myself" still triggers on the second half.
        for (const exclusion of exclusions) normalised = normalised.replace(exclusion.regex, ' | ');
        const present = timing ? setAsidePast(normalised, timing) : null;
        if (timing === null || present === null) return firstMatch(normalised, KIND_ORDER);

        // Something in the message is told as past ("tried to take my own life years ago").
        // Anything said about now still counts on its own.
        const now = firstMatch(present, KIND_ORDER);
        if (now !== null) return now;
        if (!timing.presentRisk.some((pattern) => pattern.regex.test(normalised))) return null;
        // A past event with present intent ("...and I'm going to do it again") is a risk now.
        // Suicide, self-harm and harm to others come first here: an overdose years ago that the
        // person means to repeat is suicidal risk, not an emergency that is happening now.
        return (
          firstMatch(normalised, ['suicide', 'selfHarm', 'harmOthers']) ?? firstMatch(normalised, ['medicalEmergency'])
        );
      } catch {
        // Unreachable with validated patterns; a detector that throws would drop the message,
        // so fail towards "no detection" and let the rest of the turn run.
        return null;
      }
    },
  };
}
