/**
 * The phrase lists of content/phrases.yaml read at a test result, or about what a result or the
 * condition may mean (a fear of what it may do): part of `phrasesSchema` (`phraseLists.ts`).
 */
import { z } from 'zod';

const list = z.array(z.string().min(1));

export const resultListsShape = {
  /** At a test result: no more results are wanted before the appointment. */
  stopResults: list,
  /** At a test result: skip every result still to come. */
  skipResults: list,
  /** At a test result: worry about it ("should I be worried?"). */
  worried: list,
  /** Single words that say worry anywhere in a longer answer at a test result ("scares"). */
  worryWords: list,
  /** Single words that, just before a worry word, say there is no worry now ("not", "was"). */
  notWorried: list,
  /** At a test result: what comes before its own name in a question of what it is ("what does"). */
  resultMeaningBefore: list,
  /** ...and what may come after it ("mean", "stand for"); nothing after it is asking too. */
  resultMeaningAfter: list,
  /** Words before a result's name or value, or what a fear is about ("my", "her", "a"). */
  owner: list,
  /** The result shown, said without its name ("result", "number"): "what does my result mean". */
  thisResult: list,
  /** Words naming a blood pressure reading ("bp", "blood pressure"): a number told after them is one. */
  pressureNamed: list,
  /** Words joining a reading's two numbers ("over" in "150 over 90"), besides a slash. */
  pressureJoin: list,
  /** How a fear of what the condition may do opens ("am I going to", "will she"). */
  fearAsk: list,
  /** What is feared, owner words left out ("lose feet", "go blind", "need dialysis"). */
  fearOutcome: list,
  /** A fear of dying among `fearOutcome`'s kind ("die", "dying", "kill me"): answered kindly anywhere (H413). */
  fearOfDyingOutcome: list,
  /** A fear felt before a fear is asked or told ("im scared", "im so worried that"; H425). */
  fearFelt: list,
  /** How a fear is told after `fearFelt` ("im going to", "this will"): "I'm scared I'm going to die". */
  fearSaid: list,
  /** A fear of dying that names a killer ("kill me"): only with `fearByIllness` before it (H467). */
  fearKills: list,
  /** An opening that names the illness or result as the subject ("is this going", "it will"; H467). */
  fearByIllness: list,
};
