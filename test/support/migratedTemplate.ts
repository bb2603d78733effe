import { copyFileSync, existsSync, rmSync } from 'node:fs';
import type { Config } from '../../bot/config';
import { openStorage } from '../../bot/storageWiring';
import { tempDir } from './tempDb';

/** Files opened once by the real code (migrated, keys checked), by the settings that shape them. */
const templates = new Map<string, Promise<string>>();
let folder: ReturnType<typeof tempDir> | undefined;

/** What decides what `openStorage` writes into a new file: the keys it seals and keys identities with. */
function shapeOf(config: Config): string {
  const b64 = (key: Buffer | null): string => key?.toString('base64') ?? '';
  return [config.encryptionKey, config.previousEncryptionKey, config.identityKey].map(b64).join('|');
}

async function template(config: Config): Promise<string> {
  if (!folder) {
    folder = tempDir('careprep-template-');
    const made = folder;
    process.once('exit', () => made.cleanup());
  }
  const path = folder.file(`template-${templates.size}.sqlite`);
  const { db } = await openStorage({ ...config, dbPath: path });
  await db.close();
  // Closing the last connection checkpoints the write-ahead log into the file and removes it.
  if (existsSync(`${path}-wal`)) throw new Error('migratedTemplate: the template kept a write-ahead log');
  return path;
}

/**
 * Puts at `config.dbPath` a copy of a sqlite file the real storage code has already opened with
 * the same keys (every migration applied, the key checks written), made once per test process:
 * opening a new file runs every migration, about half of starting an app for a test. The app
 * then opens the copy as it would any existing database. Migrations themselves are tested on new
 * and old files in test/storage.
 */
export async function copyMigrated(config: Config): Promise<void> {
  const shape = shapeOf(config);
  let made = templates.get(shape);
  if (!made) {
    made = template(config);
    templates.set(shape, made);
    made.catch(() => templates.delete(shape));
  }
  const path = await made;
  rmSync(config.dbPath, { force: true });
  copyFileSync(path, config.dbPath);
}
