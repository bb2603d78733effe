import { z } from 'zod';
import { loadYaml } from '../../content/catalogue';
import { escapeRegExp } from '../../plan/escapeRegExp';
import { replyParts } from './replyParts';
import { recogniseScale } from './scale';

/** The goal's two 0 to 10 scales, by the end of their linkIds. */
export type ScaleName = 'importance' | 'confidence';

const units = loadYaml(
  'scoreUnits.yaml',
  z.looseObject({
    scaleNames: z.object({ importance: z.array(z.string().min(1)), confidence: z.array(z.string().min(1)) }),
    scaleFiller: z.array(z.string().min(1)),
  }),
);
const names = units.scaleNames;
const filler = new Set(units.scaleFiller);

const namePattern = (scale: ScaleName): RegExp =>
  new RegExp(String.raw`\b(?:${names[scale].map(escapeRegExp).join('|')})\b`, 'iu');
const named: Record<ScaleName, RegExp> = {
  importance: namePattern('importance'),
  confidence: namePattern('confidence'),
};
const numberWord = /\b(?:\d{1,2}|zero|one|two|three|four|five|six|seven|eight|nine|ten)\b/giu;
/** A part short enough to be only a score and its name ("I'd be about a 5 on confidence"). */
const mostWords = 8;

/** A score said with its scale's name, in a part of its own. */
export interface NamedScore {
  scale: ScaleName;
  value: number;
  /** The part as typed, to take out of the rest. */
  part: string;
}

/** The parts of `text`: its `replyParts`, each also split at "and" between two numbers ("8 for importance and 5 for confidence"). */
function partsOf(text: string): string[] {
  return replyParts(text).flatMap((part) => part.split(/\s+and\s+(?=\S*\s*\S*\s*\d)/iu));
}

/**
 * The scores in `text` each said with one scale's name and one number on 0 to 10, in a part of
 * their own ("walking to the shop, importance 8, confidence 6"). A part naming both scales, or
 * with two numbers, or long, names none: "I am confident I can do it" has no number.
 */
export function namedScores(text: string): NamedScore[] {
  return partsOf(text).flatMap((part): NamedScore[] => {
    const trimmed = part.trim();
    // "8/10 for importance": the ten is the scale's, not a second number.
    const plain = trimmed.replace(/\s*(?:\/|out of)\s*(?:10|ten)\b/giu, '');
    const scales = (['importance', 'confidence'] as const).filter((scale) => named[scale].test(plain));
    const numbers = plain.match(numberWord) ?? [];
    if (scales.length !== 1 || numbers.length !== 1 || trimmed.split(/\s+/u).length > mostWords) return [];
    const rest = plain.replace(named[scales[0]], ' ');
    // Only a score and its name: any other word makes the part the goal's own ("be sure to walk 3 times").
    const words =
      rest
        .toLowerCase()
        .replace(numberWord, ' ')
        .match(/[\p{L}']+/gu) ?? [];
    if (words.some((word) => !filler.has(word))) return [];
    const read = recogniseScale(rest);
    return read.ok ? [{ scale: scales[0], value: read.value, part: trimmed }] : [];
  });
}

/** `text` without `part`, and the marks that joined it on: what was said besides it. */
export function withoutPart(text: string, part: string): string {
  const pattern = part.trim().split(/\s+/u).map(escapeRegExp).join('\\s+');
  return text
    .replace(new RegExp(String.raw`[\s,;:.!-]*(?:\band\s+)?${pattern}`, 'iu'), '')
    .replace(/^[\s,;:.!-]+/u, '')
    .trim();
}

/**
 * At the question of scale `own`, the scores named for the other scale: `rest` is the reply
 * without them, `other` what they said (the first), for its own question.
 */
export function otherScaleTakenOut(own: ScaleName, text: string): { rest: string; other?: NamedScore } {
  const others = namedScores(text).filter((score) => score.scale !== own);
  const rest = others.reduce((left, score) => withoutPart(left, score.part), text);
  return others.length === 0 || rest === '' ? { rest: text } : { rest, other: others[0] };
}

/** The goal scale the question `linkId` asks for, if it is one ("goal.1.importance"). */
export function scaleOf(linkId: string | undefined): ScaleName | undefined {
  return /\.(importance|confidence)$/u.exec(linkId ?? '')?.[1] as ScaleName | undefined;
}

/** The words of a reply to the question `linkId` that are its own: without a score named for the goal's other scale. */
export function ownScaleWords(linkId: string, text: string): string {
  const own = scaleOf(linkId);
  return own ? otherScaleTakenOut(own, text).rest : text;
}
