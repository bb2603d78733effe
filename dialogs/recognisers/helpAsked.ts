import type { Question } from '../../content/packs/packSchema';
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
export function asksForHelp(text: string, phrases: Phrases, question?: Question): boolean {
  // Sentence by sentence: an ask with a sentence saying the question is not understood is one too.
  const sentences = text.split(/[.!?;]+/u).filter((sentence) => bare(sentence) !== '');
  if (sentences.length > 1)
    return (
      sentences.some((sentence) => asksInSentence(sentence, phrases)) &&
      sentences.every((sentence) => asksInSentence(sentence, phrases) || phrases.is('helpNotUnderstood', sentence))
    );
  // A whole reply of its own that asks ("explain please", "what this mean?", "I no understand") asks too.
  if (asksInSentence(text, phrases) || phrases.is('helpAskWhole', text.replace(/[.!?,]+/gu, ' '))) return true;
  return question !== undefined && asksWhatWordIs(text, phrases, question);
}

/** The most words asked about after a `helpAskWhatIs` opening ("what is a care plan"). */
const mostWordsOfTerm = 3;

/**
 * Whether `text` asks what a word of `question` is ("what's a goal?" where its help says "A goal
 * can be small"; explorer 31): a `helpAskWhatIs` opening, then one to three words, each a word of
 * the question's wording, its help or its section ("goals"), bar `helpAskWhatIsAfter` words after
 * them ("exactly"). A question about other words ("what's a normal blood sugar?") is the person's
 * own, and kept as their answer.
 */
function asksWhatWordIs(text: string, phrases: Phrases, question: Question): boolean {
  const words = bare(text).replace(/\?/g, ' ').split(' ').filter(Boolean);
  const opens = longestOpening(words, 0, (said) => phrases.is('helpAskWhatIs', said));
  if (opens === 0) return false;
  const rest = words.slice(opens);
  const term = rest.slice(0, longestTermEnd(rest, phrases));
  if (term.length === 0 || term.length > mostWordsOfTerm) return false;
  const known = questionWords(question);
  return term.every((word) => known.has(singular(word)));
}

/** Where the word asked about ends, before any `helpAskWhatIsAfter` words at the end ("goal exactly"). */
function longestTermEnd(rest: readonly string[], phrases: Phrases): number {
  let end = rest.length;
  while (end > 0 && phrases.is('helpAskWhatIsAfter', rest[end - 1] ?? '')) end--;
  return end;
}

/** Every word of `question`'s wording, for a person and for a carer, its help and its section, each as `singular` reads it. */
function questionWords(question: Question): Set<string> {
  const wordings = [question.ask, question.help, question.sms].flatMap((w) => (w ? [w.person, w.carer] : []));
  const section = question.section.replace(/([a-z])([A-Z])/gu, '$1 $2');
  return new Set(
    bare([...wordings, section].join(' '))
      .replace(/[^\p{L}\s]/gu, ' ')
      .split(/\s+/u)
      .map(singular),
  );
}

/** A word without a plural "s" ("goals" as "goal"); words of three letters or fewer as they are. */
function singular(word: string): string {
  return word.length > 3 ? word.replace(/s$/u, '') : word;
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
