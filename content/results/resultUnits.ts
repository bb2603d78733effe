import { z } from 'zod';
import { loadYaml } from '../catalogue';

const unitSchema = z.strictObject({
  /** Ways a person may type the unit beside its label ("millimoles per mole"). */
  askedAs: z.array(z.string().min(1)).default([]),
  /** What the unit means, in plain words: it describes the unit, never a value. */
  meaning: z.string().min(1),
});

/** The units file (`content/results/units.yaml`), keyed by a measure's `unitLabel`. */
export const unitsFileSchema = z.record(z.string().min(1), unitSchema);

/** A unit results are given in, by the label shown beside a value ("mmol/mol"). */
export type ResultUnit = z.infer<typeof unitSchema> & { label: string };

/** Loads `content/results/units.yaml`. */
export function loadResultUnits(): readonly ResultUnit[] {
  return Object.entries(loadYaml('results/units.yaml', unitsFileSchema)).map(([label, unit]) => ({ ...unit, label }));
}
