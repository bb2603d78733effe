import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { bare } from '../../plan/normalise';
import type { ScreenResult } from '../../safety/screen';
import type { Phrases } from './phrases';

const returnWordsSchema = z.object({
  aboutFeelingsOrSafety: z.array(z.string().min(1)),
  bareYes: z.array(z.string().min(1)),
});

/** The lists of `returnWords.yaml`, read at start-up, so a broken file stops it. */
const loaded = (() => {
  const lists = loadYaml('returnWords.yaml', returnWordsSchema);
  return { feelings: new Set(lists.aboutFeelingsOrSafety.map(bare)), bareYes: new Set(lists.bareYes.map(bare)) };
})();

function words(): { feelings: Set<string>; bareYes: Set<string> } {
  return loaded;
}

/** The lists a reply to "are you safe right now?" is read with: none of them is another question's answer. */
const safetyLists = [
  'safe',
  'safeOther',
  'notSafe',
  'notSure',
  'safeHedged',
  'hedge',
  'safeAround',
  'greeting',
] as const;

/**
 * Whether `text`, said while "are you safe right now?" waits after they came back to it, is plainly
 * an answer to another question (a goal's step, a number): the crisis screen found nothing in it, it
 * is none of the safety answers, and it holds no word of feelings or safety (`returnWords.yaml`).
 * Anything in doubt is not: it is kept on the crisis flag, as every answer was before (H347).
 */
export function plainlyOtherAnswer(text: string, found: ScreenResult, phrases: Phrases): boolean {
  const said = bare(text);
  if (found.tier !== 'none' || said === '') return false;
  if (safetyLists.some((list) => phrases.is(list, text))) return false;
  const { feelings } = words();
  return !said.split(' ').some((word) => feelings.has(word));
}

/** Whether `text` is only a bare yes ("yes", "ok"): days after the question, no answer to it (H347). */
export function bareYesAfterGap(text: string): boolean {
  return words().bareYes.has(bare(text));
}
