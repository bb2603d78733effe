/**
 * Crisis detector: spots disclosures of suicide, self-harm, harm to others and medical
 * emergencies in any free-text answer, so the bot can stop routine questions and signpost help. The patterns live in `safety/data/crisis-patterns.json` so clinicians can review them without reading
 * code. This module validates, compiles and applies them; negation, timing, co-occurrence and tremor
 * repair each have a module of their own.
 */
import { z } from 'zod';
import patternsFile from '../../safety/data/crisis-patterns.json';
import { cooccurrenceSchema, cooccurrenceSources, createCooccurrence, type WarningSign } from './cooccurrence';
import { createNegation, createWholeDenial, negationSchema, negationSources } from './negation';
import { createNormaliser, type Normaliser } from './normalise';
import { blanker } from './blanker';
import { createMatcher, kindOrder, type CrisisDetection } from './patternMatcher';
import { compile, crisisKindSchema, patternEntrySchema, sourceProblem, type PatternEntry } from './patternSource';
import { createTiming, timingSchema, timingSources } from './timing';
import { tremorSchema } from './tremor';
import { remembered } from '../../plan/remembered';

export type { CrisisKind } from './patternSource';
export type { CrisisDetection } from './patternMatcher';

/** Detects a crisis in one message; returns `null` when there is none. Never throws. */
export interface CrisisDetector {
  detect(text: string): CrisisDetection | null;
  /**
   * The warning signs in a message that is not a crisis as it stands: lexicons marked `signal`
   * found outside idioms, denials and a past the person says is over. Never throws.
   */
  warningSigns(text: string): readonly WarningSign[];
  /**
   * The message in the canonical form the patterns read (lower case, text-speak expanded), blank
   * if both layers set it aside, before idioms and denials are blanked: what the learned layer
   * reads (and learns from), so it is worked out once.
   */
  normalise(text: string): string;
  /**
   * The message as the patterns read it now: normalised, with what both layers set aside, idioms,
   * denials and words taken back ("…not literally") blanked, and a calm past blanked when the
   * message tells one. What a sentence of it says is said as the writer meant it. Never throws.
   */
  asserted(text: string): string;
  /** Whether the message is nothing but denials (H83): then the learned layer has nothing to read. */
  deniesAll(text: string): boolean;
}

/**
 * A crisis pattern. `deferTo` marks a pattern that shows a method but not whose life is at risk
 * ("looked up how much insulin it would take"): when the message also matches a pattern of that
 * kind ("I'll kill him"), that kind is reported instead. `beyondDoubt` marks a physical emergency
 * already under way (see `CrisisDetection`).
 */
const crisisPatternSchema = patternEntrySchema.extend({
  deferTo: crisisKindSchema.optional(),
  beyondDoubt: z.literal(true).optional(),
});

/** Schema of `safety/data/crisis-patterns.json`. */
export const crisisPatternsSchema = z
  .object({
    version: z.number().int().positive(),
    description: z.string().optional(),
    normalisation: z.record(z.string(), z.string()),
    fragments: z.record(z.string(), z.string()).default({}),
    patterns: z.object({
      suicide: z.array(crisisPatternSchema),
      selfHarm: z.array(crisisPatternSchema),
      harmOthers: z.array(crisisPatternSchema),
      medicalEmergency: z.array(crisisPatternSchema),
    }),
    exclusions: z.array(patternEntrySchema),
    /**
     * Messages that say nothing of a risk in words a layer misreads ("my son has never taken an
     * overdose", a carer's "he has dementia, he cannot say"): blanked before either layer reads
     * them. Each is anchored to the whole message: beside other words the same ones are context
     * the learned layer needs ("…, he cannot say, he is covered in bruises").
     */
    setAside: z.array(patternEntrySchema).default([]),
    negation: negationSchema.optional(),
    timing: timingSchema.optional(),
    cooccurrence: cooccurrenceSchema.optional(),
    tremor: tremorSchema.optional(),
  })
  .superRefine((value, ctx) => {
    // A typo in a source, or an id given twice (evidence and tests cite ids), fails at load time.
    const ids = new Set<string>();
    const check = (entry: PatternEntry, path: (string | number)[], own = true): void => {
      const problem = own && ids.has(entry.id) ? 'id used twice' : sourceProblem(entry.source, value.fragments);
      if (own) ids.add(entry.id);
      if (problem !== null) ctx.addIssue({ code: 'custom', path, message: `pattern ${entry.id}: ${problem}` });
    };
    for (const kind of kindOrder) value.patterns[kind].forEach((entry, i) => check(entry, ['patterns', kind, i]));
    value.exclusions.forEach((entry, i) => check(entry, ['exclusions', i]));
    value.setAside.forEach((entry, i) => check(entry, ['setAside', i]));
    const sections = [
      { name: 'negation', sources: value.negation ? negationSources(value.negation) : [] },
      { name: 'timing', sources: value.timing ? timingSources(value.timing) : [] },
      { name: 'cooccurrence', sources: value.cooccurrence ? cooccurrenceSources(value.cooccurrence) : [] },
    ];
    for (const { name, sources } of sections)
      for (const { path, entry } of sources) check(entry, [name, ...path], false);
  });

