import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { loadCatalogue } from '../../content/catalogue';
import { channelFamilies } from '../../content/channels';
import { gsm7Length, isGsm7 } from '../../content/gsm7';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createRenderer } from '../../content/renderer';
import { loadResultAgeRule, oldAge } from '../../content/results/resultAge';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultWords } from '../../content/results/resultWords';
import { loadServiceTargets } from '../../content/results/serviceTargets';
import type { RecordResults, ResultValue, StoredResult } from '../../plan/results/resultSchema';
import { summariseResults } from '../../plan/results/resultSummary';
import { fleschKincaidGrade } from '../support/readability';
import { storedResult as stored } from '../support/storedResults';
import { tempDir } from '../support/tempDb';

const catalogue = loadResultCatalogue();
const renderer = createRenderer(loadCatalogue());
const words = createResultWords(catalogue, renderer, loadResultAgeRule());
/** A week after the check-ups these tests describe (March 2025): their results are told as now. */
const weekAfter = { now: new Date('2025-03-08T12:00:00.000Z') };

/** Two results a year apart for a measure: its first value and one a step later. */
function twoResults(measure: string): RecordResults {
  const m = catalogue.measure(measure)!;
  const base = m.target?.low ?? m.target?.high ?? m.possible.min + (m.possible.max - m.possible.min) / 2;
  const step = Math.max(m.sameWithin * 3, 1);
  const value = (n: number): ResultValue =>
    m.kind === 'pair'
      ? { kind: 'pair', first: n, second: n - 50 }
      : m.kind === 'coded'
        ? { kind: 'coded', code: m.values![n === base ? 0 : 1].id }
        : { kind: 'number', value: Math.min(n, m.possible.max) };
  return {
    items: [
      stored(measure, '2024-03-01T09:00:00.000Z', value(base + step)),
      stored(measure, '2025-03-01T09:00:00.000Z', value(base)),
    ],
    targets: {},
    inPerson: [],
  };
}

