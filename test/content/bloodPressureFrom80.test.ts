/**
 * Results 26: NICE NG136 sets a clinic blood pressure target of below 140/90 under 80 and below
 * 150/90 from 80 (DOMAIN.md). Careprep is never told a person's age (no date of birth is asked, and
 * neither an invitation nor an Observation carries one), yet every reading was held against
 * 140/90 alone: 145/84 was told "This result is above the target." to a person who may be 85.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { newRecord } from '../../plan/record';
import type { PersonalTarget, RecordResults } from '../../plan/results/resultSchema';
import type { ServiceTargets } from '../../plan/results/targets';
import { allText } from '../support/botClient';
import { bloodPressure, daysAgo, hba1c, transaction } from '../support/results';
import { atResult, onEach } from '../support/resultsChat';
import { storedResult } from '../support/storedResults';

const catalogue = loadResultCatalogue();
const renderer = createRenderer(loadCatalogue());
const now = '2026-03-03T09:10:00.000Z';

/** A record holding one blood pressure reading, and a target set by the care team if given. */
function withReading(first: number, second: number, own?: PersonalTarget): RecordResults {
  const record = newRecord('r1', new Date(now));
  record.results.items = [storedResult('bloodPressure', now, { kind: 'pair', first, second })];
  if (own) record.results.targets.bloodPressure = own;
  return record.results;
}

/** What a person is told on web chat about the reading, and the trend the plan and SMS give. */
function told(results: RecordResults, service: ServiceTargets = {}): { lines: string; trend: string } {
  const presenter = createResultPresenter(catalogue, renderer, service);
  const [summary] = presenter.summaries(results);
  return {
    lines: presenter.words.lines(summary, 'webchat', { carer: false }, { now: new Date(now) }).join('\n'),
    trend: presenter.words.trend(summary, 'sms'),
  };
}

describe('Results 26: the blood pressure target from age 80', () => {
  it("tells the target under 80 and from 80, and that the person's age is not known", () => {
    const { lines, trend } = told(withReading(138, 84));

    expect(lines).to.include('below 140/90 mmHg');
    expect(lines).to.include('below 150/90 mmHg');
    expect(lines).to.match(/not told your age/);
    expect(lines).to.include('This result is inside the target.');
    expect(trend).to.include('below 150/90');
  });

  it('never tells 145/84 as above the target without saying that is for people under 80', () => {
    const { lines } = told(withReading(145, 84));

    expect(lines).to.not.include('This result is above the target.');
    expect(lines).to.match(/under 80, this result is above the target/);
    expect(lines).to.match(/From age 80, it is inside the target/);
  });

  it('still tells 152/95 as above the target, whatever the age', () => {
    expect(told(withReading(152, 95)).lines).to.include('This result is above the target.');
  });

  it("holds a reading against the care team's own target for the person alone", () => {
    const own: PersonalTarget = { high: 150, highSecond: 90, highOpen: true, setBy: 'clinicalSystem', at: now };
    const { lines } = told(withReading(145, 84, own));

    expect(lines).to.include('Your own target, set by the care team, is below 150/90 mmHg.');
    expect(lines).to.include('This result is inside the target.');
    expect(lines).to.not.match(/age|140\/90/);
  });

  it("holds a reading against the service's own target alone", () => {
    const service = { bloodPressure: { high: 140, highSecond: 90, highOpen: true, source: 'Local team, 2026' } };
    const { lines } = told(withReading(145, 84), service);

    expect(lines).to.include('This result is above the target.');
    expect(lines).to.not.match(/age|150\/90/);
  });

  it('draws the line at 150 as well as at 140 and 90 on the chart', () => {
    const presenter = createResultPresenter(catalogue, renderer);
    const [summary] = presenter.summaries(withReading(145, 84));
    const labels = (presenter.chart.picture(summary)?.shapes ?? []).flatMap((shape) =>
      shape.kind === 'text' ? [shape.text] : [],
    );

    expect(labels).to.include.members(['140', '150', '90']);
  });

  it('says so in the chat, on web chat and SMS, through the results API', () =>
    onEach(['webchat', 'sms'], async (running, channelId) => {
      const results = transaction([hba1c(52, daysAgo(10)), bloodPressure(145, 84, daysAgo(10))]);
      const { client } = await atResult(running, channelId, { results });
      const text = allText(await client.say('skip'));

      expect(text, channelId).to.match(/not told your age/);
      expect(text, channelId).to.not.include('This result is above the target.');
      expect(text, channelId).to.match(/under 80, this result is above the target/);
    }));
});
