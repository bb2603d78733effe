import type { RelationWords } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { longestClosing } from './phraseRuns';
import type { Phrases } from './phrases';
import { relationInName, type NamedRelation } from './relationInName';

/** The words before who someone is to the speaker ("my mum", "our dad", "me nan"). */
const owner = /^(?:my|our|me)$/iu;

/** A mark ending a word, after which more may be said ("my husband, he's 84", "my dad - he's 84"). */
const endsClause = /[,;:.!?)]$/u;

/** A dash standing alone between words ("my dad - he's 84"). */
const dash = /^[-\u2013\u2014]+$/u;

/** A name ending in "'s" said straight before "my" ("Ron's my dad"), where it stands for "is". */
const linkedS = /['’]s$/u;

/**
 * Who the carer is to the person, when asked how they know them the carer says instead who the
 * person is to them ("my mum", "he's my husband", "Ron is my dad", "I look after my wife"): the
 * `answer` of the relation said after "my", "our" or "me" ("son or daughter", "partner"), as the
 * plan shows it, never the carer's words, which would say the carer is the mum. Only when "my"
 * opens the reply or follows words that join the person to it (`nameLink`, `nameIntro`, or the
 * person's name with one: "Ron is", "Ron's"), and the relation is said whole, alone or before a
 * clause (`clauseOpening`, a mark, or a small word such as "of": "my husband of 40 years").
 * Anything else ("I'm his daughter", "my mum's friend", "my dad in law") is undefined: kept as typed.
 */
export function relationSaidOfPerson(
  text: string,
  relations: readonly RelationWords[],
  phrases: Phrases,
  person?: string,
): string | undefined {
  const words = text.trim().split(/\s+/u);
  const at = words.findIndex((word) => owner.test(word));
  if (at < 0 || !leadsIn(words.slice(0, at), phrases, person)) return undefined;
  const answerOf = (said: string): string | undefined => {
    const spoken = bare(said);
    return relations.find((relation) => relation.said.some((one) => bare(one) === spoken))?.answer;
  };
  const after = words.slice(at + 1);
  // The relation's words end at a mark: "my husband, he's 84" is read no further than "husband".
  const marked = after.findIndex((word) => endsClause.test(word));
  const within = marked < 0 ? after : after.slice(0, marked + 1);
  let end = within.length;
  while (end > 0 && answerOf(within.slice(0, end).join(' ')) === undefined) end--;
  if (end === 0) return undefined;
  const next = after[end];
  const goesOn =
    next === undefined ||
    endsClause.test(after[end - 1] ?? '') ||
    dash.test(next) ||
    phrases.is('clauseOpening', next) ||
    phrases.is('nameParticles', next);
  return goesOn ? answerOf(within.slice(0, end).join(' ')) : undefined;
}

/**
 * Who the carer is to the person, as `relationSaidOfPerson` reads it, or else from the person's
 * name said beside who they are to the carer ("Ron my dad", "my dad Ron", "Ron (my dad)"), read as
 * a name naming them so is (`relationInName`), with the name. Only "my", "our" or "me" says whose:
 * "daughter" alone is the carer. The name must be the person's (`person`); with none given, one
 * typed as a name, with a capital ("Ron"), never "my friend from church". Undefined otherwise.
 */
export function relationNamingPerson(
  text: string,
  relations: readonly RelationWords[],
  phrases: Phrases,
  person?: string,
): NamedRelation | undefined {
  const said = relationSaidOfPerson(text, relations, phrases, person);
  if (said !== undefined) return { answer: said };
  if (!text.split(/[\s()[\],]+/u).some((word) => owner.test(word))) return undefined;
  const read = relationInName(text, relations, phrases);
  if (read?.name === undefined) return undefined;
  const theirs = person === undefined ? /^\p{Lu}/u.test(read.name) : bare(read.name) === bare(person);
  return theirs ? read : undefined;
}

/**
 * Whether the words before "my" join the person to who they are to the carer: none, `nameLink`
 * or `nameIntro` words ("he's", "she is", "I look after"), or the person's name with such a word
 * after it ("Ron is") or with "'s" ("Ron's my dad").
 */
function leadsIn(before: readonly string[], phrases: Phrases, person: string | undefined): boolean {
  if (before.length === 0) return true;
  const said = before.join(' ');
  if (phrases.is('nameLink', said) || phrases.is('nameIntro', said)) return true;
  if (person === undefined) return false;
  const last = before[before.length - 1] ?? '';
  const spelt = linkedS.test(last) ? [...before.slice(0, -1), last.replace(linkedS, ''), 'is'] : [...before];
  const name = spelt.slice(
    0,
    longestClosing(spelt, 0, (words) => phrases.is('nameLink', words)),
  );
  return name.length < spelt.length && bare(name.join(' ')) === bare(person);
}
