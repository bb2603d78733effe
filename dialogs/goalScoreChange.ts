import type { PreparationRecord } from '../plan/record';
import { goalCount, scaleAnswer, textAnswer } from '../plan/recordView';
import type { Phrases } from './recognisers/phrases';
import { recogniseRestatedScore, type ScoreCorrection } from './recognisers/scoreCorrection';

/**
 * A goal's score given by name, or said again, wherever it is said (at a goal question, or
 * looking the plan over): which answer it changes, the number to note, and the words that say so.
 */
export interface ScoreChange {
  key: string;
  /** Undefined when the number was unclear: nothing is noted, and `line` asks for one. */
  value: number | undefined;
  line: string;
}

/** Renders a content key with the section's template data and `data` on top. */
export type Say = (key: string, data: object) => string;

/**
 * The goal a message at `pending` is about: the goal asked about, or else the last goal given
 * (at its "another goal?", at the next goal's first question, or at the review); 0 when none is
 * given yet.
 */
export function goalTalkedAbout(pending: string, record: PreparationRecord): number {
  const asked = /^goal\.(\d+)\./.exec(pending);
  let n = asked ? Number(asked[1]) : goalCount(record);
  while (n > 0 && textAnswer(record, `goal.${n}.text`) === undefined) n -= 1;
  return n;
}

/**
 * The goal a score given by name is about: the goal it names, if given (0 if not), or else the goal
 * talked about at `pending`.
 */
export function goalCorrected(pending: string, record: PreparationRecord, correction: ScoreCorrection): number {
  const named = correction.goal;
  if (typeof named !== 'number') return goalTalkedAbout(pending, record);
  return textAnswer(record, `goal.${named}.text`) === undefined ? 0 : named;
}

/**
 * Asked when a score is given by name with several goals given and none named: which goal, each
 * listed by number. Undefined when it is clear which.
 */
export function whichGoal(record: PreparationRecord, correction: ScoreCorrection, say: Say): string | undefined {
  const given = Array.from({ length: goalCount(record) }, (_, i) => i + 1).flatMap((number) => {
    const goal = textAnswer(record, `goal.${number}.text`);
    return goal === undefined ? [] : [say('goals.whichGoalItem', { number, goal })];
  });
  if (correction.goal !== undefined || given.length < 2) return undefined;
  return say('goals.whichGoal', { goals: given.join('; '), confidence: correction.score === 'confidence' });
}

/** What `correction` of goal `n`'s score comes to, said naming the goal and the number it had before. */
export function scoreChange(record: PreparationRecord, n: number, correction: ScoreCorrection, say: Say): ScoreChange {
  const key = `goal.${n}.${correction.score}`;
  const goal = textAnswer(record, `goal.${n}.text`);
  const { said } = correction;
  if (!said.ok) {
    return {
      key,
      value: undefined,
      line: say('goals.scoreUnclear', { goal, confidence: correction.score === 'confidence' }),
    };
  }
  const before = scaleAnswer(record, key);
  const changed = before !== undefined && before !== said.value;
  const line = say(`goals.${correction.score}Changed`, { goal, value: said.value, before, changed });
  return { key, value: said.value, line };
}

/**
 * A goal's score named at `pending` where no goal question waits (looking the plan over): which
 * goal, asked (`ask`), when there are several and none is named; else the change (a `value` of
 * undefined asks for a clear number); undefined when there is no such goal or score yet.
 */
export function scoreChangeAt(
  pending: string,
  record: PreparationRecord,
  correction: ScoreCorrection,
  say: Say,
): { ask: string } | ScoreChange | undefined {
  const which = whichGoal(record, correction, say);
  if (which !== undefined) return { ask: which };
  const n = goalCorrected(pending, record, correction);
  if (n === 0 || record.answers[`goal.${n}.${correction.score}`] === undefined) return undefined;
  return scoreChange(record, n, correction, say);
}

/**
 * A number said again with no score named ("sorry I meant 4") at the question straight after a
 * goal's score: that score, put right. Said anywhere else, it is read as the answer it is.
 */
export function restatedScore(
  record: PreparationRecord,
  pending: string,
  text: string,
  phrases: Phrases,
): ScoreCorrection | undefined {
  const last = /^goal\.(\d+)\.(importance|confidence)$/.exec(record.progress.trail.at(-1) ?? '');
  if (!last || last[0] === pending || Number(last[1]) !== goalTalkedAbout(pending, record)) return undefined;
  const said = recogniseRestatedScore(text, phrases);
  return said && { score: last[2] === 'confidence' ? 'confidence' : 'importance', said };
}
