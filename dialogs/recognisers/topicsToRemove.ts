import type { Option } from '../../content/packs/packSchema';
import { bare } from '../../plan/normalise';
import { recogniseChoices } from './choices';
import { phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** Longer messages are answers or stories, never this ask. */
const maxWords = 14;

/** Words round the topics named that say only where from ("off the list", "from my topics", "please"). */
const around =
  /^(?:off|out)\s+|\s+(?:off|out)?\s*(?:(?:from|of)\s+)?(?:the|my)\s+(?:list|topics|things to talk about)$|\s+(?:off|out)$|\s+please$/u;

/**
 * Reads a message that asks to take topics off the list to talk about, by their names: `meantLead`
 * phrases, a `removeVerb` or "take off", then topics named and nothing else ("take off eating the
 * right amount", "remove sleep and pain please", "take foot care off the list"). The ids of the
 * options named, or undefined for anything else. Found trying the bot as new users (explorer 24):
 * at the review it was "Sorry, I didn't understand".
 */
export function topicsToRemove(text: string, options: readonly Option[], phrases: Phrases): string[] | undefined {
  const words = bare(text).split(' ').filter(Boolean);
  if (words.length > maxWords) return undefined;
  for (let at = 0; at < words.length; at++) {
    if (at > 0 && !phrasesInARow(words.slice(0, at), (run) => phrases.is('meantLead', run))) continue;
    for (let end = at + 1; end <= Math.min(words.length, at + 4); end++) {
      const verb = words.slice(at, end).join(' ');
      if (!phrases.is('removeVerb', verb) && verb !== 'take off' && verb !== 'take') continue;
      let named = words.slice(end).join(' ');
      // "take" alone only with "off" or "out" after ("take sleep off the list"): "take tablets" is no ask.
      if (verb === 'take' && !/\b(?:off|out)\b/u.test(named)) continue;
      for (let was = ''; was !== named;) [was, named] = [named, named.replace(around, '').trim()];
      if (named === '') continue;
      const picks = recogniseChoices(named, options, phrases, { multiple: true });
      if (picks.ok && picks.value.unmatched.length === 0 && picks.value.ids.length > 0) return picks.value.ids;
    }
  }
  return undefined;
}
