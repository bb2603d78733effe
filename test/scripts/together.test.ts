import { join } from 'node:path';
import { expect } from 'chai';
import { npmScript, report, runTogether, type Task } from '../../scripts/together';
import { tempDir } from '../support/tempDb';

/** A Node one-liner as a task. */
const node = (name: string, source: string): Task => ({ name, command: process.execPath, args: ['-e', source] });

describe('Running the checks side by side (scripts/together.ts)', () => {
  it('runs the tasks at the same time, and prints each one whole', async () => {
    const tmp = tempDir('careprep-together-');
    const marker = JSON.stringify(join(tmp.dir, 'written'));
    try {
      const blocks: string[] = [];
      // The waiter ends only once the writer has run: one after the other, it would give up.
      const results = await runTogether(
        [
          node(
            'waiter',
            `console.log('waiting'); const fs = require('fs'); const gaveUp = setTimeout(() => process.exit(3), 20000);` +
              `const poll = setInterval(() => { if (fs.existsSync(${marker})) { console.log('saw it'); clearInterval(poll); clearTimeout(gaveUp); } }, 20);`,
          ),
          node(
            'writer',
            `console.log('writing'); require('fs').writeFileSync(${marker}, ''); console.error('written');`,
          ),
        ],
        (block) => blocks.push(block),
      );
      expect(results.map((result) => [result.name, result.code])).to.deep.equal([
        ['waiter', 0],
        ['writer', 0],
      ]);
      expect(blocks).to.have.length(2);
      expect(blocks.find((block) => block.startsWith('── waiter'))).to.match(
        /^── waiter: ok, \d+\.\d s\nwaiting\nsaw it\n$/,
      );
      expect(blocks.find((block) => block.startsWith('── writer'))).to.match(
        /^── writer: ok, \d+\.\d s\nwriting\nwritten\n$/,
      );
    } finally {
      tmp.cleanup();
    }
  });

  it('says which failed, with its exit code, and still waits for the others', async () => {
    const results = await runTogether(
      [node('broken', "console.error('type error'); process.exit(2)"), node('fine', 'setTimeout(() => {}, 300)')],
      () => undefined,
    );
    expect(results.map((result) => result.code)).to.deep.equal([2, 0]);
    expect(report(results[0])).to.equal(
      '── broken: FAILED (exit 2), ' + results[0].seconds.toFixed(1) + ' s\ntype error\n',
    );
  });

  it('counts a command that cannot start as failed', async () => {
    const [result] = await runTogether([{ name: 'missing', command: '/no/such/command', args: [] }], () => undefined);
    expect(result.code).to.equal(null);
    expect(report(result)).to.match(
      /^── missing: FAILED \(could not start\), \d+\.\d s\nspawn \/no\/such\/command ENOENT\n$/,
    );
  });

  it('runs package.json scripts through npm, quietly', () => {
    expect(npmScript('typecheck').args).to.deep.equal(['run', '--silent', 'typecheck']);
  });
});