describe('The results catalogue', () => {
  it('holds every measure the issue names, and more for MSK', () => {
    expect(catalogue.measures.map((m) => m.id)).to.include.members([
      'hba1c',
      'bloodPressure',
      'totalCholesterol',
      'egfr',
      'urineAcr',
      'weight',
      'bmi',
      'smoking',
      'fev1Percent',
      'oxygenSaturation',
      'mrcBreathlessness',
      'catScore',
      'mskHq',
      'painScore',
    ]);
  });

  it('names, for each measure, only conditions people can pick', () => {
    const offered = loadPackLibrary()
      .question('conditions')
      .options?.map((option) => option.id);
    for (const measure of catalogue.measures) expect(offered).to.include.members(measure.conditions);
  });

  it('gives every target a source, and keeps each target inside what is possible', () => {
    for (const m of catalogue.measures) {
      if (m.kind === 'coded') {
        expect(m.targetSource, m.id).to.be.a('string');
        continue;
      }
      if (!m.target) continue;
      expect(m.target.source, m.id).to.match(/NICE|Year of Care/);
      for (const end of [m.target.low, m.target.high].filter((v) => v !== undefined))
        expect(end, m.id).to.be.within(m.possible.min, m.possible.max);
    }
  });

  it("has a clinical review entry for every measure, citing the catalogue's words, plainer words and source word for word", () => {
    const checklist = readFileSync('docs/clinical-safety/results-review-checklist.md', 'utf8');
    const entries = checklist.split(/^### /m).slice(1);
    expect(checklist).to.match(/no clinician has reviewed this yet/);
    expect(entries).to.have.length(catalogue.measures.length);
    for (const m of catalogue.measures) {
      const entry = entries.find((e) => e.includes(`(\`${m.id}\`)`)) ?? '';
      const source = m.kind === 'coded' ? m.targetSource : m.target?.source;
      expect(entry, m.id).to.include(`Words shown: "${m.what}"`);
      expect(entry, m.id).to.include(`Plainer words, when someone asks what that means: "${m.plainer}"`);
      if (source) expect(entry, m.id).to.include(`Source cited: "${source}"`);
      expect(entry, m.id).to.match(/For the clinician to confirm: \S/);
      for (const code of m.codes.filter((c) => c.review)) expect(entry, m.id).to.include(`${code.system} ${code.code}`);
    }
  });

  it('codes every measure with LOINC or SNOMED CT, except where no published code was found', () => {
    for (const m of catalogue.measures) {
      const standard = m.codes.filter((c) => c.system !== 'careprep');
      if (m.id === 'mskHq') expect(standard, m.id).to.deep.equal([]);
      else expect(standard.length, m.id).to.be.greaterThan(0);
    }
    expect(catalogue.byCoding('http://loinc.org', '4548-4')?.measure.id).to.equal('hba1c');
    expect(catalogue.byCoding('http://snomed.info/sct', '8517006')?.valueId).to.equal('exSmoker');
    expect(catalogue.byCoding('http://snomed.info/sct', '391124000')?.code.grade).to.equal(3);
    expect(catalogue.byCoding('http://loinc.org', '8480-6')?.part).to.equal('first');
  });

  const conversions: Array<[string, number, string, number]> = [
    ['hba1c', 7, '%', 53],
    ['hba1c', 6.5, '%', 47.54],
    ['hba1c', 48, 'mmol/mol', 48],
    ['totalCholesterol', 193, 'mg/dL', 4.99],
    ['urineAcr', 30, 'mg/g', 3.39],
    ['weight', 154, '[lb_av]', 69.85],
    ['weight', 11, '[stone_av]', 69.85],
    ['weight', 70500, 'g', 70.5],
  ];
  for (const [measure, value, unit, expected] of conversions) {
    it(`converts ${measure} ${value} ${unit} to ${expected} ${catalogue.measure(measure)!.unitLabel}`, () => {
      expect(catalogue.convert(catalogue.measure(measure)!, value, unit)).to.be.closeTo(expected, 0.01);
    });
  }

  it('refuses to convert a unit that is not the measure’s', () => {
    expect(catalogue.convert(catalogue.measure('hba1c')!, 7, 'mg/dL')).to.equal(undefined);
  });

  for (const measure of catalogue.measures) {
    it(`explains ${measure.id} in plain words on every channel, with last time beside this time`, () => {
      expect(fleschKincaidGrade(measure.what), measure.what).to.be.at.most(6);
      const [summary] = summariseResults(twoResults(measure.id), [measure], {});
      for (const family of channelFamilies) {
        const text = words.lines(summary, family, { name: 'Jean', carer: false }, weekAfter).join('\n');
        expect(text, family).to.include(measure.what);
        // Every sentence but the title (a test's name, such as "Cholesterol", is what it is called).
        for (const line of text.split('\n').slice(1)) expect(fleschKincaidGrade(line), line).to.be.at.most(6);
        if (family !== 'sms') expect(text, family).to.match(/Now: .*Last time: /s);
        if (measure.target || measure.targetSource) expect(text, family).to.match(/Source: /);
        expect(text).to.not.match(/\{\{|\}\}|undefined|NaN/);
        expect(text.toLowerCase(), 'describes, never judges').to.not.match(
          /\b(good|bad|well done|should|worry|normal)\b/,
        );
        if (family === 'sms') expect(isGsm7(text), text).to.equal(true);
      }
    });
  }

  for (const measure of catalogue.measures) {
    it(`says what ${measure.id} is in plainer words for someone who asks, without judging`, () => {
      expect(measure.plainer).to.not.equal(measure.what);
      for (const sentence of measure.plainer.split(/(?<=\.) /))
        expect(fleschKincaidGrade(sentence), sentence).to.be.at.most(6);
      expect(isGsm7(measure.plainer), measure.plainer).to.equal(true);
      expect(measure.plainer.toLowerCase(), 'describes, never judges').to.not.match(
        /\b(good|bad|well done|should|worry|normal|healthy|risk)\b/,
      );
    });
  }

  it('says the SMS trend as the results sheet would: "58 -> 52, down, target 48-53"', () => {
    const results: RecordResults = {
      items: [
        stored('hba1c', '2024-09-01T09:00:00.000Z', { kind: 'number', value: 58 }),
        stored('hba1c', '2025-03-01T09:00:00.000Z', { kind: 'number', value: 52 }),
      ],
      targets: {},
      inPerson: [],
    };
    const [summary] = summariseResults(results, catalogue.measures, {});
    expect(words.trend(summary, 'sms')).to.equal('58 -> 52 mmol/mol, down, target 48-53');
    expect(words.trend(summary, 'webchat')).to.equal('58 → 52 mmol/mol, down, target 48 to 53');
    expect(gsm7Length(words.lines(summary, 'sms', {}, weekAfter).join('\n'))).to.be.at.most(320);
  });

  it('says which way blood pressure moved when both numbers move, and "changed" when they part', () => {
    const bp = (first: number, second: number, at: string): StoredResult =>
      stored('bloodPressure', at, { kind: 'pair', first, second });
    const summary = (a: StoredResult, b: StoredResult) =>
      summariseResults({ items: [a, b], targets: {}, inPerson: [] }, catalogue.measures, {})[0];
    expect(
      summary(bp(150, 95, '2024-01-01T00:00:00.000Z'), bp(135, 85, '2025-01-01T00:00:00.000Z')).direction,
    ).to.equal('down');
    expect(
      summary(bp(130, 80, '2024-01-01T00:00:00.000Z'), bp(140, 75, '2025-01-01T00:00:00.000Z')).direction,
    ).to.equal('changed');
    expect(
      summary(bp(130, 80, '2024-01-01T00:00:00.000Z'), bp(131, 81, '2025-01-01T00:00:00.000Z')).direction,
    ).to.equal('same');
  });
});

describe('How old a result is', () => {
  const results: RecordResults = {
    items: [stored('hba1c', '2025-03-01T09:00:00.000Z', { kind: 'number', value: 75 })],
    targets: {},
    inPerson: [],
  };
  const [summary] = summariseResults(results, catalogue.measures, {});
  const at = (iso: string) => ({ now: new Date(iso) });

  it('tells a result as now up to a year after it was taken', () => {
    expect(words.lines(summary, 'webchat', {}, at('2026-02-28T12:00:00.000Z')).join('\n')).to.include(
      'Now: 75 mmol/mol, on 1 March 2025.',
    );
    expect(words.lines(summary, 'sms', {}, at('2026-02-28T12:00:00.000Z'))[0]).to.equal(
      'HbA1c, 1 Mar 2025: 75 mmol/mol, no earlier result sent.',
    );
  });

  it('tells a result from over a year ago as from then, on every channel, never as now', () => {
    for (const family of channelFamilies) {
      const text = words.lines(summary, family, {}, at('2026-03-02T12:00:00.000Z')).join('\n');
      expect(text, family).to.not.include('Now:');
      expect(text, family).to.include('over a year ago');
    }
    expect(words.lines(summary, 'webchat', {}, at('2026-03-02T12:00:00.000Z'))).to.include(
      'Latest result: 75 mmol/mol, on 1 March 2025. That was over a year ago.',
    );
    expect(words.lines(summary, 'sms', {}, at('2027-06-01T12:00:00.000Z'))[0]).to.equal(
      'HbA1c, 1 Mar 2025 (over 2 years ago): 75 mmol/mol, no earlier result sent.',
    );
  });

  it('takes when a result is old from content, in whole months', () => {
    expect(loadResultAgeRule()).to.deep.equal({ oldAfterMonths: 12 });
    const rule = { oldAfterMonths: 6 };
    expect(oldAge('2025-03-01T09:00:00.000Z', new Date('2025-08-31T12:00:00.000Z'), rule)).to.equal(undefined);
    expect(oldAge('2025-03-01T09:00:00.000Z', new Date('2025-10-02T12:00:00.000Z'), rule)).to.deep.equal({
      months: 7,
      years: 0,
    });
    const sixMonths = createResultWords(catalogue, renderer, rule);
    expect(sixMonths.lines(summary, 'webchat', {}, at('2025-10-02T12:00:00.000Z'))).to.include(
      'Latest result: 75 mmol/mol, on 1 March 2025. That was over 7 months ago.',
    );
  });
});

describe('Whose target is shown', () => {
  const results = (extra: Partial<RecordResults> = {}): RecordResults => ({
    items: [stored('hba1c', '2025-03-01T09:00:00.000Z', { kind: 'number', value: 56 })],
    targets: {},
    inPerson: [],
    ...extra,
  });

  it('shows the usual target with its source when nobody has set another', () => {
    const [summary] = summariseResults(results(), catalogue.measures, {});
    expect(summary.target).to.deep.include({ from: 'usual', band: { low: 48, high: 53 } });
    expect(summary.position).to.equal('above');
  });

  it("shows the service's target in place of the usual one, with the service's source", () => {
    const tmp = tempDir();
    try {
      writeFileSync(tmp.file('targets.yaml'), 'hba1c: { low: 48, high: 58, source: "Local diabetes team, 2025" }\n');
      const service = loadServiceTargets(tmp.file('targets.yaml'), catalogue);
      const [summary] = summariseResults(results(), catalogue.measures, service);
      expect(summary.target).to.deep.equal({
        from: 'service',
        band: { low: 48, high: 58 },
        source: 'Local diabetes team, 2025',
      });
      expect(summary.position).to.equal('inside');
      expect(words.lines(summary, 'webchat', {}, weekAfter).join('\n')).to.include(
        'this service uses is 48 to 58 mmol/mol. Source: Local diabetes team, 2025',
      );
    } finally {
      tmp.cleanup();
    }
  });

  it("shows the person's own target, set by their care team, over the service's and the usual one", () => {
    const tmp = tempDir();
    try {
      writeFileSync(tmp.file('targets.yaml'), 'hba1c: { low: 48, high: 58, source: "Local diabetes team" }\n');
      const service = loadServiceTargets(tmp.file('targets.yaml'), catalogue);
      const own = results({ targets: { hba1c: { high: 60, setBy: 'coordinator', at: '2025-03-02T09:00:00.000Z' } } });
      const [summary] = summariseResults(own, catalogue.measures, service);
      expect(summary.target).to.deep.equal({ from: 'personal', band: { high: 60 } });
      const text = words.lines(summary, 'webchat', { name: 'Jean', carer: true }, weekAfter).join('\n');
      expect(text).to.include("Jean's own target, set by the care team, is 60 mmol/mol or less.");
      expect(text).to.not.include('Local diabetes team').and.not.include('48 to 53');
    } finally {
      tmp.cleanup();
    }
  });

  const badFiles: Array<[string, string]> = [
    ['a measure the catalogue does not know', 'sugar: { high: 7, source: "x" }'],
    ['no source', 'hba1c: { low: 48, high: 58 }'],
    ['a target outside what is possible', 'hba1c: { low: 48, high: 900, source: "x" }'],
    ['low above high', 'hba1c: { low: 60, high: 50, source: "x" }'],
  ];
  for (const [what, yaml] of badFiles) {
    it(`refuses a service target file with ${what}, naming CAREPREP_RESULT_TARGETS`, () => {
      const tmp = tempDir();
      try {
        writeFileSync(tmp.file('targets.yaml'), `${yaml}\n`);
        expect(() => loadServiceTargets(tmp.file('targets.yaml'), catalogue)).to.throw(/CAREPREP_RESULT_TARGETS/);
      } finally {
        tmp.cleanup();
      }
    });
  }
});

describe('A value far below a target that is only an upper limit', () => {
  const at = '2025-03-01T09:00:00.000Z';
  const positionFor = (
    measure: string,
    value: ResultValue,
    targets: RecordResults['targets'] = {},
  ): string | undefined =>
    summariseResults({ items: [stored(measure, at, value)], targets, inPerson: [] }, catalogue.measures, {})[0]
      .position;
  const pair = (first: number, second: number): ResultValue => ({ kind: 'pair', first, second });

  const lower: [number, number][] = [
    [85, 45],
    [88, 70],
    [110, 55],
  ];
  for (const [first, second] of lower) {
    it(`calls a blood pressure of ${first}/${second} lower than usual, never inside "below 140/90"`, () => {
      expect(positionFor('bloodPressure', pair(first, second))).to.equal('lowerThanUsual');
    });
  }

  it('still calls 120/75 and 90/60 inside the target, and 150/55 above it', () => {
    expect(positionFor('bloodPressure', pair(120, 75))).to.equal('inside');
    expect(positionFor('bloodPressure', pair(90, 60))).to.equal('inside');
    expect(positionFor('bloodPressure', pair(150, 55))).to.equal('above');
  });

  it("calls 85/45 lower than usual against the care team's own upper limit too", () => {
    const personal = { high: 130, highSecond: 80, highOpen: true, setBy: 'clinicalSystem' as const, at };
    expect(positionFor('bloodPressure', pair(85, 45), { bloodPressure: personal })).to.equal('lowerThanUsual');
  });

  it('says so in plain words on every channel, with the appointment, and has the words for it', () => {
    for (const family of channelFamilies) {
      const [summary] = summariseResults(
        { items: [stored('bloodPressure', at, pair(85, 45))], targets: {}, inPerson: [] },
        catalogue.measures,
        {},
      );
      const said = words.lines(summary, family, {}, weekAfter).join('\n');
      expect(said, family).to.match(/lower than usual/);
      expect(said, family).to.not.match(/inside the/);
    }
  });
});
