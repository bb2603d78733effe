/**
 * The readings an answer's context adds (`safety/answerContext.ts`), from the `answerContexts`
 * section of `safety/data/crisis-patterns.json`: what a goal given as an answer, or named inside
 * any message ("change my goal to …"), is read as wished; and the words that, at a goal's own
 * steps, are the goal ("do it") and are set aside. Each works on the message as the patterns read
 * it (normalised).
 */
import { z } from 'zod';
import type { AnswerContext } from '../answerContext';
import { crisisKindSchema, type CrisisKind } from '../kinds';
import { compile, patternEntrySchema, type CompiledPattern, type Fragments, type PatternEntry } from './patternSource';

/** Schema of the `answerContexts` section. */
export const answerContextsSchema = z.object({
  description: z.string().optional(),
  wish: z.object({
    note: z.string().optional(),
    /** Put before a wish to read it as one: "i want " before "not being here". */
    frame: z.string().min(1),
    /**
     * The kinds a wish reading may find, and only by a pattern: the frame is ours, not the
     * person's, and the learned layer learned from what people wrote.
     */
    kinds: z.array(crisisKindSchema).min(1),
    /** Words in any message that name a goal ("change my goal to"): what follows them is read as wished. */
    namesGoal: z.array(patternEntrySchema).default([]),
  }),
  goalStep: z.object({
    note: z.string().optional(),
    /** Words that, in an answer about a goal's steps, are the goal ("do it", "nothing will stop me"). */
    aboutGoal: z.array(patternEntrySchema).min(1),
    /**
     * Words that only say when, how sure or whether ("I'll", "this weekend", "9"): an answer of
     * these and words about the goal alone says nothing else, and is not read at all.
     */
    whenAndWhether: patternEntrySchema,
  }),
  /** At a question asking how a carer is coping (H212): tiredness and strain are the answer, set aside. */
  coping: z
    .object({
      note: z.string().optional(),
      /** Words that answer how one is coping ("barely", "I haven't slept properly in weeks"). */
      answerWords: z.array(patternEntrySchema).min(1),
      /** Words that add nothing beside them ("and", "to be honest"): an answer of these alone is not read. */
      filler: patternEntrySchema,
    })
    .optional(),
});

/** The validated `answerContexts` section. */
export type AnswerContextsSection = z.infer<typeof answerContextsSchema>;

/** What an answer's context adds to its reading. */
export interface AnswerReadings {
  /** The kinds a wish reading may find (by a pattern only). */
  readonly wishKinds: readonly CrisisKind[];
  /**
   * The readings of `normalised` as a wish, framed: the whole answer when it answers a `wish`
   * question, and what follows each goal it names ("change my goal to resting forever"), in any context.
   */
  wishes(normalised: string, context: AnswerContext | undefined): string[];
  /**
   * What to read of `normalised`, an answer about a goal's steps: itself when it says nothing of
   * the goal; with the words about the goal blanked when it says more; `undefined` when it says
   * nothing but the goal and when, how sure or whether ("I'll do it tomorrow").
   */
  goalStep(normalised: string): string | undefined;
  /** The same for an answer to how a carer is coping: tiredness and strain are the answer (H212). */
  coping(normalised: string): string | undefined;
}

/** A letter or digit: something left to read. */
const wordy = /[\p{L}\p{N}]/u;

/** Every regex source in the section, for the load-time compile check and the linear-time test. */
export function answerContextSources(section: AnswerContextsSection): PatternEntry[] {
  const coping = section.coping === undefined ? [] : [...section.coping.answerWords, section.coping.filler];
  return [...section.wish.namesGoal, ...section.goalStep.aboutGoal, section.goalStep.whenAndWhether, ...coping];
}

/**
 * Builds the readings. Throws on a source that does not compile, so a typo in the data fails the
 * build (the screen is built when the service starts, and in every screen test).
 */
export function createAnswerReadings(section: AnswerContextsSection, fragments: Fragments): AnswerReadings {
  const namesGoal = compile(section.wish.namesGoal, fragments, 'g');
  const aboutGoal = compile(section.goalStep.aboutGoal, fragments, 'g');
  const [whenAndWhether] = compile([section.goalStep.whenAndWhether], fragments, 'g');
  const answerWords = compile(section.coping?.answerWords ?? [], fragments, 'g');
  const [filler] = section.coping === undefined ? [] : compile([section.coping.filler], fragments, 'g');
  const { frame, kinds } = section.wish;
  const framed = (wish: string): string[] => (wordy.test(wish) ? [`${frame}${wish.trim()}`] : []);
  return {
    wishKinds: kinds,
    wishes(normalised, context) {
      const read = context === 'wish' ? framed(normalised) : [];
      for (const pattern of namesGoal) {
        if (!pattern.gate.mayMatch(normalised)) continue;
        for (const named of normalised.matchAll(pattern.regex)) {
          read.push(...framed(normalised.slice((named.index ?? 0) + named[0].length)));
        }
      }
      return read;
    },
    goalStep: (normalised) => withoutAnswer(normalised, aboutGoal, whenAndWhether),
    coping: (normalised) => (filler === undefined ? normalised : withoutAnswer(normalised, answerWords, filler)),
  };
}

/**
 * `normalised` with the words that are the answer blanked: itself when it holds none, `undefined`
 * when nothing but them and `rest` words is left to read.
 */
function withoutAnswer(
  normalised: string,
  words: readonly CompiledPattern[],
  rest: CompiledPattern,
): string | undefined {
  let out = normalised;
  for (const pattern of words) if (pattern.gate.mayMatch(out)) out = out.replace(pattern.regex, ' | ');
  if (out === normalised) return normalised;
  return wordy.test(out.replace(rest.regex, ' ')) ? out : undefined;
}
