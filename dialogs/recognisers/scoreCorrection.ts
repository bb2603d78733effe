import type { Recognised } from '../../plan/recognised';
import { goalIn, goalNamed, type GoalToChange } from './goalToChange';
import { longestClosing, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';
import { recogniseScale } from './scale';

/** The two 0–10 scores of a goal. */
export type GoalScore = 'importance' | 'confidence';

/** A message that gives a goal's score by name: which score, the number as read, and the goal when named. */
export interface ScoreCorrection {
  score: GoalScore;
  said: Recognised<number>;
  goal?: GoalToChange;
}

/** How each score is named when someone goes back to it. "Sure" alone is no name: "I'm sure I can" is an action. */
const scoreNames: Record<GoalScore, string> = {
  importance: String.raw`importance|how important(?: it is)?`,
  confidence: String.raw`confidence|how confident(?: i am)?|how sure(?: i am)?`,
};
/** Whose score: "my", "the", "her", "Mum's". */
const whose = String.raw`(?:(?:my|the|her|his|their|its|our|[a-z]+'s)\s+)?`;
const after = String.raw`(?:\s+(?:score|number|rating|level))?`;
/** What joins the name to the number: "is", "should be", "to", "from 5 to". */
const link = String.raw`(?:\s+(?:is|was|should be|should have been|would be|will be|is now|to|at|as|of|from \S+ to|=|:|-))?`;

/**
 * The words a number may come with: the number itself is read by `recogniseScale`. Anything else
 * ("my confidence is low so I'll walk 2 times a week") makes the message no correction.
 */
const withNumber = new Set(
  "not a an out of ten about around actually really more like rather than instead now please or and between maybe probably say sorry thanks i think reckon would i'd id it's its it is per cent percent ish".split(
    ' ',
  ),
);
/**
 * Each score's two forms: its name then the number ("importance is 9", "the importance of my
 * first goal to 4", "goal 2 importance 4"), or the number then its name ("9 for importance").
 * The goal named, if any, is the group `goal`.
 */
const ofGoal = String.raw`(?:\s+(?:of|for|on|in)\s+(?<goal>${goalNamed}))?`;
const goalFirst = String.raw`(?:(?<goalFirst>${goalNamed})(?:'s)?\s+)?`;
const patterns = (Object.entries(scoreNames) as [GoalScore, string][]).map(([score, names]) => {
  const named = `${whose}(?:${names})${after}`;
  return {
    score,
    forward: new RegExp(String.raw`^${goalFirst}${named}${ofGoal}${link}\s+(?<number>.+)$`),
    backward: new RegExp(String.raw`^(?<number>.+?)\s+(?:for|as|on) ${named}${ofGoal}$`),
  };
});

const numberWord = /^(?:\d+(?:\.\d+)?%?|\/|\d+\/10|zero|one|two|three|four|five|six|seven|eight|nine|ten)(?:-?ish)?$/;

/**
 * Reads a message that gives one of the goal's scores by its name, whatever question is waiting:
 * "actually my importance is 9 not 5", "my confidence is 8 actually", "change importance to 9",
 * "9 for importance", "change the importance of my first goal to 4". Words before it are
 * `meantLead` phrases. Undefined for anything else, so an answer that only mentions a score
 * ("it's important I walk 3 times a week") is read as the answer it is.
 */
export function recogniseScoreCorrection(text: string, phrases: Phrases): ScoreCorrection | undefined {
  const said = plain(text);
  if (said.length > 120) return undefined;
  const words = said.split(' ');
  // The longest lead first, as the number after a score's name is read from what is left.
  for (let start = words.length - 1; start >= 0; start--) {
    if (start > 0 && !phrasesInARow(words.slice(0, start), (run) => phrases.is('meantLead', run))) continue;
    const rest = words.slice(start).join(' ');
    for (const { score, forward, backward } of patterns) {
      const found = (forward.exec(rest) ?? backward.exec(rest))?.groups;
      const number = found?.number;
      if (number === undefined || !onlyANumber(number)) continue;
      const goal = found?.goal ?? found?.goalFirst;
      const correction: ScoreCorrection = { score, said: recogniseScale(number) };
      if (goal === undefined) return correction;
      const which = goalIn(goal);
      return which === undefined ? undefined : { ...correction, goal: which };
    }
  }
  return undefined;
}

/**
 * Reads a number said again to put right the one just given, with no score named: "sorry I meant
 * 4", "oops, make that 6", "actually 4 not 8", "the last one should be 9", "change the last answer
 * to 9", "I meant 9 for the last one". One or more `meantLead` phrases or the answer before named
 * (`earlierAnswer`), then a number and the words a number comes with, then nothing or what ties it
 * to the question before (`earlierQuestion`), and nothing else; undefined for anything else
 * ("sorry, 3 times a week", "go back 2"). Which score it puts right is for the asker to know: the one answered last.
 */
export function recogniseRestatedScore(text: string, phrases: Phrases): Recognised<number> | undefined {
  const said = plain(text);
  if (said.length > 120) return undefined;
  const all = said.split(' ');
  const tiedAt = longestClosing(all, 0, (run) => phrases.is('earlierQuestion', run));
  const words = all.slice(0, tiedAt);
  // Tied to the question before ("9 for the last one"), a number needs no words before it.
  const tied = tiedAt < all.length;
  // "Go back" and "back" lead a change named (H226) but, before a number, ask to go back ("go back
  // 2"): never a score said again.
  const leads = (run: string): boolean =>
    (phrases.is('meantLead', run) && phrases.command(run) !== 'back') || namesEarlierAnswer(run, phrases);
  for (let start = tied ? 0 : 1; start < words.length; start++) {
    const number = words.slice(start).join(' ');
    const restating = start === 0 || phrasesInARow(words.slice(0, start), leads);
    if (restating && onlyANumber(number)) return recogniseScale(number);
  }
  return undefined;
}

/** Whether `run` names the answer before, alone or with a word that joins it to the number ("the last answer to"). */
function namesEarlierAnswer(run: string, phrases: Phrases): boolean {
  if (phrases.is('earlierAnswer', run)) return true;
  const cut = run.lastIndexOf(' ');
  return (
    cut > 0 && phrases.is('earlierAnswerLink', run.slice(cut + 1)) && phrases.is('earlierAnswer', run.slice(0, cut))
  );
}

/** Lower case, straight apostrophes, no marks but a decimal point, single spaces. */
function plain(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019`]/g, "'")
    .replace(/[,;:!?"()]|\.(?!\d)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `words` are a number and the words a number comes with, and nothing else. */
function onlyANumber(words: string): boolean {
  const tokens = words.split(' ');
  return tokens.some((token) => numberWord.test(token)) && tokens.every((t) => numberWord.test(t) || withNumber.has(t));
}
