import type { ResultValue, StoredResult } from '../../plan/results/resultSchema';

/** A result as a record holds it, from a clinical system. */
export function storedResult(measure: string, at: string, value: ResultValue): StoredResult {
  return {
    id: `${measure}-${at}`,
    measure,
    at,
    value,
    coding: { system: 'http://loinc.org', code: 'example' },
    status: 'final',
    from: 'clinicalSystem',
    receivedAt: at,
  };
}

/** A number result. */
export const numberResult = (measure: string, at: string, value: number): StoredResult =>
  storedResult(measure, at, { kind: 'number', value });

/**
 * Six results of a person with diabetes, each with earlier values: HbA1c falling into its
 * target, blood pressure, cholesterol, eGFR (a range), weight and BMI.
 */
export function sixResults(): StoredResult[] {
  const [spring, autumn, now] = ['2024-03-04T09:10:00.000Z', '2024-09-02T09:10:00.000Z', '2025-03-03T09:10:00.000Z'];
  return [
    numberResult('hba1c', spring, 58),
    numberResult('hba1c', autumn, 55),
    numberResult('hba1c', now, 52),
    storedResult('bloodPressure', autumn, { kind: 'pair', first: 146, second: 88 }),
    storedResult('bloodPressure', now, { kind: 'pair', first: 138, second: 84 }),
    numberResult('totalCholesterol', autumn, 5.4),
    numberResult('totalCholesterol', now, 4.6),
    numberResult('egfr', spring, 71),
    numberResult('egfr', now, 64),
    numberResult('weight', spring, 88.4),
    numberResult('weight', autumn, 86.1),
    numberResult('weight', now, 84.9),
    numberResult('bmi', autumn, 30.1),
    numberResult('bmi', now, 29.3),
  ];
}
