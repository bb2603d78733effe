import { bare } from '../../plan/normalise';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** The most words a phrase of `meantLead`, `yes`, `no` or `earlierQuestion` has, and more. */
const longestPhrase = 6;

/** A yes or a no meant for the question before: as the yes/no lists read it, and the words said. */
export interface MeantEarlier {
  value: boolean;
  /** The yes or no as said ("not really"): the question before reads them its own way. */
  words: string;
}

/**
 * A yes or a no meant for the question before, said at the next ("sorry, I meant yes to the last
 * one", "no to the previous question"), or undefined when the reply is not that. Only a whole
 * reply of `meantLead` words, then a yes or a no, then `earlierQuestion` (which ties the two
 * together: "to the last one") is one, so an answer that only mentions the last one ("yes, the
 * last one was hard", "no, the last one") is read as it is.
 */
export function meantForEarlier(text: string, phrases: Phrases): MeantEarlier | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(/\s+/).filter(Boolean);
  for (let tail = 1; tail <= Math.min(longestPhrase, words.length - 1); tail++) {
    if (!phrases.is('earlierQuestion', words.slice(-tail).join(' '))) continue;
    const rest = words.slice(0, -tail);
    for (let size = 1; size <= Math.min(longestPhrase, rest.length); size++) {
      const answer = rest.slice(-size).join(' ');
      const value = phrases.is('yes', answer) ? true : phrases.is('no', answer) ? false : undefined;
      if (value !== undefined && leadsIn(rest.slice(0, -size), phrases)) return { value, words: answer };
    }
  }
  return undefined;
}

/** Whether `words` are nothing but `meantLead` phrases one after another ("oh sorry i meant"), or none at all. */
function leadsIn(words: readonly string[], phrases: Phrases): boolean {
  return words.length === 0 || phrasesInARow(words, (said) => phrases.is('meantLead', said), longestPhrase);
}
