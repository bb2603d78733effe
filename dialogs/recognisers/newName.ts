import { bare } from '../../plan/normalise';
import { capitalisedName, nameShaped, trailingMarks } from './names';
import { longestOpening, phrasesInARow } from './phraseRuns';
import type { Phrases } from './phrases';

/** A new name given at a later question: whose it is, and the name as it is kept. */
export interface NewName {
  /** The writer's own (`renameOwn`), or the person's said by a carer (`renamePerson`). */
  whose: 'own' | 'person';
  name: string;
}

/** Longer messages are answers or stories, never this ask. */
const maxWords = 12;

/**
 * A new name said in place of an answer: `meantLead` words if any ("actually", "sorry, can you"),
 * then a `renameOwn` or `renamePerson` phrase, then a name and nothing else but `renameAfter` words
 * or the old name taken back (`renameInstead`: "Jeanie, not Jean"). A name is one to three words
 * of letters, none of them `notAName` ("call me later", "call me old fashioned"); undefined for
 * anything else, which is read as the answer it is.
 */
export function newNameSaid(text: string, phrases: Phrases): NewName | undefined {
  const words = text.trim().split(/\s+/u);
  if (words.length > maxWords) return undefined;
  const said = words.map((word) => bare(word));
  for (let at = 0; at < words.length; at++) {
    if (at > 0 && !phrasesInARow(said.slice(0, at), (run) => phrases.is('meantLead', run))) continue;
    for (const [whose, list] of [
      ['own', 'renameOwn'],
      ['person', 'renamePerson'],
    ] as const) {
      const end = longestOpening(said, at, (run) => phrases.is(list, run));
      const name = end > at ? nameOpening(words.slice(end), phrases) : undefined;
      if (name) return { whose, name };
    }
  }
  return undefined;
}

/** The new name `text` opens with, read as after "call me" ("Jeanie please", "Jeanie, not Jean"); undefined when it opens with none. */
export function newNameIn(text: string, phrases: Phrases): string | undefined {
  return nameOpening(text.trim().split(/\s+/u), phrases);
}

/** The shortest name `words` open with, when what follows it is `renameAfter` words or the old name taken back. */
function nameOpening(words: readonly string[], phrases: Phrases): string | undefined {
  for (let end = 1; end <= Math.min(words.length, 3); end++) {
    const name = words.slice(0, end).join(' ').replace(trailingMarks, '');
    if (!nameShaped(name, phrases) || name.split(' ').some((word) => phrases.is('notAName', word))) continue;
    if (closes(bare(words.slice(end).join(' ')), phrases)) return capitalisedName(name, phrases);
  }
  return undefined;
}

/** Whether what follows a name leaves it as one: nothing, `renameAfter` words, or the old name taken back. */
function closes(after: string, phrases: Phrases): boolean {
  if (after === '' || phrases.is('renameAfter', after)) return true;
  const rest = after.split(' ');
  const taken = longestOpening(rest, 0, (run) => phrases.is('renameInstead', run));
  return taken > 0 && nameShaped(rest.slice(taken).join(' '), phrases);
}
