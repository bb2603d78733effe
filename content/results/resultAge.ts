import { z } from 'zod';
import { loadYaml } from '../catalogue';

/** When a result counts as old (`content/results/age.yaml`). */
export const resultAgeRuleSchema = z.strictObject({ oldAfterMonths: z.number().int().min(1) });
export type ResultAgeRule = z.infer<typeof resultAgeRuleSchema>;

/** How long ago an old result was taken, in whole months and whole years. */
export interface OldAge {
  months: number;
  years: number;
}

/** Loads `content/results/age.yaml`. */
export function loadResultAgeRule(): ResultAgeRule {
  return loadYaml('results/age.yaml', resultAgeRuleSchema);
}

/**
 * How old a result taken at `at` is at `now`, when it is old by `rule`; undefined for one
 * recent enough to tell as now. Counted in calendar months, as people count "over a year".
 */
export function oldAge(at: string, now: Date, rule: ResultAgeRule): OldAge | undefined {
  const taken = new Date(at);
  const months =
    (now.getUTCFullYear() - taken.getUTCFullYear()) * 12 +
    (now.getUTCMonth() - taken.getUTCMonth()) -
    (now.getUTCDate() < taken.getUTCDate() ? 1 : 0);
  return months >= rule.oldAfterMonths ? { months, years: Math.floor(months / 12) } : undefined;
}
