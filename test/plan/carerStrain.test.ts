/**
 * H346: a carer's strain, said in clear words in their own part, is a flag of its own (carerStrain)
 * with their words: after crisis and mood flags in the plan, in the FHIR export as a Flag, and only
 * where the carer's part is shared. Read with the usual spelling tolerance and negation; ordinary
 * tiredness is no strain.
 */
import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { sharedRecord } from '../../plan/consentScope';
import { compileDraftPlan } from '../../plan/draftPlan';
import { toFhirBundle } from '../../plan/fhir/bundle';
import type { PreparationRecord } from '../../plan/record';
import { followCarerStrain } from '../../dialogs/carerStrainFlag';
import { createCarerStrain } from '../../dialogs/recognisers/carerStrain';
import { bundleOptions, carerRecord, share } from './fhirFixtures';

const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary());
const strain = createCarerStrain();
const statesStrain = (text: string): boolean => strain.states(text);
const strained = "Honestly I'm at the end of my tether, I haven't slept in weeks";

function strainedCarer(coping = strained, ticked?: string[]): PreparationRecord {
  const record = carerRecord();
  record.answers['carer.coping'] = { value: coping, status: 'answered', by: 'carer', at: record.updatedAt };
  if (ticked) record.answers['share.send'] = { value: ticked, status: 'answered', by: 'carer', at: record.updatedAt };
  followCarerStrain(record, record.updatedAt, strain);
  return record;
}

describe("A carer's strain in their own part (H346)", () => {
  describe('what is read as strain', () => {
    const strain = [
      strained,
      "I'm at my wits' end",
      'at breaking point with it all',
      'i cant go on like this',
      "I can't keep doing this on my own",
      'completely burnt out',
      'exhausted and no help from anyone',
      'not slept in weeks',
      'I feel like I am falling apart',
      'im at the end of my tehter',
      'at breakng point',
      'no, I cannot cope',
    ];
    const calm = [
      'a bit tired',
      'busy week',
      'Tired, but we manage most days',
      'I am exhausted',
      "I'm not at the end of my tether",
      "I'm not burnt out, just busy",
      'no longer at breaking point, things are better',
      "I don't feel burnt out",
      'coping fine thanks',
    ];
    for (const words of strain) it(`reads "${words}" as strain`, () => expect(statesStrain(words)).to.equal(true));
    for (const words of calm) it(`reads "${words}" as no strain`, () => expect(statesStrain(words)).to.equal(false));
  });

  it("raises one flag with the carer's words, and withdraws it when the answer no longer says it", () => {
    const record = strainedCarer();
    followCarerStrain(record, record.updatedAt, strain);
    const flags = record.flags.filter((flag) => flag.kind === 'carerStrain');
    expect(flags).to.have.length(1);
    expect(flags[0].message).to.equal(strained);
    expect(flags[0].by).to.equal('carer');
    record.answers['carer.coping'] = { value: 'Fine now', status: 'answered', by: 'carer', at: record.updatedAt };
    followCarerStrain(record, record.updatedAt, strain);
    expect(record.flags.filter((flag) => flag.kind === 'carerStrain')).to.have.length(0);
  });

  it('raises none for ordinary tiredness', () => {
    const record = strainedCarer('Tired, but we manage');
    expect(record.flags.filter((flag) => flag.kind === 'carerStrain')).to.have.length(0);
  });

  it("puts it after crisis and mood flags in the shared plan, with the carer's words", () => {
    const record = strainedCarer();
    record.flags.unshift({ kind: 'moodScreenPositive', detail: 'whooley', at: record.updatedAt, by: 'carer' });
    record.flags.push({ kind: 'crisis', detail: 'selfHarm', at: record.updatedAt, by: 'carer' });
    const shared = sharedRecord(share(record, 'carer'))!;
    const plan = compileDraftPlan(shared, plans.labels, 'shared');
    expect(plan.flags.map((flag) => flag.kind)).to.deep.equal(['crisis', 'moodScreenPositive', 'carerStrain']);
    const text = plans.chat(plan, 'webchat');
    expect(text).to.include('under great strain');
    expect(text).to.include('end of my tether');
    expect(text.indexOf('self-harm')).to.be.below(text.indexOf('under great strain'));
  });

  it('goes in the FHIR export as a Flag of its own code, after the others', () => {
    const record = strainedCarer();
    record.flags.push({ kind: 'crisis', detail: 'selfHarm', at: record.updatedAt, by: 'carer' });
    const bundle = toFhirBundle(sharedRecord(share(record, 'carer'))!, bundleOptions());
    const codes = bundle.entry
      .map((entry) => entry.resource)
      .filter((resource) => resource.resourceType === 'Flag')
      .map((flag) => JSON.stringify(flag.code));
    expect(codes).to.have.length(2);
    expect(codes[0]).to.include('crisis-selfHarm');
    expect(codes[1]).to.include('carer-strain');
  });

  it('is not shared, in the plan or the export, when the carer keeps their own part back', () => {
    const record = strainedCarer(strained, ['whatMatters', 'goals', 'topics', 'mood']);
    const shared = sharedRecord(share(record, 'carer'))!;
    expect(shared.flags.filter((flag) => flag.kind === 'carerStrain')).to.have.length(0);
    expect(compileDraftPlan(shared, plans.labels, 'shared').flags).to.have.length(0);
    const bundle = toFhirBundle(shared, bundleOptions());
    expect(JSON.stringify(bundle)).to.not.include('carer-strain');
    // The carer's own copy still shows it.
    expect(compileDraftPlan(record, plans.labels, 'own').flags.map((flag) => flag.kind)).to.include('carerStrain');
  });
});
