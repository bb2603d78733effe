import { nameParts, type NameParts } from './names';
import { newNameSaid } from './newName';
import type { Phrases } from './phrases';

/**
 * The name in an answer to a name question and any clause said after it (see `nameParts`), the
 * name they go by taking the place of the first: "my name is jean but everyone calls me jeannie"
 * is Jeannie, as is "I'm Jean, people call me Jeannie". A clause naming one (`renameOwn` or
 * `renamePerson` words, "but" or the like before them) is the whole of what was said after it.
 */
export function nameSaid(text: string, phrases: Phrases): NameParts {
  const parts = nameParts(text, phrases);
  if (parts.rest === undefined) return parts;
  const [first, ...others] = parts.rest.split(/\s+/u);
  const joined = phrases.is('clauseOpening', first ?? '') ? others.join(' ') : undefined;
  const goneBy = newNameSaid(parts.rest, phrases) ?? (joined === undefined ? undefined : newNameSaid(joined, phrases));
  return goneBy === undefined ? parts : { name: goneBy.name };
}
