import { buildSync } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

let built: string | undefined;

/**
 * The service (`bot/index.ts`) bundled into one plain JavaScript file, as the service processes
 * the tests start run it: built from the source as it is now, once per test process, into a
 * folder of that process's own (removed when it exits). Packages stay outside the bundle and load
 * from node_modules as they do for `npm start`. A start then reads one file with no TypeScript
 * loader and no source maps: about 3.1 s of CPU to a ready `/healthz` here instead of 4.4 s.
 */
export function serviceBundle(): string {
  if (built) return built;
  const dir = join(root, '.cache', 'service-bundle', String(process.pid));
  const outfile = join(dir, 'index.js');
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
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  built = outfile;
  return outfile;
}
