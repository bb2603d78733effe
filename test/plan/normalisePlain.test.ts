/**
 * `normalise` and `bare` give a text already in normal form (lower-case ASCII words, one space
 * between) back as it is, without normalising it again: the recognisers ask about such runs of
 * words about 60 times a turn. Proved against the full normalisation, which a space at the end
 * sends each text through, on every run of words of every text the tests and the benchmark hold.
 */
import { expect } from 'chai';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bare, normalise } from '../../plan/normalise';
import { carerPersona, personPersona } from '../support/personas';

const dataDir = join(__dirname, '..', 'data');
const texts: string[] = readdirSync(dataDir)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => (JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as { text: string }[]).map((i) => i.text));
for (const persona of [personPersona, carerPersona])
  for (const said of Object.values(persona.answers)) texts.push(...(typeof said === 'string' ? [said] : said));

/** Every run of up to three words of `text`, as the recognisers join them. */
function runsOf(text: string): string[] {
  const words = bare(text).split(' ');
  return words.flatMap((_, start) => [1, 2, 3].map((n) => words.slice(start, start + n).join(' ')));
}

describe('Normalising a text already in normal form', () => {
  it(`gives every run of words of ${texts.length} texts back as the full normalisation does`, () => {
    const runs = new Set(texts.flatMap(runsOf).filter((run) => /^[a-z0-9]+(?: [a-z0-9]+)*$/.test(run)));
    const differ = [...runs].filter(
      (run) => normalise(`${run} `) !== run || bare(`${run} `) !== run || normalise(run) !== run || bare(run) !== run,
    );
    expect(differ).to.deep.equal([]);
    expect(runs.size).to.be.above(10_000);
  });

  for (const text of [
    'Hello World',
    'hello  world',
    ' hello',
    'hello ',
    "don't",
    'café',
    'a-b',
    'x\ny',
    'ｈｅｌｌｏ',
    '٧ days',
  ]) {
    it(`reads ${JSON.stringify(text)} as the full normalisation does`, () => {
      expect(normalise(text)).to.equal(normalise(`${text} `));
      expect(bare(text)).to.equal(bare(`${text} `));
    });
  }
});
