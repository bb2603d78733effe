/**
 * Explorer 25b: a laboratory gives some results as a bound, not a number: an eGFR of ">90", a urine
 * ACR of "<3". The service kept the bound but then read it as the number: an eGFR of 95 last time
 * and ">90" now was told "It has gone down" (it may have gone up), and an ACR of "<3" against the
 * target "below 3" was told "This result is above the target" (it is inside it).
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { newRecord } from '../../plan/record';
import type { ResultValue } from '../../plan/results/resultSchema';
import { storedResult } from '../support/storedResults';

const presenter = createResultPresenter(loadResultCatalogue(), createRenderer(loadCatalogue()));
const before = '2025-09-02T09:10:00.000Z';
const now = '2026-03-03T09:10:00.000Z';

/** What a person is told on web chat about `measure`, sent `values` (oldest first). */
function told(measure: string, ...values: ResultValue[]): string {
  const record = newRecord('r1', new Date(now));
  const times = values.length === 1 ? [now] : [before, now];
  record.results.items = values.map((value, i) => storedResult(measure, times[i], value));
  const [summary] = presenter.summaries(record.results);
  return presenter.words.lines(summary, 'webchat', { carer: false }, { now: new Date(now) }).join('\n');
}

const exact = (value: number): ResultValue => ({ kind: 'number', value });
const bound = (comparator: '<' | '>', value: number): ResultValue => ({ kind: 'number', value, comparator });

describe('Explorer 25b: results given as a bound (">90", "<3")', () => {
  it('never says an eGFR of 95 then ">90" has gone down, or about the same', () => {
    const words = told('egfr', exact(95), bound('>', 90));

    expect(words).to.not.match(/It has gone (up|down)\.|about the same|has changed/);
    expect(words).to.match(/not clear if it has gone up or down/);
  });

  it('still says an eGFR of 60 then ">90" has gone up, and ">90" then 60 has gone down', () => {
    expect(told('egfr', exact(60), bound('>', 90))).to.match(/It has gone up\./);
    expect(told('egfr', bound('>', 90), exact(60))).to.match(/It has gone down\./);
  });

  it('says a urine ACR of "<3" is inside the target of below 3, never above it', () => {
    const words = told('urineAcr', bound('<', 3));

    expect(words).to.include('less than 3.0 mg/mmol');
    expect(words).to.not.match(/above the target/);
    expect(words).to.match(/inside the target/);
  });

  it('says nothing of where an ACR of "<5" sits against a target of below 3: it may be either side', () => {
    expect(told('urineAcr', bound('<', 5))).to.not.match(/above the target|inside the target|below the target/);
  });
});
