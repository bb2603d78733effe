/**
 * What a message answers, as the crisis screen reads it (H120). The screen reads most messages as
 * if they stood alone, but a few questions change what plain words mean:
 * - `wish`: the question asks for something wanted ("What is something you would like to
 *   achieve?"), so the answer is also read as "I want <answer>": a wish to be dead given as a goal
 *   ("not being here", "for it all to stop") is read as the wish it is;
 * - `goalStep`: the question asks about a goal's own steps (what, when, what might stop them, how
 *   sure), where "I'll do it tomorrow" and "nothing will stop me" are the goal: those words are set
 *   aside and the rest of the answer is read as ever, so other risk words still count;
 * - `coping`: the question asks how a carer is coping, where "barely, I haven't slept properly in
 *   weeks" is the answer (H212): tiredness and strain are set aside and the rest read as ever, so
 *   "I can't breathe" there still gets its reply.
 * The packs say which questions are which (`screenAs`); the words each reading uses are data
 * (`answerContexts` in `safety/data/crisis-patterns.json`).
 */
import { z } from 'zod';

/** Schema of what a question's answer is read as; absent, the answer is read as said. */
export const answerContextSchema = z.enum(['wish', 'goalStep', 'coping']);

/** What a question's answer is read as. */
export type AnswerContext = z.infer<typeof answerContextSchema>;
