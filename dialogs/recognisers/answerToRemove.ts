import { bare } from '../../plan/normalise';
import { longestOpenings } from './goalTextSaid';
import { longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';

/** Longer messages are stories, never this ask. */
const maxWords = 16;

/**
 * The words of an earlier answer a message asks to take out ("delete what I said about being
 * lonely", "please remove my answer about the stairs"): `removeLead` words, a `removeVerb`, a
 * `removeWhat`, then the words, bare; undefined for anything else ("remove the weeds").
 */
export function answerToRemove(text: string, phrases: Phrases): string | undefined {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length > maxWords) return undefined;
  const start = longestOpenings(words, 0, (run) => phrases.is('removeLead', run));
  const verb = longestOpening(words, start, (run) => phrases.is('removeVerb', run));
  if (verb === start) return undefined;
  const what = longestOpening(words, verb, (run) => phrases.is('removeWhat', run));
  if (what === verb) return undefined;
  return words.slice(what).join(' ');
}

/** Whether the answer `answer` is the one `about` names: either holds the other's words, whole. */
export function answerAbout(answer: string, about: string): boolean {
  const a = ` ${bare(answer)} `;
  const b = ` ${about} `;
  return a.trim() !== '' && (a.includes(b) || b.includes(a));
}
