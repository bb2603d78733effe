import { createHash } from 'node:crypto';
import type { Measure } from '../content/results/measureSchema';
import type { ResultCatalogue } from '../content/results/resultCatalogue';
import type { ResultValue, StoredResult, TargetBand } from '../plan/results/resultSchema';
import {
  discussInPersonExtension,
  treatmentRange,
  type IncomingObservation,
  type observationComponentSchema,
} from './fhirObservationSchema';
import type { z } from 'zod';
import { unitOf, unitWordsDisagree, type Quantity } from './quantityUnit';

/** A result read from an Observation, before it is stored. */
export interface ReadResult {
  result: Omit<StoredResult, 'receivedAt' | 'from'>;
  /** The person's own target, from a reference range of type `treatment`. */
  target?: TargetBand;
  /** Marked to be talked through in person. */
  inPerson: boolean;
}

/** Why an Observation was refused: the element (a FHIR path) and what is wrong with it. */
export interface Refusal {
  field: string;
  message: string;
}

export type Reading = { ok: true; value: ReadResult } | { ok: false; refusal: Refusal };

type Component = z.infer<typeof observationComponentSchema>;

/** How far ahead of our clock a measurement time may be (clocks drift; a result is never from the future). */
const clockSkewMs = 5 * 60_000;
const earliest = Date.parse('1900-01-01T00:00:00Z');

const refuse = (field: string, message: string): Reading => ({ ok: false, refusal: { field, message } });

/**
 * Reads one Observation against the results catalogue: a known LOINC or SNOMED CT code, a final
 * (or amended, corrected) status, a full date that is not in the future, and a value of the
 * measure's kind, in a unit that fits its code, converted to the measure's unit and inside what
 * is possible. Anything else is refused with the element that is wrong; nothing is guessed.
 */
export function readObservation(obs: IncomingObservation, catalogue: ResultCatalogue, now: Date): Reading {
  if (obs.status !== 'final' && obs.status !== 'amended' && obs.status !== 'corrected')
    return refuse('status', `must be final, amended or corrected; a ${obs.status} result is not shown to anyone.`);
  const codings = obs.code.coding ?? [];
  const match = codings.map((c) => catalogue.byCoding(c.system, c.code)).find((m) => m !== undefined);
  if (!match)
    return refuse('code.coding', 'has no LOINC or SNOMED CT code Careprep knows (content/results/measures.yaml).');
  if (match.part)
    return refuse('code.coding', 'is one part of blood pressure: send one Observation with both parts as components.');
  const measure = match.measure;

  const at = effectiveTime(obs);
  if (!at.ok) return at.reading;
  if (at.time > now.getTime() + clockSkewMs) return refuse(at.field, 'is in the future.');
  if (at.time < earliest) return refuse(at.field, 'is before 1900.');
  if (obs.dataAbsentReason) return refuse('dataAbsentReason', 'a result with no value is not shown.');

  const value = readValue(obs, measure, match.code.unit, match.code.grade, match.valueId, catalogue);
  if ('refusal' in value) return { ok: false, refusal: value.refusal };
  const target = personalTarget(obs, measure, match.code.unit, catalogue);
  if (target && 'refusal' in target) return { ok: false, refusal: target.refusal };

  const coding = codings.find((c) => catalogue.byCoding(c.system, c.code) === match);
  const result = {
    id: resultId(measure.id, new Date(at.time).toISOString(), value.value),
    measure: measure.id,
    at: new Date(at.time).toISOString(),
    value: value.value,
    coding: { system: coding?.system ?? '', code: coding?.code ?? '' },
    status: obs.status,
  };
  const inPerson = (obs.extension ?? []).some((e) => e.url === discussInPersonExtension && e.valueBoolean === true);
  return { ok: true, value: { result, target: target?.band, inPerson } };
}

/** Stable for the same measure, time and value: a result sent twice is the same result. */
export function resultId(measure: string, at: string, value: ResultValue): string {
  return createHash('sha256')
    .update(JSON.stringify([measure, at, value]))
    .digest('hex')
    .slice(0, 24);
}

type Timed = { ok: true; time: number; field: string } | { ok: false; reading: Reading };

