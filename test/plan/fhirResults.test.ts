import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { bundleWords } from '../../bot/routes/plansApi';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { resultsPlanSection } from '../../content/results/resultsPlanSection';
import { sharedRecord } from '../../plan/consentScope';
import { toFhirBundle, type FhirBundle, type FhirResource } from '../../plan/fhir/bundle';
import type { PreparationRecord } from '../../plan/record';
import type { StoredResult } from '../../plan/results/resultSchema';
import { bundleSchema } from '../fhir/schemas';
import { bundleOptions, carerRecord, personRecord, share } from './fhirFixtures';

const presenter = createResultPresenter(loadResultCatalogue(), createRenderer(loadCatalogue()));
const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary(), resultsPlanSection(presenter));
const words = bundleWords(loadPackLibrary(), loadCatalogue(), plans, presenter);

const result = (
  measure: string,
  at: string,
  value: StoredResult['value'],
  coding: StoredResult['coding'],
): StoredResult => ({
  id: `${measure}-${at}`,
  measure,
  at,
  value,
  coding,
  status: 'final',
  from: 'clinicalSystem',
  receivedAt: at,
});

/** A record with three results, a question about the HbA1c, and a target of the care team's own. */
function withResults(make: () => PreparationRecord, by: 'person' | 'carer'): PreparationRecord {
  const record = make();
  record.results = {
    items: [
      result(
        'hba1c',
        '2025-09-01T09:00:00.000Z',
        { kind: 'number', value: 58 },
        { system: 'http://loinc.org', code: '59261-8' },
      ),
      result(
        'hba1c',
        '2026-01-20T09:00:00.000Z',
        { kind: 'number', value: 52 },
        { system: 'http://loinc.org', code: '59261-8' },
      ),
      result(
        'bloodPressure',
        '2026-01-20T09:05:00.000Z',
        { kind: 'pair', first: 138, second: 84 },
        { system: 'http://loinc.org', code: '85354-9' },
      ),
      result(
        'smoking',
        '2026-01-20T09:06:00.000Z',
        { kind: 'coded', code: 'exSmoker' },
        { system: 'http://loinc.org', code: '72166-2' },
      ),
    ],
    targets: { hba1c: { high: 58, setBy: 'coordinator', at: '2026-01-21T09:00:00.000Z' } },
    inPerson: [],
  };
  record.answers['result.hba1c.thoughts'] = {
    value: 'Is 52 low enough?',
    status: 'answered',
    by,
    at: '2026-02-02T09:30:00.000Z',
  };
  return share(record, by);
}

function exported(record: PreparationRecord): FhirBundle {
  const shared = sharedRecord(record);
  if (!shared) throw new Error('not shared');
  return toFhirBundle(shared, { ...bundleOptions(), ...words });
}

const ofType = (bundle: FhirBundle, type: string): FhirResource[] =>
  bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);

