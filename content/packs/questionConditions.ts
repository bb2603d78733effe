import { z } from 'zod';

/** What an earlier answer may be: a yes, a no, "not sure", any usable answer, or passed over (skipped or not sure). */
export const answerStateSchema = z.enum(['yes', 'no', 'notSure', 'given', 'passedOver']);
export type AnswerState = z.infer<typeof answerStateSchema>;

/**
 * A test on one earlier answer, by its record key (`N` is the number of a repeated group:
 * `goal.N.confidence`). An answer not yet given is in no state, includes nothing and is below
 * nothing.
 */
export const answerTestSchema = z
  .strictObject({
    answer: z.string().regex(/^[a-z][A-Za-z]*(\.([a-z][A-Za-z]*|N))*$/),
    is: answerStateSchema.optional(),
    isNot: answerStateSchema.optional(),
    /** A picked option id. */
    includes: z.string().min(1).optional(),
    /** A 0–10 answer lower than this. */
    below: z.number().optional(),
  })
  .refine(
    (test) => [test.is, test.isNot, test.includes, test.below].filter((part) => part !== undefined).length === 1,
    { message: 'An answer test needs exactly one of is, isNot, includes or below.' },
  );
export type AnswerTest = z.infer<typeof answerTestSchema>;

/**
 * When a question is asked: on an earlier answer, on any of several, or on a rule its section
 * works out in code (named here, and checked when the section is built).
 */
export const whenSchema = z.union([
  answerTestSchema,
  z.strictObject({ anyOf: z.array(answerTestSchema).min(2) }),
  z.strictObject({ rule: z.string().regex(/^[a-z][A-Za-z]*$/) }),
]);
export type When = z.infer<typeof whenSchema>;

/**
 * A group of questions asked again for each of several things (goals): the questions whose
 * linkId starts as this one's does (`goal.N.`), up to `times` times, while the `again` question
 * (asked after each but the last, kept per number as `goal.1.another`) is answered yes.
 */
export const repeatSchema = z.strictObject({
  times: z.number().int().min(1).max(9),
  again: z.string().regex(/^[a-z][A-Za-z]*(\.[a-z][A-Za-z]*)*$/),
});
export type Repeat = z.infer<typeof repeatSchema>;
