import { bare } from '../../plan/normalise';
import { longestOpening } from './phraseRuns';
import type { Phrases } from './phrases';

/** The most words asked about after a `helpAsk` opening, or between a `helpAskMeaning` opening and its end. */
const mostWordsAskedAbout = 5;

/**
 * Whether `text` asks what the question means, about words of it ("what do you mean by matters?",
 * "what does exactly mean"): a whole reply of a `helpAsk` opening and at most a few words, or of a
 * `helpAskMeaning` opening, a few words and a `helpAskMeaningEnd`. An answer that only opens so
 * ("what matters is my grandchildren", "what does matter is my family") is no such ask: the one
 * opening is no `helpAsk`, and the other has no end that asks what words mean. A whole reply that
 * asks in other words (`helpAskWhole`: "explain please", "I no understand") asks as much.
 */
export function asksForHelp(text: string, phrases: Phrases): boolean {
  // Sentence by sentence: an ask with a sentence saying the question is not understood is one too.
  const sentences = text.split(/[.!?;]+/u).filter((sentence) => bare(sentence) !== '');
  if (sentences.length > 1)
    return (
      sentences.some((sentence) => asksInSentence(sentence, phrases)) &&
      sentences.every((sentence) => asksInSentence(sentence, phrases) || phrases.is('helpNotUnderstood', sentence))
    );
  // A whole reply of its own that asks ("explain please", "what this mean?", "I no understand") asks too.
  return asksInSentence(text, phrases) || phrases.is('helpAskWhole', text.replace(/[.!?,]+/gu, ' '));
}

/** Whether one sentence asks what the question means (see `asksForHelp`). */
function asksInSentence(text: string, phrases: Phrases): boolean {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  if (words.length === 0) return false;
  if (phrases.is('helpAsk', words.join(' '))) return true;
  const opens = longestOpening(words, 0, (said) => phrases.is('helpAsk', said));
  if (opens > 0 && words.length - opens <= mostWordsAskedAbout) return true;
  const meaning = longestOpening(words, 0, (said) => phrases.is('helpAskMeaning', said));
  if (meaning === 0) return false;
  const rest = words.slice(meaning);
  for (let end = 1; end < rest.length && end <= mostWordsAskedAbout; end++) {
    if (phrases.is('helpAskMeaningEnd', rest.slice(end).join(' '))) return true;
  }
  return false;
}
