/**
 * The lists of content/phrases.yaml that read an earlier answer said anew or asked to be taken out
 * by its words (see `goalTextSaid.ts`, `answerTextSaid.ts`, `answerToRemove.ts`), or asked for by how far back it is (`questionsBack.ts`). Spread into the
 * phrases' schema, so each stays a list of its own, checked at start-up.
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const answerEditListsShape = {
  /** Around a goal's new words ("my goal should be X", "is now X not Y", "… not the park"): `goalTextSaid.ts`. */
  newAnswerLink: list,
  /** Words standing for an answer named, before its new words ("it" in "…, it should be my grandson"): see `answerTextSaid.ts`. */
  newAnswerSubject: list,
  /** Asking to take out an earlier answer by its words ("delete what I said about being lonely"): `answerToRemove.ts`. */
  removeLead: list,
  removeWhat: list,
  /** How far back an earlier answer to change is ("two questions ago", "the one before last"): `questionsBack.ts`. */
  questionsBackUnit: list,
  questionsBackAfter: list,
  questionsBackVerb: list,
  questionsBeforeLast: list,
  /** Before a count, standing for the question ("the one" in "the one 2 back"). */
  questionsBackOne: list,
  /** Counted back, but no count of questions ("two goals ago"): which answer is unclear (H434). */
  questionsBackUnclearUnit: list,
  /** Before a number naming a question the bot never numbered ("question 2"): which is unclear (H434). */
  questionNumbered: list,
};
