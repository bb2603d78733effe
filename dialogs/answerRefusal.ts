/**
 * Declining to answer ("rather not", "pass", "I need to talk to someone") where only a clear no
 * is no: no clear no either (H49).
 */
import type { Question } from '../content/packs/packSchema';
import type { Recognised } from '../plan/recognised';
import type { CommandName } from './recognisers/phraseLists';
import type { Phrases } from './recognisers/phrases';

/**
 * Whether `text` declines to answer ("rather not", "pass"): where no clear no hides a risk it is no
 * clear no either, never a no ("rather not" is no thanks to an offer) nor a skip.
 */
export function refuses(text: string, phrases: Phrases): boolean {
  const command = phrases.command(text);
  return phrases.is('refusal', text) || (command !== null && insteadOfAnswering.has(command));
}

/**
 * Commands that, said to a question where only a clear no is no, put off answering it: a skip, a
 * request for a person ("I need to talk to someone"), "who are you?", "why are you asking me
 * this?". Answered as requests there, the question came back with each, never kept, and no crisis
 * reply ever came; they are no clear no (H49).
 */
const insteadOfAnswering: ReadonlySet<CommandName> = new Set<CommandName>([
  'skip',
  'toAPerson',
  'whoAnswers',
  'whatFor',
]);

/**
 * Whether, where only a clear no is no (`hedges: notNo`), `text` holds a `refusal` phrase anywhere,
 * and is no yes (`read`). Safety first: a no said with a refusal may be a no to talking, so it is
 * no clear no either; a yes beside one is still a yes (H49).
 */
export function refusesWithin(question: Question, text: string, phrases: Phrases, read: Recognised<boolean>): boolean {
  return question.hedges === 'notNo' && phrases.within('refusal', text) && !(read.ok && read.value);
}
