/**
 * Messages that walk a fresh conversation to a given point, shared so that a new question in the
 * journey means one change here rather than one in every test file.
 */
import type { ChatClient, PostResult } from './botClient';

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

/** A person answering for themselves: plain answers to whatever is asked, to the point a test needs (for `walkTo`). */
export const plainPersonAnswers: Readonly<Record<string, string>> = {
  'respondent.type': '1',
  'subject.name': 'Sam',
  'goal.1.text': 'walk more',
  'goal.another': 'no',
  'topics.selected': '1',
  'review.change': 'It looks right',
};

/** Jean, invited by her care team, to "Can I share this plan with Dr Sam Patel?" (for `walkTo`). */
export const jeanToConsent: Readonly<Record<string, string>> = {
  ...plainPersonAnswers,
  'subject.name': 'Jean',
  'goal.1.text': 'walk to the park',
  'share.send': 'all',
};

/** Jean for herself, with diabetes and one goal: to "which parts shall I send?" (for `walkTo`, with an invitation code). */
export const jeanToShare: Readonly<Record<string, string>> = {
  'respondent.type': 'me',
  'subject.name': 'Jean',
  conditions: 'diabetes',
  'goal.1.text': 'Walk to the park',
  'goal.another': 'no',
  'review.change': 'It looks right',
};

/** Dot for herself, with COPD, every question before the first goal answered in words of her own ("lonely" the last). */
export const dotToFirstGoal: readonly string[] = [
  'hi',
  'me',
  'Dot',
  'copd',
  'my church',
  'my neighbour',
  'the stairs',
  'bingo',
  'Pat next door',
  'lonely',
];

/** Sue answering for her mother Mary, who has dementia and agrees (for `walkTo`). */
export const sueForMary: Readonly<Record<string, string>> = {
  'respondent.type': '2',
  'subject.name': 'Mary',
  'respondent.name': 'Sue',
  'respondent.relationship': 'daughter',
  'respondent.personAgrees': 'yes',
  conditions: 'dementia',
};

/** One goal with every follow-up, then no second goal: on to the topics to talk about. */
export const oneGoal: readonly string[] = ['walk to the park', '8', 'walk after lunch', 'skip', '8', 'no'];

/** What a walk says to a question no script names: a short, plain answer of its type. */
const plainAnswer: Record<string, string> = {
  yesno: 'no',
  scale0to10: '7',
  multichoice: '1',
  choice: '1',
  text: 'not sure',
};

/**
 * Answers question after question, by linkId from `answers` or else plainly by type, until
 * `stopAt` is asked; resolves to the replies that ask it. Throws if it is not asked within 60 turns.
 */
export async function walkTo<R extends { questions: { linkId: string; type: string }[] }>(
  say: (text: string) => Promise<R>,
  stopAt: string,
  answers: Readonly<Record<string, string>> = {},
  opening = 'hi',
): Promise<R> {
  let result = await say(opening);
  for (let turn = 0; turn < 60; turn++) {
    const asked = result.questions.at(-1);
    if (!asked) break;
    if (asked.linkId === stopAt) return result;
    result = await say(answers[asked.linkId] ?? plainAnswer[asked.type] ?? 'not sure');
  }
  throw new Error(`walkTo: ${stopAt} was not asked`);
}

/** Walks `client` to `linkId` with `answers` (plain ones by default), then says `text`; the replies to it. */
export async function atQuestion(
  client: ChatClient,
  linkId: string,
  text: string,
  answers: Readonly<Record<string, string>> = plainPersonAnswers,
): Promise<PostResult> {
  await walkTo((words) => client.say(words), linkId, answers);
  return client.say(text);
}
