import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { loadCorpus } from '../../safety/corpus/corpus';
import type { CrisisKind } from '../../safety/kinds';
import { createCrisisDetector, type CrisisPatterns } from '../../safety/patterns/patternDetector';
import { compile } from '../../safety/patterns/patternSource';
import { patterns } from './screenSources';

/**
 * Which pattern of a kind wins is the first in the file that matches, and `deferTo` is read only on
 * that one (H471): a deferring entry placed after an entry of its kind that also matches its texts
 * never defers, and no wording test need notice. So every text in which a deferring entry and the
 * kind it defers to both match is read here (the blind sets and hard negatives in test/data, the
 * training corpus, and a witness below for each deferring entry that has none there), and the first
 * entry of the kind to match it must defer the same way (safety 31, H477). The order is kept, not
 * made not to matter: reading any deferring entry of the kind turned a blind-18 suicide disclosure
 * to harm to others (H471).
 */
const kinds: readonly CrisisKind[] = ['medicalEmergency', 'suicide', 'selfHarm', 'harmOthers'];
const root = join(__dirname, '..', '..');

/** Texts for deferring entries no text in test/data or the corpus reads with the kind deferred to. */
const witnesses: readonly string[] = [
  'going to drive into him on the bypass. only joking... actually im not joking',
  "I've been looking up how long it takes to die from insulin, I'm going to kill him",
  "it has to look like an accident on the motorway tomorrow, I'm going to kill him",
  'he stubbed his fag out on my arm',
  'my husband poured boiling water over my arm',
  'he held a lighter to my arm',
];

/**
 * Texts in which an entry that does not defer rightly stands first: a person's own wish to die told
 * outright by the one who writes about them, as H471 kept it.
 */
const outrankedByDesign: readonly string[] = [
  'my son (he has type 1) told me he wants to kill himself and has been looking up how much insulin would do it',
];

function corpusTexts(): string[] {
  const texts: string[] = [];
  for (const name of readdirSync(join(root, 'test/data')).sort())
    if (name.endsWith('.json'))
      for (const item of JSON.parse(readFileSync(join(root, 'test/data', name), 'utf8')) as { text: string }[])
        texts.push(item.text);
  for (const item of loadCorpus(root).items) texts.push(item.text);
  return texts;
}

interface Deferral {
  text: string;
  deferring: string;
  /** The entry of the same kind that stands first and matches, when it does not defer the same way. */
  outrankedBy?: string;
}

/** Every deferring entry that matches a text with the kind it defers to, and what stands first. */
function deferrals(file: CrisisPatterns, texts: readonly string[]): Deferral[] {
  const detector = createCrisisDetector(file);
  const byKind = new Map(
    kinds.map((kind) => {
      const entries = file.patterns[kind];
      return [kind, compile(entries, file.fragments, '').map((p, i) => ({ ...p, deferTo: entries[i].deferTo }))];
    }),
  );
  const found: Deferral[] = [];
  for (const text of texts) {
    const read = detector.asserted(text);
    for (const kind of kinds) {
      const list = byKind.get(kind) ?? [];
      for (const entry of list) {
        if (entry.deferTo === undefined || !entry.regex.test(read)) continue;
        if (!(byKind.get(entry.deferTo) ?? []).some((other) => other.regex.test(read))) continue;
        const first = list.find((p) => p.regex.test(read));
        const outranked = first !== undefined && first.deferTo !== entry.deferTo;
        found.push({ text, deferring: entry.id, ...(outranked ? { outrankedBy: first.id } : {}) });
      }
    }
  }
  return found;
}

describe('the order of deferring crisis patterns (H477, H471)', function () {
  // The screen reads each of some 25,000 texts once.
  this.timeout(180000);
  const texts = [...corpusTexts(), ...witnesses];
  let found: Deferral[] = [];
  before(() => {
    found = deferrals(patterns, texts);
  });

  it('puts every deferring entry before each entry of its kind that reads its texts and does not defer', () => {
    const outranked = found.filter((d) => d.outrankedBy !== undefined && !outrankedByDesign.includes(d.text));
    expect(outranked).to.deep.equal([]);
  });

  it('has a text for every deferring entry, so that none is left unread', () => {
    const deferring = kinds.flatMap((kind) => patterns.patterns[kind].filter((e) => e.deferTo !== undefined));
    const read = new Set(found.map((d) => d.deferring));
    expect(deferring.map((e) => e.id).filter((id) => !read.has(id))).to.deep.equal([]);
  });

  it('still finds each text kept by design outranked, and each witness read by its entry', () => {
    for (const text of outrankedByDesign)
      expect(
        found.some((d) => d.text === text && d.outrankedBy !== undefined),
        text,
      ).to.equal(true);
    for (const text of witnesses)
      expect(
        found.some((d) => d.text === text && d.outrankedBy === undefined),
        text,
      ).to.equal(true);
  });

  it("finds the order broken when blind 29's deferring entries stand at the end of the suicide list, as a merge left them", () => {
    const moved = ['suicide.blind29.carerWithholdsLifeMeds', 'suicide.blind29.childHarmThenCannotGoOn'];
    const suicide = patterns.patterns.suicide;
    const reordered: CrisisPatterns = {
      ...patterns,
      patterns: {
        ...patterns.patterns,
        suicide: [...suicide.filter((e) => !moved.includes(e.id)), ...suicide.filter((e) => moved.includes(e.id))],
      },
    };
    const deferringTexts = found.filter((d) => moved.includes(d.deferring)).map((d) => d.text);
    expect(deferringTexts).to.have.length.greaterThan(0);
    const broken = deferrals(reordered, deferringTexts).filter((d) => d.outrankedBy !== undefined);
    expect(broken.map((d) => d.deferring).sort()).to.deep.equal([...moved].sort());
  });
});
