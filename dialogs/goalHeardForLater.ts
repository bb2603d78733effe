import type { TemplateData } from '../content/renderer';
import type { AnswerValue } from '../plan/record';
import { goalAfterYes, heardInGoal } from './recognisers/heardInGoal';
import type { Phrases } from './recognisers/phrases';
import type { Parsed } from './sectionAnswers';

/** An answer to a later goal question, heard before it is asked: offered in `offer`'s words with `data`. */
export interface HeardForLater {
  key: string;
  value: AnswerValue;
  offer: string;
  data: TemplateData;
}

/**
 * What an answer to a goal's question also says of the goal questions after it. A goal said with
 * how much it matters or what might stop them ("walking to the shops, about a 7, my knees might stop
 * me") is kept in their words, as is a yes to another goal said with it ("yes I want to lose
 * weight"); what else was heard is offered when its question comes, for a yes, never noted unasked.
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
  const goal = /^goal\.(\d+)\.text$/.exec(key);
  if (!goal || parsed.status !== 'answered' || typeof parsed.value !== 'string') return heardLater;
  const heard = heardInGoal(parsed.value);
  if (heard.importance !== undefined) {
    const value = heard.importance;
    heardLater.push({ key: `goal.${goal[1]}.importance`, value, offer: 'goals.heardImportance', data: { value } });
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
