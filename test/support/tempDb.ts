import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Free space /dev/shm must have for test folders to go there. */
const shmRoomBytes = 1024 ** 3;

let base: string | undefined;

/**
 * Where test folders go: memory-backed /dev/shm when the machine has one with room, else the
 * system temp folder. The stores commit with synchronous=FULL, so on a disk every commit waits for
 * an fsync that no test measures (about half the time of the sqlite-heavy suites); in /dev/shm the
 * files are still real files (WAL, locks, another process opening them), without that wait.
 */
function testRoot(): string {
  if (base !== undefined) return base;
  try {
    const shm = statfsSync('/dev/shm');
    base = shm.bavail * shm.bsize >= shmRoomBytes ? '/dev/shm' : tmpdir();
  } catch {
    base = tmpdir();
  }
  return base;
}

/** A fresh folder for one test's sqlite file; `cleanup` removes it. */
export function tempDir(prefix = 'careprep-test-'): {
  dir: string;
  file: (name?: string) => string;
  cleanup: () => void;
} {
  const dir = mkdtempSync(join(testRoot(), prefix));
  return {
    dir,
    file: (name = 'careprep.sqlite') => join(dir, name),
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}
