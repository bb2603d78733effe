import type { RelationWords } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { ownedWords } from '../../plan/recordView';
import { nameShaped, trailingMarks } from './names';
import type { Phrases } from './phrases';
import { longestOpening } from './phraseRuns';

/** Who a carer is to the person, read from the name they gave, and the name in it if one follows. */
export interface NamedRelation {
  answer: string;
  name?: string;
}

/**
 * Who the carer is to the person, when the carer named the person by who they are to them: the
 * whole name ("my mum", "mum", "our nan") or, after "my", "our" or "me", its opening words with a
 * name after them ("my husband John" gives the carer's `answer` and the name John). Only the
 * words `relations` list are read: "Mumtaz" is a name, and so may "Nan Smith" be, with no "my".
 */
export function relationInName(
  name: string,
  relations: readonly RelationWords[],
  phrases: Phrases,
): NamedRelation | undefined {
  const answerOf = (said: string): string | undefined => {
    const words = bare(said);
    return relations.find((relation) => relation.said.some((one) => bare(one) === words))?.answer;
  };
  const owned = ownedWords(name);
  const whole = answerOf(owned ?? name);
  if (whole !== undefined) return { answer: whole };
  if (owned === undefined) return undefined;
  const words = owned.split(/\s+/u);
  const end = longestOpening(words, 0, (said) => answerOf(said) !== undefined);
  if (end === 0) return undefined;
  const answer = answerOf(words.slice(0, end).join(' '));
  const rest = words.slice(end).join(' ').replace(trailingMarks, '');
  if (answer === undefined) return undefined;
  // Words after it that are no name ("of 30 years", "and dad"): the name is kept as typed.
  return rest !== '' && nameShaped(rest, phrases) ? { answer, name: rest } : { answer };
}
