import patternsFile from '../../safety/data/crisis-patterns.json';
import { answerContextSources, answerContextsSchema } from '../../safety/patterns/answerReadings';
import { cooccurrenceSources, lexiconSource } from '../../safety/patterns/cooccurrence';
import { negationSources } from '../../safety/patterns/negation';
import { crisisPatternsSchema } from '../../safety/patterns/patternDetector';
import { expandFragments } from '../../safety/patterns/patternSource';
import { timingSources } from '../../safety/patterns/timing';

/** The committed crisis patterns, parsed. */
export const patterns = crisisPatternsSchema.parse(patternsFile);

/** Every regex source the crisis screen compiles, fragments expanded, with an id to name it by. */
export function everySource(): { id: string; source: string }[] {
  const entries = [
    ...Object.values(patterns.patterns).flat(),
    ...patterns.exclusions,
    ...patterns.setAside,
    ...(patterns.negation ? negationSources(patterns.negation).map((s) => s.entry) : []),
    ...(patterns.timing ? timingSources(patterns.timing).map((s) => s.entry) : []),
    ...answerContextSources(answerContextsSchema.parse(patternsFile.answerContexts)),
  ];
  const lexicons = Object.entries(patterns.cooccurrence?.lexicons ?? {}).map(([name, lexicon]) => ({
    id: `lexicon.${name}`,
    source: lexiconSource(lexicon.terms),
  }));
  const breaks = patterns.cooccurrence
    ? cooccurrenceSources(patterns.cooccurrence)
        .filter((s) => !s.entry.id.startsWith('lexicon.'))
        .map((s) => s.entry)
    : [];
  return [...entries, ...breaks, ...lexicons].map((e) => ({
    id: e.id,
    source: expandFragments(e.source, patterns.fragments),
  }));
}
