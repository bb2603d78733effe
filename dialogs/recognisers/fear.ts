import type { Phrases } from './phrases';
import { saidWords } from './resultNamed';

/**
 * Whether a message asks in fear what the condition may do ("am I going to lose my feet?", "will
 * she go blind", "do I need dialysis now"): it opens with a `fearAsk` phrase and goes on with a
 * `fearOutcome`, owner words ("my", "her", "a") left out of what is feared, and anything after it.
 * Distress and crisis are the crisis screen's, which has read the message first.
 */
export function asksFear(text: string, phrases: Phrases): boolean {
  const words = saidWords(text);
  for (let at = 1; at < words.length; at += 1) {
    if (!phrases.is('fearAsk', words.slice(0, at).join(' '))) continue;
    const feared = words.slice(at).filter((word) => !phrases.is('owner', word));
    for (let end = feared.length; end > 0; end -= 1) {
      if (phrases.is('fearOutcome', feared.slice(0, end).join(' '))) return true;
    }
  }
  return false;
}
