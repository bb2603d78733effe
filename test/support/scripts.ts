/**
 * Messages that walk a fresh conversation to a given point, shared so that a new question in the
 * journey means one change here rather than one in every test file.
 */

/** Answering for themselves as Jean with `conditions`: "family" for what matters, the rest skipped, to the first goal. */
export const personToFirstGoal = (conditions = 'diabetes'): string[] => [
  'hi',
  'me',
  'Jean',
  conditions,
  'family',
  'skip',
  'skip',
  'skip',
  'skip',
  'skip',
];

/** One goal with every follow-up, then no second goal: on to the topics to talk about. */
export const oneGoal: readonly string[] = ['walk to the park', '8', 'walk after lunch', 'skip', '8', 'no'];
