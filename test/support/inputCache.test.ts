import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect } from 'chai';
import '../../safety/model/build';
import { cachedByInputs, moduleFiles } from './inputCache';
import { tempDir } from './tempDb';

const root = join(__dirname, '..', '..');

describe('Results kept for the same inputs (test/support/inputCache.ts)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let input: string;
  let computed: number;
  const compute = (): { n: number } => ({ n: ++computed });
  const cached = (values: string[] = ['v1'], ci = false) =>
    cachedByInputs('answer', { files: [input], values }, compute, { dir: join(tmp.dir, 'cache'), ci });

  beforeEach(() => {
    tmp = tempDir('careprep-cache-');
    input = join(tmp.dir, 'input.txt');
    writeFileSync(input, 'first');
    computed = 0;
  });
  afterEach(() => tmp.cleanup());

  it('computes once, then gives the kept result while the inputs are the same', () => {
    expect(cached()).to.deep.equal({ value: { n: 1 }, cached: false });
    expect(cached()).to.deep.equal({ value: { n: 1 }, cached: true });
    expect(computed).to.equal(1);
  });

  it("computes again when a file's bytes or a value change, and keeps only the latest", () => {
    cached();
    writeFileSync(input, 'second');
    expect(cached()).to.deep.equal({ value: { n: 2 }, cached: false });
    expect(cached(['v2'])).to.deep.equal({ value: { n: 3 }, cached: false });
    expect(readdirSync(join(tmp.dir, 'cache'))).to.have.length(1);
    writeFileSync(input, 'first');
    expect(cached(), 'an earlier result is not kept').to.deep.equal({ value: { n: 4 }, cached: false });
  });

  it('reads nothing kept under CI, so a clean run always computes', () => {
    cached();
    expect(cached(['v1'], true)).to.deep.equal({ value: { n: 2 }, cached: false });
  });

  it("lists the repository files a module runs, transitively, and none of node_modules'", () => {
    const files = moduleFiles(require.resolve('../../safety/model/build')).map((file) => relative(root, file));
    expect(files).to.include.members([
      'safety/model/build.ts',
      'safety/model/training.ts',
      'safety/corpus/corpus.ts',
      'safety/patterns/patternDetector.ts',
      'safety/data/crisis-patterns.json',
    ]);
    expect(files.filter((file) => file.includes('node_modules'))).to.deep.equal([]);
    expect(files).to.not.include('test/support/inputCache.test.ts');
  });
});