/** The validated pattern file. */
export type CrisisPatterns = z.infer<typeof crisisPatternsSchema>;

/** Blanks idioms and denied stretches, leaving what the message asserts. */
type Cleaner = (text: string) => string;

/** Compiles the idiom exclusions and the negation cues. */
function createCleaner(parsed: CrisisPatterns): Cleaner {
  const exclusions = blanker(compile(parsed.exclusions, parsed.fragments, 'g'));
  const negation = parsed.negation ? createNegation(parsed.negation, parsed.fragments) : null;
  return (text) => {
    // Idioms are blanked out rather than vetoing the message, so "my knees are killing me and I
    // want to kill myself" still triggers on the second half.
    const out = exclusions(text);
    return negation ? negation(out) : out;
  };
}

/**
 * How many texts each reading remembers: a screen reads a message, the message with the one before
 * it, its sentences and its wishes, and each of them more than once (detection, the learned layer,
 * the warning signs), so one text remembered was read afresh nearly every time.
 */
const textsRemembered = 16;

/**
 * Builds a detector. Regexes are compiled once here; `detect` only runs them.
 *
 * @param patterns Pattern set to use; defaults to `safety/data/crisis-patterns.json`.
 * @throws when the default file or the given patterns fail validation (a build-time bug).
 */
export function createCrisisDetector(patterns?: CrisisPatterns): CrisisDetector {
  const parsed = crisisPatternsSchema.parse(patterns ?? patternsFile);
  // Remembered: both layers read these texts. The patterns alone read "od'd" and tremor typing.
  const canonical = createNormaliser(parsed.normalisation);
  const setAside = blanker(compile(parsed.setAside, parsed.fragments, 'g'));
  const normalise: Normaliser = remembered((text: string) => setAside(canonical(text)), textsRemembered);
  const asTyped = createNormaliser(parsed.normalisation, { asTyped: true, tremor: parsed.tremor });
  const clean = createCleaner(parsed);
  const timing = parsed.timing ? createTiming(parsed.timing, parsed.fragments) : null;
  // The guard asks for the detection and then the warning signs of the same message: both read
  // one analysis and one co-occurrence scan, remembered for the last few texts.
  const rules = parsed.cooccurrence ? createCooccurrence(parsed.cooccurrence, parsed.fragments) : null;
  const cooccurrence = rules ? remembered(rules, textsRemembered) : null;
  const match = createMatcher(parsed.patterns, parsed.fragments, cooccurrence);
  const deniesAll = parsed.negation ? createWholeDenial(parsed.negation, parsed.fragments) : () => false;
  const analyse = remembered((text: string) => {
    const asserted = clean(setAside(asTyped(text)));
    return { asserted, present: timing ? timing.setAsidePast(asserted) : null };
  }, textsRemembered);

  return {
    normalise,
    // Remembered, as the screen reads one text more than once a turn (alone, in context, for whose).
    detect: remembered((text: string): CrisisDetection | null => {
      try {
        if (typeof text !== 'string' || text.length === 0) return null;
        const { asserted, present } = analyse(text);
        if (timing === null || present === null) return match(asserted, kindOrder);

        // Something in the message is told as past ("tried to take my own life years ago").
        // Anything said about now still counts on its own.
        const now = match(present, kindOrder);
        if (now !== null) return now;
        if (!timing.presentRisk(asserted)) return null;
        // A past event with present intent ("...and I'm going to do it again") is a risk now.
        // Suicide, self-harm and harm to others come first here: an overdose years ago that the
        // person means to repeat is suicidal risk, not an emergency that is happening now.
        return match(asserted, ['suicide', 'selfHarm', 'harmOthers']) ?? match(asserted, ['medicalEmergency']);
      } catch {
        // Unreachable with validated patterns; a detector that throws would drop the message,
        // so fail towards "no detection" and let the rest of the turn run.
        return null;
      }
    }, textsRemembered),

    asserted(text: string): string {
      try {
        if (typeof text !== 'string' || text.length === 0) return '';
        const { asserted, present } = analyse(text);
        return present ?? asserted;
      } catch {
        return '';
      }
    },

    deniesAll: (text: string): boolean => typeof text === 'string' && deniesAll(normalise(text)),

    warningSigns(text: string): readonly WarningSign[] {
      try {
        if (cooccurrence === null || typeof text !== 'string' || text.length === 0) return [];
        const { asserted, present } = analyse(text);
        return cooccurrence(present ?? asserted).warningSigns();
      } catch {
        return [];
      }
    },
  };
}
