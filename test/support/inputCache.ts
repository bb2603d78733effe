import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const root = join(__dirname, '..', '..');

/** What a result is computed from: files (their bytes) and values. */
export interface Inputs {
  files: readonly string[];
  values: readonly string[];
}

/** A hash of every input: each file's path and bytes, then each value. */
export function inputsKey(inputs: Inputs): string {
  const hash = createHash('sha256');
  for (const file of [...inputs.files].sort()) {
    hash.update(relative(root, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  for (const value of inputs.values) hash.update(value).update('\0');
  return hash.digest('hex');
}

/**
 * The repository's own source files a loaded module runs: `entry` and everything it requires,
 * transitively, outside node_modules (which package-lock.json stands for). `entry` must already be
 * loaded.
 */
export function moduleFiles(entry: string): string[] {
  const start = require.cache[entry];
  if (!start) throw new Error(`moduleFiles: ${entry} is not loaded`);
  const seen = new Set<string>();
  const walk = (module: NodeModule): void => {
    if (seen.has(module.filename)) return;
    seen.add(module.filename);
    for (const child of module.children) walk(child);
  };
  walk(start);
  return [...seen].filter((file) => !file.split(sep).includes('node_modules')).sort();
}

/**
 * `compute()`, or what it returned before from exactly the same inputs. For the few checks whose
 * work is long and deterministic (rebuilding the crisis model, running every crisis regex over the
 * corpus): the result is kept in `.cache/<name>/` under the repository (git ignores it), keyed by a
 * hash of every input, so any change to a file or value computes again. Under CI=true nothing is
 * read from it: a clean run always computes. The result must survive JSON.
 */
export function cachedByInputs<T>(
  name: string,
  inputs: Inputs,
  compute: () => T,
  options: { dir?: string; ci?: boolean } = {},
): { value: T; cached: boolean } {
  const dir = options.dir ?? join(root, '.cache', name);
  const key = inputsKey(inputs);
  const file = join(dir, `${key}.json`);
  if (!(options.ci ?? process.env.CI === 'true')) {
    try {
      return { value: JSON.parse(readFileSync(file, 'utf8')) as T, cached: true };
    } catch {
      // Not computed from these inputs yet.
    }
  }
  const value = compute();
  mkdirSync(dir, { recursive: true });
  // Only the latest inputs' result is kept; written whole, then moved into place.
  for (const old of readdirSync(dir)) rmSync(join(dir, old), { force: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, JSON.stringify(value));
  renameSync(partial, file);
  return { value, cached: false };
}
