import type { PackLibrary } from '../content/packs/packLibrary';
import type { Option } from '../content/packs/packSchema';
import { bare } from '../plan/normalise';

/** The longest typed condition repeated back to the coordinator. */
const maxTypedCondition = 60;

/**
 * The conditions Careprep has topics for: those a condition pack covers, named as the conditions
 * question names them, in its order.
 */
export function conditionsWithTopics(library: PackLibrary): Option[] {
  const covered = new Set(library.packs.flatMap((pack) => (pack.condition ? [pack.condition] : [])));
  return (library.question('conditions').options ?? []).filter((option) => covered.has(option.id));
}

/** The conditions a coordinator gave for an invitation, read against the packs. */
export interface InviteConditions {
  /** Options of the conditions question, each once, in the order given: what the invitation keeps. */
  ids: string[];
  /** What no condition pack covers: an option's label, or the words as typed when no option fits. */
  withoutTopics: string[];
}

/**
 * Reads the conditions from the invitation card: option ids as the card sends them (a list, or
 * joined by commas), or a condition typed by its label or one of its words ("asthma" is COPD).
 */
export function readInviteConditions(
  given: string | readonly string[] | undefined,
  library: PackLibrary,
): InviteConditions {
  const options = library.question('conditions').options ?? [];
  const covered = new Set(conditionsWithTopics(library).map((option) => option.id));
  const entries = (typeof given === 'string' ? given.split(/[,;\n]/) : (given ?? []))
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
  const ids: string[] = [];
  const withoutTopics: string[] = [];
  for (const entry of entries) {
    const option = options.find((o) => o.id === entry) ?? options.find((o) => names(o).includes(bare(entry)));
    if (!option) {
      const typed = entry.slice(0, maxTypedCondition);
      if (!withoutTopics.includes(typed)) withoutTopics.push(typed);
      continue;
    }
    if (ids.includes(option.id)) continue;
    ids.push(option.id);
    if (!covered.has(option.id)) withoutTopics.push(option.label);
  }
  return { ids, withoutTopics };
}

/** Every way an option is named, made bare for matching. */
function names(option: Option): string[] {
  return [option.id, option.label, ...option.synonyms].map(bare);
}
