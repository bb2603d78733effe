import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFlags } from '../../bench/benchProcesses';

describe('Benchmark processes', () => {
  it('runs the app with the Node flags that npm start gives it', () => {
    expect(
      startFlags('npm run build && node --max-semi-space-size=64 --trace-warnings dist/bot/index.js'),
    ).to.deep.equal(['--max-semi-space-size=64', '--trace-warnings']);
    expect(startFlags('npm run build && node dist/bot/index.js')).to.deep.equal([]);
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as {
      scripts: { start: string };
    };
    expect(startFlags(manifest.scripts.start)).to.include.members([
      '--max-semi-space-size=4',
      '--heap-growing-percent=20',
    ]);
  });
});
