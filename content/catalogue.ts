import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../plan/appError';

/** One message: the words for chat, with optional shorter SMS and Teams forms. */
export const messageSchema = z.strictObject({
  text: z.string().min(1),
  sms: z.string().min(1).optional(),
  teams: z.string().min(1).optional(),
});
export type Message = z.infer<typeof messageSchema>;

export const catalogueSchema = z.record(z.string().regex(/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/), messageSchema);
export type Catalogue = z.infer<typeof catalogueSchema>;

let foundContentDir: string | undefined;

/**
 * The folder holding content data files: the nearest `content/` with its messages, looking up
 * from this module, so it is found from the source, from dist/ (compiled code only) and from a
 * bundle alike.
 */
export function contentDir(): string {
  if (foundContentDir) return foundContentDir;
  for (let dir = __dirname; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'content', 'messages'))) return (foundContentDir = join(dir, 'content'));
    if (dirname(dir) === dir) throw new Error(`No content/messages folder above ${__dirname}`);
  }
}

/** Reads and validates a YAML data file from content/, naming the file and the bad entry on failure. */
export function loadYaml<T>(relativePath: string, schema: z.ZodType<T>): T {
  const path = join(contentDir(), relativePath);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new AppError('content_invalid', `Content file ${relativePath} could not be read.`, { cause });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new AppError(
      'content_invalid',
      `Content file ${relativePath}: ${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`,
    );
  }
  return parsed.data;
}

/**
 * The message catalogue for a locale: `messages/<locale>.yaml` and any `messages/<locale>.<part>.yaml`
 * (one file per area, such as `en-GB.results.yaml`), merged; a key in two files is refused.
 */
export function loadCatalogue(locale = 'en-GB'): Catalogue {
  const parts = readdirSync(join(contentDir(), 'messages'))
    .filter((name) => name.startsWith(`${locale}.`) && name.endsWith('.yaml') && name !== `${locale}.yaml`)
    .sort();
  const merged: Catalogue = loadYaml(`messages/${locale}.yaml`, catalogueSchema);
  for (const name of parts) {
    for (const [key, message] of Object.entries(loadYaml(`messages/${name}`, catalogueSchema))) {
      if (key in merged)
        throw new AppError('content_invalid', `Content key ${key} is in messages/${name} and another file.`);
      merged[key] = message;
    }
  }
  return merged;
}
