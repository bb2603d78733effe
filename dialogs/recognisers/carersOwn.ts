/**
 * Whether a carer's reply to a question about the person tells of the carer themselves ("to be
 * honest I am exhausted myself, I never get a break"), not of the person: H6 keeps a carer's own
 * needs apart from the person's answers. Conservative, as carers often answer in the first person
 * about what they do for someone ("I help her get dressed", "I take her to the park"):
 *
 * - the words must hold a first-person phrase of the carer's own state or needs (`carerOwn`: "I
 *   never get a break", "I'm worn out"), or a state said straight before "myself" or "me too"
 *   (`carerState` then `carerSelf`: "exhausted myself");
 * - and every clause must be the carer's own: each names no one, or names the writer
 *   (`whoseWords`, the reading of whose a crisis is) and holds such a phrase, or, beside one that
 *   does, speaks of the writer alone ("I haven't slept properly in months"). "I help him get
 *   dressed but I'm exhausted", or "she is doing well, I'm worn out", tells of the person too and
 *   is noted as their answer, as before.
 */
import { bare } from '../../plan/normalise';
import { clausesOf, maxClauses, whoseWords } from '../../safety/whose';
import type { Phrases } from './phrases';

/**
 * True when `text` is clearly the carer's own state or needs. `person` are words that name the
 * person being helped (their name, "mum"), read as someone else.
 */
export function carersOwn(text: string, phrases: Phrases, person: readonly string[]): boolean {
  const clauses = clausesOf(text);
  if (clauses.length === 0 || clauses.length > maxClauses) return false;
  let own = false;
  for (const clause of clauses) {
    const said = ownPhrase(clause, phrases);
    const whose = whoseWords(clause, person);
    // A clause with no such phrase may only say nothing ("nothing really") or more of the writer
    // alone ("I'm exhausted, I haven't slept in months", explorer 27): "the day centre, I need a
    // break" answers for the person too, and is noted as their answer.
    const words = bare(clause).split(' ');
    const others = words.some((word) => phrases.is('otherPerson', word)) || person.some((p) => words.includes(bare(p)));
    const alone = whose === 'writer' && !others;
    const more = alone || phrases.is('nothingMore', clause);
    if (whose === 'someoneElse' || (!said && !more)) return false;
    own ||= said;
  }
  return own;
}

/** A first-person phrase of the carer's own state or needs, or a state said before "myself". */
export function ownPhrase(clause: string, phrases: Phrases): boolean {
  return phrases.within('carerOwn', clause) || phrases.followedBy('carerState', 'carerSelf', clause);
}
