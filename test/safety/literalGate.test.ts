import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import patternsFile from '../../safety/data/crisis-patterns.json';
import { cooccurrenceSources, lexiconSource } from '../../safety/patterns/cooccurrence';
import { literalGate } from '../../safety/patterns/literalGate';
import { requiredLiterals } from '../../safety/patterns/requiredLiterals';
import { negationSources } from '../../safety/patterns/negation';
import { createNormaliser } from '../../safety/patterns/normalise';
import { crisisPatternsSchema } from '../../safety/patterns/patternDetector';
import { expandFragments } from '../../safety/patterns/patternSource';
import { timingSources } from '../../safety/patterns/timing';

const root = join(__dirname, '..', '..');
const patterns = crisisPatternsSchema.parse(patternsFile);

/** Every regex source the crisis screen compiles, with an id to name it by. */
function everySource(): { id: string; source: string }[] {
  const entries = [
    ...Object.values(patterns.patterns).flat(),
    ...patterns.exclusions,
    ...(patterns.negation ? negationSources(patterns.negation).map((s) => s.entry) : []),
    ...(patterns.timing ? timingSources(patterns.timing).map((s) => s.entry) : []),
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

/** Every text in the corpus, the blind sets and the routine answers, normalised. */
function everyText(): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object' && 'text' in value) collect(value.text);
    else if (value !== null && typeof value === 'object' && 'items' in value) collect(value.items);
  };
  const read = (dir: string) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .forEach((name) => collect(JSON.parse(readFileSync(join(root, dir, name), 'utf8'))));
  read('test/data');
  read('safety/corpus/parts');
  // The screen's regexes read the normalised text only.
  return [...new Set(texts.map(createNormaliser(patterns.normalisation)))];
}

describe('the literal gate in front of the crisis regexes', () => {
  it('finds literals through alternatives, optional parts and lookarounds', () => {
    expect(requiredLiterals('\\b(?:ropes?|nooses?)\\b')).to.deep.equal([['rope', 'noose']]);
    expect(requiredLiterals('(?<!not )\\bwant to die\\b(?! of)')).to.deep.equal([['want to die']]);
    expect(requiredLiterals('(?:took|taken) (?:\\w+ ){0,3}pills')).to.deep.equal([['pills'], ['took ', 'taken ']]);
    expect(requiredLiterals('kill (?:my|him)self')).to.deep.equal([['kill myself', 'kill himself']]);
  });

  it('checks the rarer words of a pattern before its common ones', () => {
    expect(requiredLiterals('\\bthreat\\w* (?:\\w+ ){0,4}with the (?:knife|gun)')?.[0]).to.deep.equal(['threat']);
  });

  it('leaves ungated a regex that can match without a literal of three characters', () => {
    expect(requiredLiterals('\\w+ a')).to.equal(null);
    expect(requiredLiterals('(?:rope|\\d+)')).to.equal(null);
    expect(requiredLiterals('(?:ok|no)')).to.equal(null);
    expect(requiredLiterals('(?:pills)?')).to.equal(null);
    expect(requiredLiterals('rope', 'i')).to.equal(null);
    expect(requiredLiterals('(')).to.equal(null);
  });

  it('rules out a text lacking the literals, and only such a text', () => {
    const gate = literalGate('\\b(?:rope|noose)\\b', 'g');
    expect(gate.mayMatch('i have been walking the dog every morning')).to.equal(false);
    expect(gate.mayMatch('bought a rope today, and that is that')).to.equal(true);
    expect(gate.mayMatch('a noose')).to.equal(true);
    expect(gate.mayMatch('7')).to.equal(false);
    expect(literalGate('\\w+ a').gated).to.equal(false);
  });

  it('never rules out a corpus text that a committed regex matches', function () {
    this.timeout(600_000);
    const texts = everyText();
    const sources = everySource();
    const compiled = sources.map(({ id, source }) => ({ id, regex: new RegExp(source), gate: literalGate(source) }));
    const wrong: string[] = [];
    let ruledOut = 0;
    // Text by text: the gates index a text once and then answer for every regex, as in the screen.
    for (const text of texts) {
      for (const { id, regex, gate } of compiled) {
        if (gate.mayMatch(text)) continue;
        ruledOut++;
        if (regex.test(text)) wrong.push(`${id}: ${text}`);
      }
    }
    expect(wrong).to.deep.equal([]);
    expect(texts.length).to.be.greaterThan(5_000);
    // The gate must earn its place: most regexes have one, and it rules out most texts.
    const gated = sources.filter(({ source }) => literalGate(source).gated).length;
    expect(gated / sources.length).to.be.greaterThan(0.8);
    expect(ruledOut / (texts.length * sources.length)).to.be.greaterThan(0.8);
  });
});
