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
 * reply of `meantLead` words, then a yes or a no, then what ties it to the question before is one:
 * `earlierQuestion` ("to the last one"); `earlierThat` ("to that") after lead words; or nothing
 * after a lead that says it was meant (`meantSaid`: "I meant yes"). So an answer that only
 * mentions the last one ("yes, the last one was hard", "no, the last one") or "yes to that" is
 * read as it is, at the question waiting.
 */
export function meantForEarlier(text: string, phrases: Phrases): MeantEarlier | undefined {
  const words = bare(text)
    .replace(/[?!.,]/g, ' ')
    .split(/\s+/)
    .filter(Boolean);
  for (let tail = 0; tail <= Math.min(longestPhrase, words.length - 1); tail++) {
    const tie = words.slice(words.length - tail).join(' ');
    const named = tail > 0 && phrases.is('earlierQuestion', tie);
    if (tail > 0 && !named && !phrases.is('earlierThat', tie)) continue;
    const rest = words.slice(0, words.length - tail);
    for (let size = 1; size <= Math.min(longestPhrase, rest.length); size++) {
      const answer = rest.slice(-size).join(' ');
      const value = phrases.is('yes', answer) ? true : phrases.is('no', answer) ? false : undefined;
      const lead = rest.slice(0, -size);
      // Unnamed, the question before is meant only when the lead says the answer was not the one meant.
      const tied = named || (tail > 0 ? lead.length > 0 : saysMeant(lead, phrases));
      if (value !== undefined && tied && leadsIn(lead, phrases)) return { value, words: answer };
    }
  }
  return undefined;
}

/** Whether lead words say the answer given was not the one meant ("sorry I meant"). */
function saysMeant(words: readonly string[], phrases: Phrases): boolean {
  return phrases.within('meantSaid', words.join(' '));
}

/** Whether `words` are nothing but `meantLead` phrases one after another ("oh sorry i meant"), or none at all. */
function leadsIn(words: readonly string[], phrases: Phrases): boolean {
  return words.length === 0 || phrasesInARow(words, (said) => phrases.is('meantLead', said), longestPhrase);
}
