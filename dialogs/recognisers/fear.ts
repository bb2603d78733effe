import type { Phrases } from './phrases';
import { replyParts } from './replyParts';
import { saidWords } from './resultNamed';

/**
 * Whether a message asks in fear what the condition may do ("am I going to lose my feet?", "will
 * she go blind", "do I need dialysis now"): it opens with a `fearAsk` phrase and goes on with a
 * `fearOutcome`, owner words ("my", "her", "a") left out of what is feared, and anything after it;
 * or it opens with a fear felt (`fearFelt`: "I'm scared") and then asks or tells it (`fearSaid`:
 * "I'm scared I'll lose my feet"). Distress and crisis are the crisis screen's, which has read the
 * message first.
 */
export function asksFear(text: string, phrases: Phrases): boolean {
  return asksFearOf(saidWords(text), phrases, 'fearOutcome');
}

/**
 * Whether a message asks in fear whether the person (or the one cared for) will die ("am I going
 * to die?", "is this going to kill me", "is mum dying"): a fear, not a wish to die (H413), as the
 * whole message or as one part of it ("I'm scared, am I going to die?", "is it cancer, am I
 * dying?": `replyParts`, H425). The crisis screen has read the message first: a wish, a plan or a
 * means is its reply, so only a message it found nothing in is asked here.
 */
export function asksFearOfDying(text: string, phrases: Phrases): boolean {
  const asks = (said: string): boolean => asksFearOf(saidWords(said), phrases, 'fearOfDyingOutcome');
  return asks(text) || replyParts(text).some(asks);
}

/**
 * The most words a `fearAsk`, `fearFelt`, `fearSaid` or a fear's outcome phrase takes: only that
 * many are joined to look one up. Every message passes `asksFearOfDying` (bot/fearOfDyingGuard.ts),
 * and joining every opening of a long one cost 53 ms at 1,000 words and 468 ms at 3,000.
 * `test/dialogs/recognisers/fearPhraseLengths` holds content/phrases.yaml to it.
 */
export const longestFearPhrase = 8;

type Outcomes = 'fearOutcome' | 'fearOfDyingOutcome';

function asksFearOf(words: readonly string[], phrases: Phrases, outcomes: Outcomes): boolean {
  if (askedFrom(words, 0, 'fearAsk', phrases, outcomes)) return true;
  const felt = phraseEnd(words, 0, 'fearFelt', phrases);
  return (
    felt > 0 &&
    (askedFrom(words, felt, 'fearAsk', phrases, outcomes) || askedFrom(words, felt, 'fearSaid', phrases, outcomes))
  );
}

/** Where the longest `list` phrase opening at `from` ends, or 0 when none opens there. */
function phraseEnd(words: readonly string[], from: number, list: 'fearFelt', phrases: Phrases): number {
  for (let end = Math.min(words.length, from + longestFearPhrase); end > from; end -= 1) {
    if (phrases.is(list, words.slice(from, end).join(' '))) return end;
  }
  return 0;
}

/** Whether a `how` phrase opens at `from` and a feared outcome of `outcomes` follows it. */
function askedFrom(
  words: readonly string[],
  from: number,
  how: 'fearAsk' | 'fearSaid',
  phrases: Phrases,
  outcomes: Outcomes,
): boolean {
  for (let at = from + 1; at < Math.min(words.length, from + longestFearPhrase + 1); at += 1) {
    const opening = words.slice(from, at).join(' ');
    if (!phrases.is(how, opening)) continue;
    const feared = words.slice(at, at + 2 * longestFearPhrase).filter((word) => !phrases.is('owner', word));
    for (let end = Math.min(feared.length, longestFearPhrase); end > 0; end -= 1) {
      const outcome = feared.slice(0, end).join(' ');
      if (phrases.is(outcomes, outcome) && killedBy(opening, outcome, phrases)) return true;
    }
  }
  return false;
}

/**
 * Whether a feared outcome is had from who the opening names: "kill me" (`fearKills`) only when the
 * illness or the result is what kills (`fearByIllness`: "is this going", "it will"). "Is he going to
 * kill me", "I'm scared he'll kill me" and "I'm scared I'll kill her" are no fear of an illness
 * (H467, review 30), and are the crisis screen's alone.
 */
function killedBy(opening: string, outcome: string, phrases: Phrases): boolean {
  return !phrases.is('fearKills', outcome) || phrases.is('fearByIllness', opening);
}
