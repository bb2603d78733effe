/**
 * A first message after the welcome that opens with a greeting and says more ("Hello, good
 * morning, I was told to use this"): it was read as the answer to "Who is answering today?" and got
 * "Sorry, I didn't understand" straight after the welcome (explorer 27, H323). With nothing
 * answered yet, such a message that is no answer to the question waiting greets as "hello" does.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import type { Phrases } from './recognisers/phrases';
import { wordsOf } from './recognisers/wordSlots';
import type { SectionDialog } from './sectionDialog';
import type { SessionSource } from './sessionSource';

/** The most words a greeting opening a message is matched across ("good morning there"). */
const longestGreeting = 4;

/** How many of `text`'s first words are a greeting ("hello, good morning, …"): 0 when none. */
export function greetingWords(text: string, phrases: Phrases): number {
  const words = wordsOf(text);
  let from = 0;
  for (let end = Math.min(from + longestGreeting, words.length); end > from; end--) {
    if (!phrases.is('greeting', words.slice(from, end).join(' '))) continue;
    from = end;
    end = Math.min(from + longestGreeting, words.length) + 1;
  }
  return from;
}

/**
 * With nothing answered yet, `text` opening with a greeting and read as no answer to the question
 * `active` has waiting: what it is instead. The words after the greeting, when they answer it
 * ("hello, me"), are `answers`; otherwise it `greets`, and is never told it was not understood.
 * Undefined for anything else, which is read as it always was.
 */
export function greetsFirst(
  dc: DialogContext,
  text: string,
  active: SectionDialog | undefined,
  deps: { sessions: SessionSource; phrases: Phrases },
): { kind: 'greets' } | { kind: 'answers'; rest: string } | undefined {
  const { record } = deps.sessions.get(dc.context);
  const key = active?.pendingKey(dc);
  if (!active || key === undefined || record.progress.trail.length > 0) return undefined;
  const greeted = greetingWords(text, deps.phrases);
  if (greeted === 0) return undefined;
  const locale = dc.context.activity.locale;
  if (active.readFor(key, text, record, locale).read.ok) return undefined;
  const rest = wordsOf(text).slice(greeted).join(' ');
  return rest !== '' && active.readFor(key, rest, record, locale).read.ok
    ? { kind: 'answers', rest }
    : { kind: 'greets' };
}