function effectiveTime(obs: IncomingObservation): Timed {
  const [field, raw] =
    obs.effectiveDateTime !== undefined
      ? ['effectiveDateTime', obs.effectiveDateTime]
      : obs.effectiveInstant !== undefined
        ? ['effectiveInstant', obs.effectiveInstant]
        : ['effectivePeriod.start', obs.effectivePeriod?.start];
  if (raw === undefined)
    return { ok: false, reading: refuse('effectiveDateTime', 'is required: when was it measured?') };
  // A full date at least (a year or a month alone cannot be placed beside last time's), with a zone when a time is given.
  const full = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.exec(raw);
  const time = full ? Date.parse(raw.length === 10 ? `${raw}T00:00:00Z` : raw) : NaN;
  if (Number.isNaN(time))
    return { ok: false, reading: refuse(field, 'must be a full date, or a date and time with a zone.') };
  return { ok: true, time, field };
}

type Valued = { value: ResultValue } | { refusal: Refusal };

function readValue(
  obs: IncomingObservation,
  measure: Measure,
  impliedUnit: string | undefined,
  grade: number | undefined,
  valueId: string | undefined,
  catalogue: ResultCatalogue,
): Valued {
  switch (measure.kind) {
    case 'quantity': {
      const read = quantityIn(obs.valueQuantity, 'valueQuantity', measure, impliedUnit, catalogue, measure.possible);
      if ('refusal' in read) return read;
      const comparator = obs.valueQuantity?.comparator;
      return { value: { kind: 'number', value: read.value, ...(comparator ? { comparator } : {}) } };
    }
    case 'pair':
      return pairIn(obs.component ?? [], measure, catalogue);
    case 'coded': {
      const coded = (obs.valueCodeableConcept?.coding ?? [])
        .map((c) => catalogue.byCoding(c.system, c.code))
        .find((m) => m?.measure === measure && m.valueId !== undefined);
      const id = coded?.valueId ?? valueId;
      if (!id)
        return {
          refusal: { field: 'valueCodeableConcept', message: `has no code Careprep knows for ${measure.name}.` },
        };
      return { value: { kind: 'coded', code: id } };
    }
    case 'score': {
      const sent =
        obs.valueInteger ??
        (obs.valueQuantity
          ? quantityIn(obs.valueQuantity, 'valueQuantity', measure, impliedUnit, catalogue, measure.possible)
          : undefined);
      if (sent !== undefined && typeof sent === 'object' && 'refusal' in sent) return sent;
      const score = typeof sent === 'object' ? sent.value : sent;
      if (grade !== undefined && score !== undefined && score !== grade)
        return { refusal: { field: 'valueInteger', message: `is ${score}, but the code says grade ${grade}.` } };
      const value = grade ?? score;
      if (value === undefined) return { refusal: { field: 'valueInteger', message: 'is required.' } };
      const field = obs.valueInteger !== undefined ? 'valueInteger' : 'valueQuantity.value';
      if (!Number.isInteger(value)) return { refusal: { field, message: 'must be a whole number.' } };
      if (value < measure.possible.min || value > measure.possible.max)
        return {
          refusal: {
            field,
            message: `${value} is not possible for ${measure.name} (${measure.possible.min} to ${measure.possible.max}).`,
          },
        };
      return { value: { kind: 'number', value } };
    }
  }
}

function pairIn(components: readonly Component[], measure: Measure, catalogue: ResultCatalogue): Valued {
  const part = (which: 'first' | 'second'): { component: Component; index: number } | undefined => {
    const index = components.findIndex((c) =>
      (c.code.coding ?? []).some((k) => catalogue.byCoding(k.system, k.code)?.part === which),
    );
    return index >= 0 ? { component: components[index], index } : undefined;
  };
  const first = part('first');
  const second = part('second');
  if (!first || !second)
    return {
      refusal: {
        field: 'component',
        message: 'needs a systolic and a diastolic component, each with a LOINC or SNOMED CT code.',
      },
    };
  const read = (p: { component: Component; index: number }, range: Measure['possible']) =>
    quantityIn(p.component.valueQuantity, `component[${p.index}].valueQuantity`, measure, undefined, catalogue, range);
  const top = read(first, measure.possible);
  if ('refusal' in top) return top;
  const bottom = read(second, measure.possibleSecond ?? measure.possible);
  if ('refusal' in bottom) return bottom;
  if (top.value <= bottom.value)
    return {
      refusal: { field: 'component', message: `${top.value}/${bottom.value}: systolic must be higher than diastolic.` },
    };
  return { value: { kind: 'pair', first: top.value, second: bottom.value } };
}

