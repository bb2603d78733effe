import type { ResultTerm } from '../../plan/fhir/types';
import { codeSystems, type MeasureCode } from './measureSchema';
import type { ResultCatalogue } from './resultCatalogue';

const coding = (code: MeasureCode): { system: string; code: string; display: string } => ({
  system: codeSystems[code.system],
  code: code.code,
  display: code.display,
});

/** What the FHIR export needs of a measure, from the catalogue (its first code of each part and value). */
export function resultTerm(catalogue: ResultCatalogue, id: string): ResultTerm | undefined {
  const measure = catalogue.measure(id);
  if (!measure) return undefined;
  return {
    name: measure.name,
    unit: measure.unit,
    unitLabel: measure.unitLabel,
    kind: measure.kind,
    category: measure.category,
    parts: measure.components
      ? { first: coding(measure.components.first[0]), second: coding(measure.components.second[0]) }
      : undefined,
    valueCoding: (valueId) => {
      const code = measure.values?.find((v) => v.id === valueId)?.codes[0];
      return code ? coding(code) : undefined;
    },
  };
}
