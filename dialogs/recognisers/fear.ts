import type { Phrases } from './phrases';
import { saidWords } from './resultNamed';

/**
 * Whether a message asks in fear what the condition may do ("am I going to lose my feet?", "will
 * she go blind", "do I need dialysis now"): it opens with a `fearAsk` phrase and goes on with a
 * `fearOutcome`, owner words ("my", "her", "a") left out of what is feared, and anything after it.
 * Distress and crisis are the crisis screen's, which has read the message first.
 */
export function asksFear(text: string, phrases: Phrases): boolean {
  return asksFearOf(text, phrases, 'fearOutcome');
}

/**
 * Whether a message asks in fear whether the person (or the one cared for) will die ("am I going
 * to die?", "is this going to kill me", "is mum dying"): a fear, not a wish to die (H413). The
 * crisis screen has read the message first: a wish, a plan or a means is its reply.
 */
export function asksFearOfDying(text: string, phrases: Phrases): boolean {
  return asksFearOf(text, phrases, 'fearOfDyingOutcome');
}

/**
 * The most words a `fearAsk` or a fear's outcome phrase takes: only that many are joined to look one
 * up. Every message passes `asksFearOfDying` (bot/fearOfDyingGuard.ts), and joining every opening
 * of a long one cost 53 ms at 1,000 words and 468 ms at 3,000. `test/dialogs/recognisers/fearPhraseLengths`
 * holds content/phrases.yaml to it.
 */
export const longestFearPhrase = 8;

function asksFearOf(text: string, phrases: Phrases, outcomes: 'fearOutcome' | 'fearOfDyingOutcome'): boolean {
  const words = saidWords(text);
  for (let at = 1; at < Math.min(words.length, longestFearPhrase + 1); at += 1) {
    if (!phrases.is('fearAsk', words.slice(0, at).join(' '))) continue;
    const feared = words.slice(at, at + 2 * longestFearPhrase).filter((word) => !phrases.is('owner', word));
    for (let end = Math.min(feared.length, longestFearPhrase); end > 0; end -= 1) {
      if (phrases.is(outcomes, feared.slice(0, end).join(' '))) return true;
    }
  }
  return false;
}
