/**
 * A broken content file stops the service at start-up, never a person's turn later: the carer's
 * strain words (`content/carerStrain.yaml`, H346) were loaded on the first carer answer that
 * needed them, so a broken file started cleanly and then failed a carer's turn. The real service,
 * bundled beside a copy of content/ with the file broken, must refuse to start and name the file.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { freePort, realProcessTestTimeoutMs } from '../support/serverProcess';
import { tempDir } from '../support/tempDb';

const root = join(__dirname, '..', '..');

/** The service bundled into `<dir>/dist`, beside a copy of content/ in `<dir>/content` (inside the repo, for node_modules). */
function bundleBeside(dir: string): string {
  cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
  const outfile = join(dir, 'dist', 'index.js');
  buildSync({
    entryPoints: [join(root, 'bot', 'index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/** Starts the bundle and resolves how it ended: listening (then stopped), or its exit code and what it wrote. */
async function start(entry: string, dbPath: string): Promise<{ listened: boolean; code: number | null; said: string }> {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NODE_ENV: 'test',
    PORT: String(port),
    CAREPREP_DB: dbPath,
  };
  const child = spawn(process.execPath, [entry], { cwd: root, env });
  let said = '';
  return new Promise((resolve) => {
    let listened = false;
    const heard = (chunk: Buffer): void => {
      said += chunk.toString();
      if (!listened && said.includes('"event":"listening"')) {
        listened = true;
        child.kill('SIGKILL');
      }
    };
    child.stdout.on('data', heard);
    child.stderr.on('data', heard);
    child.once('exit', (code) => resolve({ listened, code, said }));
  });
}

describe('Content is loaded and checked at start-up (carer strain words, H346)', function () {
  this.timeout(realProcessTestTimeoutMs);
  const dir = join(root, '.cache', 'content-at-start', String(process.pid));
  const tmp = tempDir();
  let entry: string;

  before(() => {
    mkdirSync(dir, { recursive: true });
    entry = bundleBeside(dir);
  });
  after(() => {
    rmSync(dir, { recursive: true, force: true });
    tmp.cleanup();
  });

  it('starts with the content as it is (the copy beside the bundle is read)', async () => {
    cpSync(join(root, 'content', 'carerStrain.yaml'), join(dir, 'content', 'carerStrain.yaml'));
    const ended = await start(entry, tmp.file());
    expect(ended.listened, ended.said).to.equal(true);
  });

  it('refuses to start, naming the file, when carerStrain.yaml does not fit its schema', async () => {
    writeFileSync(join(dir, 'content', 'carerStrain.yaml'), 'strain: [burnt out]\nnegation: not\n');
    const ended = await start(entry, tmp.file());
    expect(ended.listened, ended.said).to.equal(false);
    expect(ended.code).to.equal(1);
    expect(ended.said).to.include('carerStrain.yaml');
  });

  it('refuses to start when carerStrain.yaml is not YAML', async () => {
    writeFileSync(join(dir, 'content', 'carerStrain.yaml'), 'strain: [burnt out\n  negation: : :\n');
    const ended = await start(entry, tmp.file());
    expect(ended.listened, ended.said).to.equal(false);
    expect(ended.said).to.include('carerStrain.yaml');
  });
});
