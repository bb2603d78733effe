import type { AnsweredBy, Answer, Flag, PreparationRecord } from './record';

/** Read-only views of a record that several parts need, so each rule lives in one place. */

/** Who is answering: a carer once they said so, otherwise the person. */
export function answeredBy(record: PreparationRecord): AnsweredBy {
  return record.answers['respondent.type']?.value === 'carer' ? 'carer' : 'person';
}

/** A carer who said they are under 18 (`youngCarer` flag, H489): spoken to in words for them (H523). */
export function youngCarerAnswering(record: PreparationRecord): boolean {
  return record.flags.some((flag) => flag.kind === 'youngCarer');
}

/** An answer that has a usable value (not skipped, not "not sure"). */
export function answered(record: PreparationRecord, key: string): Answer | undefined {
  const answer = record.answers[key];
  return answer && answer.status === 'answered' ? answer : undefined;
}

/** A text answer's value, if answered. */
export function textAnswer(record: PreparationRecord, key: string): string | undefined {
  const value = answered(record, key)?.value;
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** The words said at a yes/no question that were neither a yes nor a no, kept as said. */
export function wordsAnswer(record: PreparationRecord, key: string): string | undefined {
  const answer = record.answers[key];
  return answer?.status === 'unknown' && typeof answer.value === 'string' ? answer.value : undefined;
}

/** A 0–10 answer's value, if answered. */
export function scaleAnswer(record: PreparationRecord, key: string): number | undefined {
  const value = answered(record, key)?.value;
  return typeof value === 'number' ? value : undefined;
}

/** A yes/no answer's value, if answered. */
export function yesNoAnswer(record: PreparationRecord, key: string): boolean | undefined {
  const value = answered(record, key)?.value;
  return typeof value === 'boolean' ? value : undefined;
}

/** Chosen option ids, if answered (none chosen is an empty list). */
export function choiceAnswer(record: PreparationRecord, key: string): string[] {
  const value = answered(record, key)?.value;
  return Array.isArray(value) ? value : typeof value === 'string' && key !== 'subject.name' ? [value] : [];
}

/**
 * A carer naming the person by who they are to them ("my mum", "our dad", "me nan"): the words
 * are the carer's, so they are never the person's name. Recognised words, never shown.
 */
const ownRelation = /^(?:my|our|me)\s+(\S.*)$/iu;

/**
 * Who the person is to the carer, when the carer named them that way ("my mum" gives "mum"),
 * said back to the carer as "your mum". A person answering for themselves names no relation.
 */
export function subjectRelation(record: PreparationRecord): string | undefined {
  const given = textAnswer(record, 'subject.name');
  if (given === undefined || answeredBy(record) !== 'carer') return undefined;
  return ownedWords(given);
}

/** The words after "my", "our" or "me" that open a name ("mum" in "my mum"), if it opens so. */
export function ownedWords(name: string): string | undefined {
  return ownRelation.exec(name.trim())?.[1];
}

/** The person's name, if given: "my mum" from a carer is who she is to them, not her name. */
export function subjectName(record: PreparationRecord): string | undefined {
  return subjectRelation(record) === undefined ? textAnswer(record, 'subject.name') : undefined;
}

/** The condition ids chosen. */
export function conditions(record: PreparationRecord): string[] {
  return choiceAnswer(record, 'conditions');
}

/** How many goals have been started (1 to 3). */
export function goalCount(record: PreparationRecord): number {
  let count = 0;
  for (let n = 1; n <= 3; n++) if (record.answers[`goal.${n}.text`]) count = n;
  return count;
}

/** True when either mood question was answered yes: a positive screen, never a diagnosis. */
export function moodScreenPositive(record: PreparationRecord): boolean {
  return yesNoAnswer(record, 'mood.down') === true || yesNoAnswer(record, 'mood.interest') === true;
}

/**
 * Whether mood leads the topics to talk about (hazard H3): a positive screen, unless the person
 * said no to wanting help with it. "No" is their choice, so mood is not put first for them; the
 * flag still stands. What the chat promises after the help question is read from here too, so
 * it never says mood goes to the top when the plan will not put it there.
 */
export function moodLeadsTopics(record: PreparationRecord): boolean {
  return moodScreenPositive(record) && yesNoAnswer(record, 'mood.wantsHelp') !== false;
}

/** True when either mood question was answered "not sure", or with words that were not a yes or a no. */
export function moodScreenUnsure(record: PreparationRecord): boolean {
  return ['mood.down', 'mood.interest'].some((key) => record.answers[key]?.status === 'unknown');
}

/**
 * Whether the mood answers call for the direct question about thoughts of being better off dead
 * or of self-harm: a yes to either Whooley question, or a "not sure" (not sure is not no).
 */
export function moodConcern(record: PreparationRecord): boolean {
  return moodScreenPositive(record) || moodScreenUnsure(record);
}

/**
 * What a flag is told as (its words are `plan.flag.<this>[.<detail>]`): a carer's own crisis has
 * words of its own, so it is never read as the person's.
 */
export function flagTopic(flag: Flag): 'crisis' | 'carerCrisis' | 'moodScreenPositive' | 'carerStrain' | 'youngCarer' {
  return flag.kind === 'crisis' && flag.about === 'carer' ? 'carerCrisis' : flag.kind;
}
