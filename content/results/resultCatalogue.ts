import { AppError } from '../../plan/appError';
import { loadYaml } from '../catalogue';
import { codeSystems, measuresFileSchema, type Measure, type MeasureCode } from './measureSchema';

/** What a coding names: a measure, and, for a component or a finding, which part or value. */
export interface CodeMatch {
  measure: Measure;
  code: MeasureCode;
  /** `first`/`second` for a blood pressure component. */
  part?: 'first' | 'second';
  /** The coded value a finding code stands for (smoking: `exSmoker`). */
  valueId?: string;
}

/** The measures, in the order they are gone through with the person. */
export interface ResultCatalogue {
  readonly measures: readonly Measure[];
  measure(id: string): Measure | undefined;
  /** The measure a coding (`http://loinc.org`, `4548-4`) names, if any. */
  byCoding(system: string | undefined, code: string | undefined): CodeMatch | undefined;
  /** A value in `unit` converted to the measure's own unit, or undefined when the unit does not fit. */
  convert(measure: Measure, value: number, unit: string): number | undefined;
}

/** Builds the catalogue, refusing a code that names two measures and a unit that cannot convert. */
export function createResultCatalogue(file: Record<string, Omit<Measure, 'id'>>): ResultCatalogue {
  const measures: Measure[] = Object.entries(file).map(([id, measure]) => ({ ...measure, id }));
  const codes = new Map<string, CodeMatch>();
  const add = (system: string, match: CodeMatch): void => {
    const key = `${system}|${match.code.code}`;
    if (codes.has(key)) throw new AppError('content_invalid', `Result code ${key} names two measures.`);
    codes.set(key, match);
  };
  for (const measure of measures) {
    if (measure.kind !== 'coded' && !(measure.unit in measure.units))
      throw new AppError('content_invalid', `Measure ${measure.id}: its own unit ${measure.unit} is not in units.`);
    for (const code of measure.codes) {
      if (code.unit !== undefined && !(code.unit in measure.units))
        throw new AppError(
          'content_invalid',
          `Measure ${measure.id}: code ${code.code} has unknown unit ${code.unit}.`,
        );
      add(codeSystems[code.system], { measure, code });
    }
    for (const part of ['first', 'second'] as const)
      for (const code of measure.components?.[part] ?? []) add(codeSystems[code.system], { measure, code, part });
    for (const value of measure.values ?? [])
      for (const code of value.codes) add(codeSystems[code.system], { measure, code, valueId: value.id });
  }
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  return {
    measures,
    measure: (id) => byId.get(id),
    byCoding: (system, code) => (system && code ? codes.get(`${system}|${code}`) : undefined),
    convert(measure, value, unit) {
      const rule = measure.units[unit];
      return rule ? value * rule.factor + rule.offset : undefined;
    },
  };
}

/** Loads `content/results/measures.yaml`. */
export function loadResultCatalogue(): ResultCatalogue {
  return createResultCatalogue(loadYaml('results/measures.yaml', measuresFileSchema));
}
