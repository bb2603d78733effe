import type { Measure } from '../content/results/measureSchema';
import { ucum, type IncomingObservation } from './fhirObservationSchema';
import { litreAsL } from './ucumLitre';

/** A FHIR Quantity as an Observation carries it. */
export type Quantity = NonNullable<IncomingObservation['valueQuantity']>;

/** The UCUM code of a quantity, or its display unit when it is one of the measure's own. */
export function unitOf(quantity: Quantity, measure: Measure): string | undefined {
  if (codeIsUcum(quantity)) return litreAsL(quantity.code ?? '');
  if (quantity.unit === undefined) return undefined;
  return ownUnit(quantity.unit, measure) ?? litreAsL(quantity.unit);
}

/**
 * True when a quantity's unit words (`unit`) name another of the measure's units than its UCUM
 * code does, one that converts differently ("%" coded "mmol/mol" for HbA1c): which of the two the
 * value is in cannot be known, so it is explained in neither (H271). Words that are no unit of the
 * measure ("milligrams per gram", "mmol/mol (IFCC)") leave the code to decide.
 */
export function unitWordsDisagree(quantity: Quantity, measure: Measure): boolean {
  if (!codeIsUcum(quantity) || quantity.unit === undefined) return false;
  const coded = measure.units[litreAsL(quantity.code ?? '')];
  const said = ownUnit(quantity.unit, measure);
  const words = said === undefined ? undefined : measure.units[said];
  if (!coded || !words) return false;
  return coded.factor !== words.factor || coded.offset !== words.offset;
}

function codeIsUcum(quantity: Quantity): boolean {
  return quantity.code !== undefined && (quantity.system === undefined || quantity.system === ucum);
}

/** Unit words as one of the measure's own units: its UCUM code, its label, or the code with "l" for the litre. */
function ownUnit(words: string, measure: Measure): string | undefined {
  if (words in measure.units) return words;
  if (words === measure.unitLabel && measure.unitLabel !== '') return measure.unit;
  const asL = litreAsL(words);
  return asL in measure.units ? asL : undefined;
}
