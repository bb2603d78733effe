import { bare } from '../../plan/normalise';
import type { PhraseList } from './phraseLists';
import { longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** Lists whose words, after a name, say nothing to keep ("Jean, thanks, ok"). */
const pleasantries: readonly PhraseList[] = ['nameOutro', 'thanks', 'agree', 'chatter', 'greeting'];

/** Marks at either end of a clause, never part of it. */
const endMarks = /^[\s,;:.!-]+|[\s,;:.!]+$/gu;

/**
 * The clause said after a name (`nameSaid`'s `rest`: "and I live alone"), as typed without the
 * words joining it to the name (`nameClauseJoin`) or marks around it: "I live alone". Undefined
 * when there is none, or it is only thanks, agreeing words or chatter ("thanks", "ok cheers").
 */
export function clauseSaid(rest: string | undefined, phrases: Phrases): string | undefined {
  const typed = (rest ?? '').replace(endMarks, '').split(/\s+/u).filter(Boolean);
  const said = typed.map((word) => bare(word));
  if (said.length === 0 || phrasesInARow(said, (run) => pleasantries.some((list) => phrases.is(list, run)))) {
    return undefined;
  }
  const joined = longestOpening(said, 0, (run) => phrases.is('nameClauseJoin', run));
  const words = typed.slice(joined).join(' ').replace(endMarks, '');
  return words === '' ? undefined : words;
}
