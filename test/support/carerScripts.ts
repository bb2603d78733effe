/**
 * Messages that walk a fresh conversation as a carer to a given point (see `scripts.ts` for the
 * person's), so that a new question in the carer's journey means one change here.
 */
import { oneGoal, plainPersonAnswers } from './scripts';

/** `n` questions passed over. */
const skips = (n: number): string[] => Array.from({ length: n }, () => 'skip');

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

/**
 * Sam answering for Ron (his wife), plainly, for `walkTo`: yes to feeling down and no to the second
 * mood question, so the direct question about thoughts of being better off dead is asked.
 */
export const samForRon: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'respondent.type': '2',
  'subject.name': 'Ron',
  'respondent.name': 'Sam',
  'respondent.relationship': 'wife',
  'respondent.personAgrees': 'yes',
  conditions: 'diabetes',
  'mood.down': 'yes',
  'mood.interest': 'no',
};

/**
 * Ann answering for her dad Ron, who has dementia, with "a break" as her own need: to "Is there
 * anything you want to change?" (after the invitation code; explorer 23).
 */
export const annForRonToReview: readonly string[] = [
  ...['2', 'Ron', 'Ann', 'daughter', 'yes', 'dementia', 'home', ...skips(6)],
  ...['garden', '8', 'walk with me', 'skip', '8', 'no', 'skip', '1', 'skip', 'no', 'no', 'ok', 'a break', 'yes'],
];

/** Ann answering for her mum Jean, who has dementia. */
export const annForJean: Readonly<Record<string, string>> = {
  'respondent.type': '2',
  'subject.name': 'Jean',
  'respondent.name': 'Ann',
  'respondent.relationship': 'daughter',
  'respondent.personAgrees': 'yes',
  conditions: 'dementia',
  'goal.1.text': 'walk to the shop',
  'goal.another': 'no',
  'topics.selected': '1',
};
