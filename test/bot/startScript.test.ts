import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { startFlags } from '../../bench/benchProcesses';
import {
  freePort,
  getStatus,
  realProcessTestTimeoutMs,
  startServerProcess,
  type ServerProcess,
} from '../support/serverProcess';
import { tempDir } from '../support/tempDb';

const root = join(__dirname, '..', '..');
const startScript = (
  JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: { start: string; build: string } }
).scripts;

describe('Starting the service as the README says', function () {
  this.timeout(realProcessTestTimeoutMs);
  const tmp = tempDir('careprep-start-');
  let running: ServerProcess | undefined;

  afterEach(async () => {
    if (running && running.child.exitCode === null) {
      running.child.kill('SIGTERM');
      await running.exited;
    }
    running = undefined;
  });
  after(() => tmp.cleanup());

  it('reads .env from the folder it starts in, an exported variable still wins, and the Node flags npm start uses print no deprecation warning', async () => {
    // One process shows both: a start costs some 3 s of CPU.
    const port = await freePort();
    const exportedDb = tmp.file('exported.sqlite');
    const fileDb = tmp.file('from-env-file.sqlite');
    writeFileSync(join(tmp.dir, '.env'), `PORT=${port}\nCAREPREP_DB=${fileDb}\n`);
    // PORT is left unset, so the service can only be listening on `port` if it read the file.
    running = await startServerProcess({
      dbPath: exportedDb,
      port,
      cwd: tmp.dir,
      env: { PORT: undefined },
      nodeFlags: startFlags(startScript.start),
    });

    expect(await getStatus(`${running.baseUrl}/healthz`)).to.equal(200);
    expect(existsSync(exportedDb), 'the exported CAREPREP_DB is used').to.equal(true);
    expect(existsSync(fileDb), "the file's CAREPREP_DB is not").to.equal(false);
    expect(running.stderr()).to.not.match(/DeprecationWarning/);
  });

  it('builds incrementally, so npm start does not recompile when dist/ is up to date', () => {
    expect(startScript.start).to.match(/^npm run (--silent )?build && node /);
    expect(startScript.build).to.match(/^tsc -b /);
  });
});