/** A quantity's value in the measure's own unit, rounded as it is shown, and inside `range`. */
function quantityIn(
  quantity: Quantity | undefined,
  field: string,
  measure: Measure,
  impliedUnit: string | undefined,
  catalogue: ResultCatalogue,
  range: Measure['possible'],
): { value: number } | { refusal: Refusal } {
  if (quantity?.value === undefined) return { refusal: { field: `${field}.value`, message: 'is required.' } };
  // A score has no real unit: a bare number is taken as the score itself.
  const unit = unitOf(quantity, measure) ?? impliedUnit ?? (measure.kind === 'score' ? measure.unit : undefined);
  if (unit === undefined)
    return {
      refusal: {
        field: `${field}.code`,
        message: `is required: ${measure.name} is sent in ${Object.keys(measure.units).join(' or ')}.`,
      },
    };
  if (unitWordsDisagree(quantity, measure))
    return { refusal: { field: `${field}.unit`, message: `${quantity.unit} does not match its code, ${unit}.` } };
  if (impliedUnit !== undefined && unit !== impliedUnit)
    return {
      refusal: { field: `${field}.code`, message: `${unit} does not match the code, which is in ${impliedUnit}.` },
    };
  const converted = catalogue.convert(measure, quantity.value, unit);
  if (converted === undefined)
    return {
      refusal: {
        field: `${field}.code`,
        message: `${unit} is not a unit for ${measure.name} (${Object.keys(measure.units).join(', ')}).`,
      },
    };
  const value = round(converted, measure.decimals);
  if (value < range.min || value > range.max)
    return {
      refusal: {
        field: `${field}.value`,
        message:
          `${quantity.value} ${unit} is not possible for ${measure.name} (${range.min} to ${range.max} ${measure.unitLabel}).`.replace(
            / +\)/,
            ')',
          ),
      },
    };
  return { value };
}

function personalTarget(
  obs: IncomingObservation,
  measure: Measure,
  impliedUnit: string | undefined,
  catalogue: ResultCatalogue,
): { band: TargetBand } | { refusal: Refusal } | undefined {
  const treatment = (ranges: Component['referenceRange']): number =>
    (ranges ?? []).findIndex((r) =>
      (r.type?.coding ?? []).some((c) => c.system === treatmentRange.system && c.code === treatmentRange.code),
    );
  const ends = (
    ranges: NonNullable<Component['referenceRange']>,
    index: number,
    field: string,
    range: Measure['possible'],
  ): { low?: number; high?: number } | { refusal: Refusal } => {
    const out: { low?: number; high?: number } = {};
    for (const end of ['low', 'high'] as const) {
      const quantity = ranges[index][end];
      if (!quantity) continue;
      const read = quantityIn(quantity, `${field}[${index}].${end}`, measure, impliedUnit, catalogue, range);
      if ('refusal' in read) return read;
      out[end] = read.value;
    }
    if (out.low !== undefined && out.high !== undefined && out.low > out.high)
      return { refusal: { field: `${field}[${index}]`, message: 'low is above high.' } };
    return out;
  };
  if (measure.kind === 'pair') {
    let band: TargetBand | undefined;
    for (const [i, component] of (obs.component ?? []).entries()) {
      const index = treatment(component.referenceRange);
      if (index < 0) continue;
      const part = (component.code.coding ?? []).map((c) => catalogue.byCoding(c.system, c.code)?.part).find(Boolean);
      const range = part === 'second' ? (measure.possibleSecond ?? measure.possible) : measure.possible;
      const read = ends(component.referenceRange ?? [], index, `component[${i}].referenceRange`, range);
      if ('refusal' in read) return read;
      band = { ...band, ...(part === 'second' ? { lowSecond: read.low, highSecond: read.high } : read) };
    }
    return band ? { band } : undefined;
  }
  const index = treatment(obs.referenceRange);
  if (index < 0 || measure.kind === 'coded') return undefined;
  const read = ends(obs.referenceRange ?? [], index, 'referenceRange', measure.possible);
  if ('refusal' in read) return read;
  return { band: read };
}

function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
