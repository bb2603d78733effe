import type { PreparationRecord } from '../plan/record';
import type { Say } from './goalScoreChange';
import type { Parsed } from './sectionAnswers';

/**
 * What the goals say back to an answer in place of the section's usual acknowledgement: not sure
 * of doing a goal, or a confidence below `lowConfidenceBelow`, taken kindly; a yes to another goal
 * with that goal's number, a no with the goals done. Undefined where the usual one is said.
 */
export function goalAcknowledgement(
  key: string,
  parsed: Parsed,
  lowConfidenceBelow: number,
  say: Say,
): string[] | undefined {
  const goal = /^goal\.(\d+)\.(\w+)$/.exec(key);
  // Not sure of doing it is taken as kindly as a low number: what would make it likelier comes next.
  if (goal?.[2] === 'confidence' && parsed.status === 'unknown') return [say('ack.confidenceNotSure', {})];
  if (!goal || parsed.status !== 'answered') return undefined;
  const n = Number(goal[1]);
  if (goal[2] === 'confidence' && typeof parsed.value === 'number' && parsed.value < lowConfidenceBelow) {
    return [say('ack.lowConfidence', {})];
  }
  if (goal[2] === 'another') {
    return parsed.value === true
      ? [say('ack.yes', {}), say('goals.number', { number: n + 1 })]
      : [say('ack.goalsDone', {})];
  }
  return undefined;
}

/** The goal whose question comes next among the goals' questions `keys`, when it is not goal `n`. */
export function goalReturnedTo(n: number, record: PreparationRecord, keys: readonly string[]): number | undefined {
  const next = keys.find((key) => record.answers[key] === undefined);
  const goal = /^goal\.(\d+)\./.exec(next ?? '');
  return goal && Number(goal[1]) !== n ? Number(goal[1]) : undefined;
}
