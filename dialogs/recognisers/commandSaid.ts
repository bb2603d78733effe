/**
 * The command a message gives, as a person says it or as a carer says it of the person's things
 * ("delete Ron's data", "who has seen his plan"): the command the person would give with "my".
 */
import { bare } from '../../plan/normalise';
import type { CommandName } from './phraseLists';
import type { Phrases } from './phrases';
import type { RequestRead } from './requestReading';

/**
 * The command `text` gives, or null. `person`, for a carer only, are the words the carer names the
 * person by (their name, "mum"): each with "'s", and the `ofThePerson` words, are read as "my".
 * Nothing else is read so: what a carer says that only mentions the person stays an answer.
 * `lead`, the lead contact's name, is read with a title when said without one ("I don't want Sam
 * Patel to see it" as "… Dr Sam Patel …", H279): its last two words, never a first name alone.
 */
export function commandSaid(
  text: string,
  phrases: Phrases,
  person?: readonly string[],
  lead?: string,
): CommandName | null {
  const said = phrases.command(text);
  if (said !== null) return said;
  const mine = person === undefined ? undefined : asTheirOwn(text, person, phrases);
  const read = mine === undefined ? null : phrases.command(mine);
  if (read !== null) return read;
  const titled = lead === undefined ? undefined : withTitle(mine ?? text, lead);
  return titled === undefined ? null : phrases.command(titled);
}

/** `text` with the last two words of `lead`'s name, said without a title, said after "dr"; undefined when they are not in it. */
function withTitle(text: string, lead: string): string | undefined {
  const name = bare(lead).split(' ').slice(-2);
  if (name.length < 2) return undefined;
  const words = bare(text).split(' ');
  const at = words.findIndex((_, i) => name.every((word, j) => words[i + j] === word));
  return at < 0 ? undefined : [...words.slice(0, at), 'dr', ...words.slice(at)].join(' ');
}

/**
 * The request `text` makes in a sentence of its own, past the command lists ("sorry, who is this?",
 * "can you delete everything"), its command's words read as `commandSaid` reads them; undefined
 * for anything else (H115).
 */
export function requestSaid(text: string, phrases: Phrases, person?: readonly string[]): RequestRead | undefined {
  return phrases.requests.read(text, (core) => commandSaid(core, phrases, person));
}

/** `text` with the carer's words for the person's own said as "my", or undefined when none is in it. */
function asTheirOwn(text: string, person: readonly string[], phrases: Phrases): string | undefined {
  const words = bare(text).split(' ');
  // A name with "'s" comes out of `bare` with the apostrophe gone ("rons", "mums").
  const owned = person.map((name) => `${bare(name)}s`.split(' ')).filter((name) => name.join('').length > 1);
  const out: string[] = [];
  let changed = false;
  for (let at = 0; at < words.length;) {
    const name = owned.find((one) => one.every((word, i) => words[at + i] === word));
    if (name || phrases.is('ofThePerson', words[at])) {
      out.push('my');
      at += name?.length ?? 1;
      changed = true;
    } else out.push(words[at++]);
  }
  return changed ? out.join(' ') : undefined;
}
