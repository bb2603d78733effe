import type { TemplateData } from '../content/renderer';
import type { Recognised } from '../plan/recognised';
import type { AnswerValue } from '../plan/record';
import { goalAfterYes, goalInPlaceOfYes, heardInGoal, wordsAfterScore } from './recognisers/heardInGoal';
import { namedScores, otherScaleTakenOut, withoutPart, type NamedScore } from './recognisers/namedScores';
import type { Phrases } from './recognisers/phrases';
import type { Parsed } from './sectionAnswers';

/** An answer to a later goal question, heard before it is asked: offered in `offer`'s words with `data`. */
export interface HeardForLater {
  key: string;
  value: AnswerValue;
  offer: string;
  data: TemplateData;
  /** Noted at once, `offer`'s words said with the answer that gave it, never offered (dialog25). */
  now?: boolean;
  /** Noted now with it: the goal's words without the score said in them (fix25). */
  goal?: string;
}

/**
 * What an answer to a goal's question also says of the goal questions after it. A goal said with
 * how much it matters or what might stop them ("walking to the shops, about a 7, my knees might stop
 * me") is kept in their words, as is a yes to another goal said with it ("yes I want to lose
 * weight"); what else was heard (what they will do, said after how much it matters) is offered when
 * its question comes, for a yes, never noted unasked.
 */
export function goalHeardForLater(
  key: string,
  parsed: Parsed,
  text: string | undefined,
  phrases: Phrases,
): HeardForLater[] {
  const heardLater: HeardForLater[] = [];
  const another = /^goal\.(\d+)\.another$/.exec(key);
  const words =
    another && parsed.status === 'answered' && parsed.value === true && text !== undefined
      ? goalAfterYes(text, phrases)
      : undefined;
  if (another && words !== undefined) {
    heardLater.push({
      key: `goal.${Number(another[1]) + 1}.text`,
      value: words,
      offer: 'goals.heardGoal',
      data: { words },
    });
  }
  // A score said with what they will do ("8 and I will walk after lunch"), or with what might stop
  // them ("8 but my knees might stop me"): offered at that question.
  const scored = /^goal\.(\d+)\.importance$/.exec(key);
  // How sure, named with the score ("8, and about a 5 on confidence"): offered at its question (H478).
  const besides =
    scored && parsed.status === 'answered' && text !== undefined ? otherScaleTakenOut('importance', text) : undefined;
  if (scored && besides?.other) heardLater.push(confidenceHeard(scored[1], besides.other));
  const { action, barrier: stopping } = besides ? wordsAfterScore(besides.rest, phrases) : {};
  if (scored && action !== undefined) {
    heardLater.push({
      key: `goal.${scored[1]}.action`,
      value: action,
      offer: 'goals.heardAction',
      data: { words: action },
    });
  }
  if (scored && stopping !== undefined) {
    heardLater.push({
      key: `goal.${scored[1]}.barriers`,
      value: stopping,
      offer: 'goals.heardBarrier',
      data: { words: stopping },
    });
  }
  const goal = /^goal\.(\d+)\.text$/.exec(key);
  if (!goal || parsed.status !== 'answered' || typeof parsed.value !== 'string') return heardLater;
  // How sure, named in the goal's words ("walking to the shop, importance 8, confidence 6"): no part of them.
  const sure = namedScores(parsed.value).find((score) => score.scale === 'confidence');
  const goalWords = sure ? withoutPart(parsed.value, sure.part) : parsed.value;
  const heard = heardInGoal(goalWords);
  if (sure) heardLater.push({ ...confidenceHeard(goal[1], sure), goal: heard.goal ?? goalWords });
  if (heard.importance !== undefined) {
    const value = heard.importance;
    // A score beside the goal ("walk to allotment, 8") is how much it matters: noted, not lost to the next reply.
    heardLater.push({
      key: `goal.${goal[1]}.importance`,
      value,
      offer: 'goals.importanceNoted',
      data: { value },
      now: true,
      ...(heard.goal === undefined ? {} : { goal: heard.goal }),
    });
  }
  if (heard.barrier !== undefined) {
    const barrier = heard.barrier;
    heardLater.push({
      key: `goal.${goal[1]}.barriers`,
      value: barrier,
      offer: 'goals.heardBarrier',
      data: { words: barrier },
    });
  }
  return heardLater;
}

/** How sure they are of goal `number`, said before it was asked: offered when it is (H478). */
function confidenceHeard(number: string, score: NamedScore): HeardForLater {
  return {
    key: `goal.${number}.confidence`,
    value: score.value,
    offer: 'goals.heardConfidence',
    data: { value: score.value },
  };
}

/**
 * The next goal said in place of a yes to "add another goal?" ("I'd like to sleep better"), where
 * the reply was `read` as neither yes nor no: it was asked again, then kept as words the plan never
 * shows while "noted" was said. It is a yes to goal `next`, offered in their words when it is asked.
 * Undefined for any other reply or question.
 */
export function goalInPlaceOfYesHeard(
  key: string,
  text: string,
  read: Recognised<Parsed>,
  phrases: Phrases,
): { next: number; heard: HeardForLater } | undefined {
  const another = /^goal\.(\d+)\.another$/.exec(key);
  const unread = read.ok
    ? read.value.status === 'unknown' && read.value.words !== undefined
    : read.code === 'not_understood';
  const words = another && unread ? goalInPlaceOfYes(text, phrases) : undefined;
  if (!another || words === undefined) return undefined;
  const next = Number(another[1]) + 1;
  return { next, heard: { key: `goal.${next}.text`, value: words, offer: 'goals.heardGoal', data: { words } } };
}
