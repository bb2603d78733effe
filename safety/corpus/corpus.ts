/**
 * The crisis corpus the learned layer is trained on: parts written from their own briefs
 * (`safety/corpus/parts/*.json`) and the earlier evaluation sets named in
 * `safety/corpus/sources.json`, each with where it came from. Read only by training, its test and
 * the reports, never by the running service.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { crisisKindSchema } from '../kinds';
import { modelLabelSchema, type ModelLabel } from '../model/linearModel';

/** A part written for the corpus from its own brief. */
export const corpusPartSchema = z.object({
  part: z.string().min(1),
  brief: z.string().min(1),
  /** Everyday replies rather than hard cases: trained on, but left out when cut-offs are chosen. */
  routine: z.boolean().optional(),
  items: z.array(z.object({ text: z.string().min(1), label: modelLabelSchema })).min(1),
});

/** An earlier set: disclosures carry their kind, hard negatives only their text. */
const earlierSetSchema = z.array(z.object({ text: z.string().min(1), kind: crisisKindSchema.optional() }));

const sourcesSchema = z.object({
  description: z.string(),
  sets: z.array(z.object({ file: z.string().min(1), origin: z.string().min(1) })),
});

/** One labelled text and where it came from. */
export interface CorpusItem {
  text: string;
  label: ModelLabel;
  source: string;
  routine: boolean;
}

/** The corpus, and a hash of every byte it was read from (in a fixed order). */
export interface Corpus {
  items: CorpusItem[];
  hash: string;
  sources: { source: string; origin: string; count: number }[];
}

/** Reads and checks the whole corpus below the repository root `root`. Throws on a bad file. */
export function loadCorpus(root: string): Corpus {
  const hash = createHash('sha256');
  const items: CorpusItem[] = [];
  const sources: Corpus['sources'] = [];
  const read = (file: string): string => {
    const raw = readFileSync(join(root, file), 'utf8');
    hash.update(file).update('\0').update(raw).update('\0');
    return raw;
  };

  const partsDir = 'safety/corpus/parts';
  const partFiles = readdirSync(join(root, partsDir))
    .filter((name) => name.endsWith('.json'))
    .sort();
  for (const name of partFiles) {
    const file = `${partsDir}/${name}`;
    const part = corpusPartSchema.parse(JSON.parse(read(file)));
    const routine = part.routine ?? false;
    for (const item of part.items) items.push({ text: item.text, label: item.label, source: file, routine });
    sources.push({ source: file, origin: part.brief, count: part.items.length });
  }

  const listed = sourcesSchema.parse(JSON.parse(read('safety/corpus/sources.json')));
  for (const { file, origin } of listed.sets) {
    const set = earlierSetSchema.parse(JSON.parse(read(file)));
    for (const item of set) items.push({ text: item.text, label: item.kind ?? 'none', source: file, routine: false });
    sources.push({ source: file, origin, count: set.length });
  }
  return { items, hash: hash.digest('hex'), sources };
}
