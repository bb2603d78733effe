/**
 * Messages that walk a fresh conversation to a given point, shared so that a new question in the
 * journey means one change here rather than one in every test file.
 */

/** `n` questions passed over. */
const skips = (n: number): string[] => Array.from({ length: n }, () => 'skip');

/** Answering for themselves as Jean with `conditions`: "family" for what matters, the rest skipped, to the first goal. */
export const personToFirstGoal = (conditions = 'diabetes'): string[] => [
  'hi',
  'me',
  'Jean',
  conditions,
  'family',
  ...skips(5),
];

/** One goal with every follow-up, then no second goal: on to the topics to talk about. */
export const oneGoal: readonly string[] = ['walk to the park', '8', 'walk after lunch', 'skip', '8', 'no'];

/**
 * Sam answering for Ron, who has diabetes: "family" for what matters, the rest and Sam's own view
 * of it skipped, one goal and Sam's view of it skipped: on to the topics to talk about.
 */
export const carerToTopics: readonly string[] = [
  ...['hi', '2', 'Ron', 'Sam', 'wife', 'yes', 'diabetes', 'family'],
  ...skips(6),
  ...oneGoal,
  'skip',
];

/** Sam for Ron on from the topics (1 and 2, the first on top) and no to both mood questions: to Sam's own part. */
export const carerToOwnPart: readonly string[] = [...carerToTopics, '1 and 2', 'skip', '1', 'no', 'no'];
