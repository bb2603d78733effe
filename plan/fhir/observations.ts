import type { Answer, PreparationRecord } from '../record';
import { resultThoughtsKey, type StoredResult, type TargetBand } from '../results/resultSchema';
import type { People } from './people';
import type { BundleOptions, Coding, FhirResource, ResultTerm } from './types';

const ucum = 'http://unitsofmeasure.org';
const categorySystem = 'http://terminology.hl7.org/CodeSystem/observation-category';
const treatment = {
  coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'treatment' }],
};

/**
 * The results as R4 Observations, each coded as it arrived (LOINC or SNOMED CT), about the
 * Patient, with the value in the measure's UCUM unit. The person's question about a result is
 * its note, written by whoever asked it (the Patient, or the carer as RelatedPerson), so the
 * question travels with the result it is about (a question about an earlier result, kept when a
 * newer one was gone through, too): the one it was asked about, and none when that
 * one was corrected away (the question is still in the QuestionnaireResponse, and the Composition
 * says what value it was about). A target the care team set is its reference
 * range of type treatment. Results the catalogue does not know are left out.
 */
export function observationsOf(record: PreparationRecord, people: People, options: BundleOptions): FhirResource[] {
  const terms = options.resultTerm;
  if (!terms) return [];
  const out: FhirResource[] = [];
  for (const result of record.results.items) {
    const term = terms(result.measure);
    if (!term) continue;
    const question = record.answers[resultThoughtsKey(result.measure)];
    const latest = record.results.items.filter((r) => r.measure === result.measure).at(-1) === result;
    const about = record.results.askedAbout?.[result.measure];
    const askedOfThis = about ? about.resultId === result.id : latest;
    const notes = [
      ...(record.results.earlierQuestions ?? [])
        .filter((earlier) => earlier.measure === result.measure && earlier.about.resultId === result.id)
        .map((earlier) => ({ authorReference: people.who(earlier.by), time: earlier.at, text: earlier.question })),
      ...(askedOfThis && asked(question)
        ? [{ authorReference: people.who(question.by), time: question.at, text: question.value }]
        : []),
    ];
    out.push({
      resourceType: 'Observation',
      id: options.newId(),
      status: result.status,
      category: [{ coding: [{ system: categorySystem, code: term.category }] }],
      code: { coding: [{ system: result.coding.system, code: result.coding.code }], text: term.name },
      subject: people.patientRef,
      effectiveDateTime: result.at,
      ...valueOf(result, term, latest ? record.results.targets[result.measure] : undefined),
      ...(notes.length > 0 ? { note: notes } : {}),
    });
  }
  return out;
}

function asked(answer: Answer | undefined): answer is Answer & { value: string } {
  return answer?.status === 'answered' && typeof answer.value === 'string' && answer.value.trim() !== '';
}

function valueOf(result: StoredResult, term: ResultTerm, target: TargetBand | undefined): Record<string, unknown> {
  const quantity = (value: number, comparator?: string): Record<string, unknown> => ({
    value,
    ...(comparator ? { comparator } : {}),
    unit: term.unitLabel || term.unit,
    system: ucum,
    code: term.unit,
  });
  const range = (low?: number, high?: number): Record<string, unknown>[] =>
    low === undefined && high === undefined
      ? []
      : [
          {
            ...(low !== undefined ? { low: quantity(low) } : {}),
            ...(high !== undefined ? { high: quantity(high) } : {}),
            type: treatment,
          },
        ];
  const v = result.value;
  if (v.kind === 'coded') {
    const coding = term.valueCoding?.(v.code);
    return coding ? { valueCodeableConcept: { coding: [coding] } } : { valueString: v.code };
  }
  if (v.kind === 'pair' && term.parts) {
    const part = (coding: Coding, value: number, low?: number, high?: number): Record<string, unknown> => {
      const ranges = range(low, high);
      return {
        code: { coding: [coding] },
        valueQuantity: quantity(value),
        ...(ranges.length > 0 ? { referenceRange: ranges } : {}),
      };
    };
    return {
      component: [
        part(term.parts.first, v.first, target?.low, target?.high),
        part(term.parts.second, v.second, target?.lowSecond, target?.highSecond),
      ],
    };
  }
  if (v.kind !== 'number') return {};
  const ranges = range(target?.low, target?.high);
  const value =
    term.kind === 'score' && !v.comparator
      ? { valueInteger: v.value }
      : { valueQuantity: quantity(v.value, v.comparator) };
  return { ...value, ...(ranges.length > 0 ? { referenceRange: ranges } : {}) };
}