describe('Results in the FHIR R4 export', () => {
  it('is still a valid R4 document Bundle, with one Observation per result', () => {
    const bundle = exported(withResults(personRecord, 'person'));
    const parsed = bundleSchema.safeParse(bundle);

    expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).to.equal(true);
    expect(ofType(bundle, 'Observation')).to.have.length(4);
  });

  it('codes each Observation as it arrived, with the value in UCUM and the care team’s target as a treatment range', () => {
    const [older, latest, bp, smoking] = ofType(exported(withResults(personRecord, 'person')), 'Observation');

    expect(latest.code).to.deep.equal({ coding: [{ system: 'http://loinc.org', code: '59261-8' }], text: 'HbA1c' });
    expect(latest.valueQuantity).to.deep.equal({
      value: 52,
      unit: 'mmol/mol',
      system: 'http://unitsofmeasure.org',
      code: 'mmol/mol',
    });
    expect(latest.referenceRange).to.deep.equal([
      {
        high: { value: 58, unit: 'mmol/mol', system: 'http://unitsofmeasure.org', code: 'mmol/mol' },
        type: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/referencerange-meaning', code: 'treatment' }],
        },
      },
    ]);
    expect(older.referenceRange).to.equal(undefined);
    expect(
      (bp.component as { code: { coding: { code: string }[] } }[]).map((c) => c.code.coding[0].code),
    ).to.deep.equal(['8480-6', '8462-4']);
    expect(smoking.valueCodeableConcept).to.deep.equal({
      coding: [{ system: 'http://snomed.info/sct', code: '8517006', display: 'Ex-smoker' }],
    });
  });

  it("links the person's question to the result it is about, written by the Patient", () => {
    const bundle = exported(withResults(personRecord, 'person'));
    const [older, latest] = ofType(bundle, 'Observation');
    const patient = ofType(bundle, 'Patient')[0];

    expect(latest.note).to.deep.equal([
      {
        authorReference: { reference: `urn:uuid:${patient.id}` },
        time: '2026-02-02T09:30:00.000Z',
        text: 'Is 52 low enough?',
      },
    ]);
    expect(older.note).to.equal(undefined);
  });

  it('puts no question on a corrected result that it was not asked about, and keeps it with a result it was', () => {
    /** The record with its HbA1c question tied to `resultId`, as shared. */
    const askedAbout = (resultId: string, value: number): PreparationRecord => {
      const record = withResults(personRecord, 'person');
      const tied = { hba1c: { resultId, value: { kind: 'number' as const, value } } };
      record.results.askedAbout = tied;
      if (record.shared?.results) record.shared.results.askedAbout = tied;
      return record;
    };

    const [, correctedLatest] = ofType(exported(askedAbout('replaced-by-a-correction', 75)), 'Observation');
    const [older, latest] = ofType(exported(askedAbout('hba1c-2025-09-01T09:00:00.000Z', 58)), 'Observation');

    expect(correctedLatest.note, 'the correction').to.equal(undefined);
    expect(latest.note, 'a newer result').to.equal(undefined);
    expect((older.note as { text: string }[])[0].text, 'the result it was asked about').to.equal('Is 52 low enough?');
  });

  it("keeps a question about an earlier result, from before a newer one was gone through, as that result's note", () => {
    const record = withResults(personRecord, 'person');
    const earlier = {
      measure: 'hba1c',
      question: 'Is 58 too high?',
      by: 'person' as const,
      at: '2025-09-10T09:00:00.000Z',
      about: { resultId: 'hba1c-2025-09-01T09:00:00.000Z', value: { kind: 'number' as const, value: 58 } },
    };
    record.results.earlierQuestions = [earlier];
    if (record.shared?.results) record.shared.results.earlierQuestions = [earlier];
    const [older, latest] = ofType(exported(record), 'Observation');

    expect((older.note as { text: string }[]).map((n) => n.text)).to.deep.equal(['Is 58 too high?']);
    expect((latest.note as { text: string }[]).map((n) => n.text)).to.deep.equal(['Is 52 low enough?']);
  });

  it("writes a carer's question as the carer's (RelatedPerson)", () => {
    const bundle = exported(withResults(carerRecord, 'carer'));
    const carer = ofType(bundle, 'RelatedPerson')[0];
    const latest = ofType(bundle, 'Observation')[1];

    expect((latest.note as { authorReference: { reference: string } }[])[0].authorReference.reference).to.equal(
      `urn:uuid:${carer.id}`,
    );
  });

  it('lists the results in their own Composition section, each entry an Observation of the Bundle', () => {
    const bundle = exported(withResults(personRecord, 'person'));
    const sections = ofType(bundle, 'Composition')[0].section as {
      code: { coding: { code: string }[] };
      entry?: { reference: string }[];
      text: { div: string };
    }[];
    const results = sections.find((s) => s.code.coding[0].code === 'results');
    const observationUrls = ofType(bundle, 'Observation').map((o) => `urn:uuid:${o.id}`);

    expect(results?.entry?.map((e) => e.reference)).to.deep.equal(observationUrls);
    expect(results?.text.div).to.include('HbA1c: 58 → 52 mmol/mol, down, target 58 or less');
    expect(results?.text.div).to.include('My question: Is 52 low enough?');
    expect(JSON.stringify(ofType(bundle, 'QuestionnaireResponse'))).to.include(
      'Any questions or thoughts about this? (HbA1c)',
    );
  });

  it("leaves the person's questions out when they kept back the things to talk about, and the results in", () => {
    const record = withResults(personRecord, 'person');
    record.answers['share.send'] = {
      value: ['whatMatters', 'goals', 'mood'],
      status: 'answered',
      by: 'person',
      at: '2026-02-02T09:40:00.000Z',
    };
    record.shared = undefined;
    const bundle = exported(share(record));

    expect(ofType(bundle, 'Observation')).to.have.length(4);
    expect(JSON.stringify(bundle)).to.not.include('Is 52 low enough?');
  });

  it('exports no results section for a plan without results', () => {
    const bundle = exported(share(personRecord()));
    expect(ofType(bundle, 'Observation')).to.deep.equal([]);
    expect(JSON.stringify(ofType(bundle, 'Composition'))).to.not.include('"results"');
  });
});
