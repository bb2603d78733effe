import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { literalGate, textsRead } from '../../safety/patterns/literalGate';
import { requiredLiterals } from '../../safety/patterns/requiredLiterals';
import { createNormaliser } from '../../safety/patterns/normalise';
import { cachedByInputs, moduleFiles } from '../support/inputCache';
import { everySource, patterns } from './screenSources';

const root = join(__dirname, '..', '..');

/** Every file of texts: the corpus parts, the blind sets and the routine answers. */
function textFiles(): string[] {
  return ['test/data', 'safety/corpus/parts'].flatMap((dir) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(root, dir, name)),
  );
}

/** Every text in `files`, normalised. */
function everyText(files: readonly string[]): string[] {
  const texts: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') texts.push(value);
    else if (Array.isArray(value)) value.forEach(collect);
    else if (value !== null && typeof value === 'object' && 'text' in value) collect(value.text);
    else if (value !== null && typeof value === 'object' && 'items' in value) collect(value.items);
  };
  for (const file of files) collect(JSON.parse(readFileSync(file, 'utf8')));
  // The screen's regexes read the normalised text only.
  return [...new Set(texts.map(createNormaliser(patterns.normalisation)))];
}

/**
 * Runs every regex on every text its gate rules out: the texts it matches there (`wrong`, which
 * must stay empty), how many pairs were ruled out, and of how many.
 */
function checkEveryRuledOutText(files: readonly string[]): {
  wrong: string[];
  ruledOut: number;
  pairs: number;
  texts: number;
} {
  const texts = everyText(files);
  const compiled = everySource().map(({ id, source }) => ({
    id,
    regex: new RegExp(source),
    gate: literalGate(source),
  }));
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
  return { wrong, ruledOut, pairs: texts.length * compiled.length, texts: texts.length };
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

  it('answers a text read again, after other texts and after new gates, as it did the first time', () => {
    const texts = [
      'i bought a rope today',
      'walking the dog every morning',
      'a noose',
      'i want to die',
      'i want to die, not really',
      '7',
      'i want to die',
    ];
    const sources = ['\\b(?:rope|noose)\\b', 'want to die', '\\bdog\\b', 'bought (?:a|the) rope'];
    const first = sources.map((source) => literalGate(source));
    const answers = (gates: readonly ReturnType<typeof literalGate>[], text: string): boolean[] =>
      gates.map((gate) => gate.mayMatch(text));
    const alone = texts.map((text) => answers(first, text));

    // Each text in turn, then back through them, several gates asking for each text.
    const again = [...texts, ...[...texts].reverse()].map((text) => answers(first, text));
    expect(again).to.deep.equal([...alone, ...[...alone].reverse()]);

    // A gate made between two reads of a text is answered for that text too.
    expect(answers(first, texts[0])).to.deep.equal(alone[0]);
    const later = literalGate('(?:bought|sold) (?:a|the) rope today');
    expect(later.mayMatch(texts[0])).to.equal(true);
    expect(later.mayMatch(texts[1])).to.equal(false);
    expect(answers(first, texts[0])).to.deep.equal(alone[0]);
    expect(alone.map((row) => row.join())).to.deep.equal([
      'true,false,false,true',
      'false,false,true,false',
      'true,false,false,false',
      'false,true,false,false',
      'false,true,false,false',
      'false,false,false,false',
      'false,true,false,false',
    ]);
  });

  it('reads a text once while fifteen others are read after it, as a turn reads a message, its pieces and its burst', () => {
    const gate = literalGate('\\b(?:rope|noose)\\b');
    const texts = Array.from({ length: 16 }, (_, i) => `walking the dog ${i} times, then a rope`);
    const first = texts.map((text) => gate.mayMatch(text));
    const read = textsRead();
    expect(texts.map((text) => gate.mayMatch(text))).to.deep.equal(first);
    expect(textsRead() - read).to.equal(0);
    // The seventeenth text read pushes the first out: read again, it is read anew, with the same answer.
    expect(gate.mayMatch('a noose')).to.equal(true);
    expect(gate.mayMatch(texts[0])).to.equal(first[0]);
    expect(textsRead() - read).to.equal(2);
  });

  it('never rules out a corpus text that a committed regex matches', function () {
    this.timeout(600_000);
    // Some seconds of regex work, deterministic, so its result is kept for the same texts, patterns,
    // test and gate code (every file this test runs), dependencies and Node; CI always checks.
    const files = textFiles();
    const { value: result } = cachedByInputs(
      'literal-gate-corpus',
      {
        files: [...files, ...moduleFiles(__filename), join(root, 'package-lock.json')],
        values: [process.version, process.arch],
      },
      () => checkEveryRuledOutText(files),
    );
    expect(result.wrong).to.deep.equal([]);
    expect(result.texts).to.be.greaterThan(5_000);
    // The gate must earn its place: most regexes have one, and it rules out most texts.
    const sources = everySource();
    const gated = sources.filter(({ source }) => literalGate(source).gated).length;
    expect(gated / sources.length).to.be.greaterThan(0.8);
    expect(result.ruledOut / result.pairs).to.be.greaterThan(0.8);
  });
});
