import { bare } from '../../plan/normalise';
import { recogniseChoices } from './choices';
import {
  ownConditions,
  sentenceEnd,
  startsWith,
  wordsOf,
  type ConditionsQuestion,
  type ConditionsSaid,
} from './conditionsSaid';
import { nameShaped } from './names';
import { wholeNamesOf } from './namedOption';
import { longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';

/** Conditions said in a clause after a name, as they are offered: see `ConditionsSaid`. */
export type ConditionsAfterName = Omit<ConditionsSaid, 'head' | 'of'>;

/**
 * Conditions said in the clause after a name ("I'm Jean and I have COPD", "her name is Jean and
 * she has dementia"), read as a clause after who is answering is (`conditionsSaid`): opened,
 * perhaps after a joining word ("and"), by one of `openings` (the `saysConditions` of who is
 * answering), read to the end of its sentence, and naming a condition on the list or in their own
 * words. A `conditionHedge` first ("and I think I have COPD") makes it a possibility, kept as said.
 * Undefined for any other clause, or one that denies (`ownTermsDenial`).
 */
export function conditionsAfterName(
  rest: string,
  openings: readonly string[],
  conditions: ConditionsQuestion,
  phrases: Phrases,
): ConditionsAfterName | undefined {
  const typed = rest.split(sentenceEnd)[0]?.trim().split(/\s+/u) ?? [];
  const joined = phrases.is('clauseOpening', typed[0] ?? '') ? 1 : 0;
  for (const from of joined === 1 ? [0, 1] : [0]) {
    const tokens = typed.slice(from);
    const hedged = longestOpening(tokens.map(bare), 0, (said) => phrases.is('conditionHedge', said));
    const clause = tokens.slice(hedged).map(bare);
    const opening = openings
      .map(wordsOf)
      .filter((phrase) => startsWith(clause, phrase))
      .sort((a, b) => b.length - a.length)[0];
    if (!opening) continue;
    const named = tokens.slice(hedged + opening.length).join(' ');
    if (named === '' || phrases.within('ownTermsDenial', named)) return undefined;
    const picks = recogniseChoices(named, conditions.options, phrases, { multiple: true });
    const ids = picks.ok ? picks.value.ids.filter((id) => id !== conditions.otherId) : [];
    const own = ownConditions(picks, named, phrases);
    if (ids.length === 0 && own === undefined) return undefined;
    const words = tokens.join(' ').replace(/[\s,]+$/u, '');
    // Said as a possibility: no diagnosis, so never the listed condition it names.
    if (hedged > 0) return { words, ids: [], other: words };
    return { words, ids, ...(own === undefined ? {} : { other: own }) };
  }
  return listedOnly(typed, conditions, phrases);
}

/** Words that deny or leave out ("not diabetes", "no heart problems"): never a bare list of conditions. */
const denying = /^(?:not|no|never|without|dont|nor|except|but)$/u;

/**
 * A clause of nothing but conditions on the list ("Bill. copd and heart failure"), as a terse text
 * answers the name and the next question together (explorer 24): every part names a listed
 * condition, and no word denies one. Offered as one said with an opening is.
 */
function listedOnly(
  typed: readonly string[],
  conditions: ConditionsQuestion,
  phrases: Phrases,
): ConditionsAfterName | undefined {
  if (typed.some((token) => denying.test(bare(token)))) return undefined;
  const tokens = typed[0] !== undefined && phrases.is('clauseOpening', typed[0]) ? typed.slice(1) : typed;
  const words = tokens.join(' ').replace(/[\s,]+$/u, '');
  if (words === '') return undefined;
  const picks = recogniseChoices(words, conditions.options, phrases, { multiple: true });
  if (!picks.ok || picks.value.unmatched.length > 0) return undefined;
  const ids = picks.value.ids.filter((id) => id !== conditions.otherId);
  return ids.length > 0 && ids.length === picks.value.ids.length ? { words, ids } : undefined;
}

/**
 * A name with conditions on the list typed straight after it, with no mark between ("ann
 * diabetes", "jean heart failure"), as a slow typist answers the name and the next question
 * together (explorer 25): the name before them, and the conditions as the clause after it. The
 * shortest name that leaves nothing but listed conditions after it wins ("mary ann arthritis" is
 * Mary Ann); undefined when no such split is found ("Ann Smith"). Only words of the list's own
 * names count here, never a start of one or a typo: "Jean Hart", "jean parkinson" and "Tom Bone"
 * are surnames, kept whole, never Jean with "heart" offered (H267).
 */
export function nameBeforeConditions(
  name: string,
  conditions: ConditionsQuestion,
  phrases: Phrases,
): { name: string; rest: string } | undefined {
  const words = name.trim().split(/\s+/u);
  const listed = new Set(conditions.options.flatMap(wholeNamesOf).flatMap((said) => said.split(' ')));
  const asListed = (word: string): boolean => listed.has(bare(word)) || phrases.is('nameParticles', word);
  for (let at = 1; at < words.length; at++) {
    const head = words.slice(0, at).join(' ');
    const rest = words.slice(at).join(' ');
    if (!nameShaped(head, phrases)) return undefined;
    if (!words.slice(at).every(asListed)) continue;
    if (listedOnly(words.slice(at), conditions, phrases)) return { name: head, rest };
  }
  return undefined;
}
