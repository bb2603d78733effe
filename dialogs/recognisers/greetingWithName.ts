import { bare } from '../../plan/normalise';
import { longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/**
 * Whether `text` greets with one of `names`, the names already given ("HELLO ITS BERT AGAIN",
 * "hi, Bert here", "this is Ann again"): a greeting, who is writing said with it, never an answer
 * to the question waiting. Greetings may open it; then `introLead` words ("it's", "this is"), the
 * name, and `introAfter` words ("again", "here"). A name alone greets only with one of those
 * round it ("Bert" alone may be an answer).
 */
export function greetsWithName(text: string, names: readonly string[], phrases: Phrases): boolean {
  const known = new Set(names.map((name) => bare(name)).filter(Boolean));
  const words = bare(text).split(' ').filter(Boolean);
  if (known.size === 0 || words.length === 0 || words.length > 10) return false;
  const greeted = longestGreeting(words, phrases);
  const led = longestOpening(words, greeted, (said) => phrases.is('introLead', said));
  for (let end = words.length; end > led; end--) {
    if (!known.has(words.slice(led, end).join(' '))) continue;
    const after = words.slice(end);
    const closes = after.length === 0 || phrasesInARow(after, (said) => phrases.is('introAfter', said));
    if (closes && (led > 0 || after.length > 0)) return true;
  }
  return false;
}

/** Where greetings one after another at the start of `words` end (0 with none), leaving a word after them. */
function longestGreeting(words: readonly string[], phrases: Phrases): number {
  let from = 0;
  for (let end = longestOpening(words, from, (said) => phrases.is('greeting', said)); end > from;) {
    from = end;
    end = longestOpening(words, from, (said) => phrases.is('greeting', said));
  }
  return from;
}
