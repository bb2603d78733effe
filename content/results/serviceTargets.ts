import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { AppError } from '../../plan/appError';
import { targetBandSchema } from '../../plan/results/resultSchema';
import type { ServiceTargets } from '../../plan/results/targets';
import type { ResultCatalogue } from './resultCatalogue';

const fileSchema = z.record(z.string(), targetBandSchema.extend({ source: z.string().min(1) }).strict());

/**
 * This service's own targets, in place of the catalogue's usual ones, from the YAML file named by
 * `CAREPREP_RESULT_TARGETS` (`hba1c: { low: 48, high: 58, source: "Local diabetes team, 2025" }`).
 * Each must name a measure of the catalogue, give its source, and stay inside what is possible;
 * anything else stops the service at start-up, naming the variable and the entry.
 */
export function loadServiceTargets(path: string | undefined, catalogue: ResultCatalogue): ServiceTargets {
  if (!path) return {};
  const fail = (why: string): never => {
    throw new AppError('config_invalid', `Invalid configuration: CAREPREP_RESULT_TARGETS: ${why}`);
  };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch {
    return fail(`${path} could not be read as YAML.`);
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail(`${first?.path.join('.') ?? ''}: ${first?.message ?? ''}`);
  }
  for (const [id, band] of Object.entries(parsed.data)) {
    const measure = catalogue.measure(id);
    if (!measure) fail(`${id} is not a measure of the results catalogue.`);
    const { min, max } = measure!.possible;
    const ends = [band.low, band.high].filter((v) => v !== undefined);
    if (ends.length === 0) fail(`${id} needs a low or a high end.`);
    if (ends.some((v) => v < min || v > max)) fail(`${id}: outside what is possible (${min} to ${max}).`);
    if (band.low !== undefined && band.high !== undefined && band.low > band.high) fail(`${id}: low is above high.`);
  }
  return parsed.data;
}
