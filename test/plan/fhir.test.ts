import { expect } from 'chai';
import { sharedRecord } from '../../plan/consentScope';
import { toFhirBundle, type FhirBundle, type FhirResource } from '../../plan/fhir/bundle';
import type { PreparationRecord } from '../../plan/record';
import { bundleSchema, goalSchema } from '../fhir/schemas';
import { bundleOptions, carerRecord, personRecord, share } from './fhirFixtures';

function exported(record: PreparationRecord): FhirBundle {
  const shared = sharedRecord(share(record, record.answers['respondent.type']?.value === 'carer' ? 'carer' : 'person'));
  if (!shared) throw new Error('not shared');
  return toFhirBundle(shared, bundleOptions());
}

function resources(bundle: FhirBundle, type: string): FhirResource[] {
  return bundle.entry.map((e) => e.resource).filter((r) => r.resourceType === type);
}

/** Every `reference` string anywhere in a value. */
function referencesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, v]) =>
      key === 'reference' && typeof v === 'string' ? [v] : referencesIn(v),
    );
  }
  return [];
}

function items(bundle: FhirBundle): { linkId: string; extension?: { valueReference: { reference: string } }[] }[] {
  return resources(bundle, 'QuestionnaireResponse')[0].item as ReturnType<typeof items>;
}

describe('The FHIR R4 export of a shared plan', () => {
  for (const [name, make] of [
    ['a person', personRecord],
    ['a carer', carerRecord],
  ] as const) {
    it(`is a valid R4 document Bundle for ${name}`, () => {
      const result = bundleSchema.safeParse(exported(make()));

      expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).to.equal(true);
    });

    it(`resolves every reference inside the Bundle for ${name}`, () => {
      const bundle = exported(make());
      const fullUrls = new Set(bundle.entry.map((e) => e.fullUrl));

      const refs = referencesIn(bundle);
      expect(refs.length).to.be.above(10);
      expect(refs.filter((ref) => !fullUrls.has(ref))).to.deep.equal([]);
    });
  }

  it('holds every resource the export promises', () => {
    const types = new Set(exported(carerRecord()).entry.map((e) => e.resource.resourceType));

    expect([...types]).to.include.members([
      'Composition',
      'Patient',
      'RelatedPerson',
      'QuestionnaireResponse',
      'Goal',
      'CarePlan',
      'Consent',
      'Provenance',
    ]);
    expect(resources(exported(personRecord()), 'Flag')).to.have.length(1);
  });

  it("titles the Composition sections with the plan's PRSB headings, flags first", () => {
    const composition = exported(carerRecord()).entry[0].resource;
    const codes = (composition.section as { code: { coding: { code: string }[] } }[]).map((s) => s.code.coding[0].code);
    const titles = (composition.section as { title: string }[]).map((s) => s.title);

    expect(titles).to.include.members([
      'About me',
      'What matters to me',
      'My goals and actions',
      'Who can see this plan',
    ]);
    expect(codes).to.include.members(['carers', 'contacts', 'review', 'consent']);
    expect(codes.indexOf('aboutMe')).to.be.below(codes.indexOf('carers'));
    const first = exported(personRecord()).entry[0].resource.section as { title: string }[];
    expect(first[0].title).to.equal('Please note first');
  });

  it('keys QuestionnaireResponse items by the linkIds asked in the conversation', () => {
    const linkIds = items(exported(personRecord())).map((item) => item.linkId);

    expect(linkIds).to.include.members(['subject.name', 'goal.1.text', 'goal.1.confidence', 'goal.2.text']);
    expect(linkIds).to.not.include('goal.2.barriers');
  });

  it("gives a carer's answers an item author that is the RelatedPerson", () => {
    const bundle = exported(carerRecord());
    const carer = `urn:uuid:${resources(bundle, 'RelatedPerson')[0].id}`;

    const authors = items(bundle).map((item) => item.extension?.[0]?.valueReference.reference);
    expect(authors.length).to.be.above(5);
    expect(authors.every((author) => author === carer)).to.equal(true);
  });

  it('gives a person answering for themselves no item authors and no RelatedPerson', () => {
    const bundle = exported(personRecord());

    expect(resources(bundle, 'RelatedPerson')).to.deep.equal([]);
    expect(items(bundle).some((item) => item.extension)).to.equal(false);
  });

  it('proposes goals expressed by whoever gave them', () => {
    const bundle = exported(carerRecord());
    const [goal] = resources(bundle, 'Goal');

    expect(goal).to.deep.include({ lifecycleStatus: 'proposed', description: { text: 'Walk to the corner shop' } });
    expect(goal.expressedBy).to.deep.equal({ reference: `urn:uuid:${resources(bundle, 'RelatedPerson')[0].id}` });
  });

  it('makes the CarePlan a draft proposal whose actions point at the goals', () => {
    const bundle = exported(personRecord());
    const [plan] = resources(bundle, 'CarePlan');

    expect(plan).to.deep.include({ status: 'draft', intent: 'proposal' });
    expect(plan.goal).to.have.length(2);
  });

  it('leaves out mood answers and the mood flag when mood was kept back', () => {
    const bundle = exported(personRecord());
    const json = JSON.stringify(bundle);

    expect(items(bundle).filter((item) => item.linkId.startsWith('mood.'))).to.deep.equal([]);
    expect(json).to.not.include('mood-screen-positive');
    const titles = (bundle.entry[0].resource.section as { title: string }[]).map((s) => s.title);
    expect(titles).to.not.include('How I have been feeling');
  });

  it('keeps a crisis flag even when mood was kept back', () => {
    const [flag] = resources(exported(personRecord()), 'Flag');

    expect(JSON.stringify(flag.code)).to.include('crisis-selfHarm');
  });

  it('carries on a crisis Flag how it came to light, the reply when asked, and what they said to "are you safe right now?"', () => {
    const record = personRecord();
    record.flags = [
      {
        kind: 'crisis',
        detail: 'suicide',
        via: 'checkIn',
        reply: 'notSure',
        safeNow: 'no',
        at: record.updatedAt,
        by: 'person',
      },
    ];
    const bundle = exported(record);
    const [flag] = resources(bundle, 'Flag');
    const said = Object.fromEntries(
      ((flag.extension ?? []) as { url: string; valueCode: string }[]).map((e) => [
        e.url.split('/').at(-1),
        e.valueCode,
      ]),
    );

    expect(said).to.deep.equal({ 'flag-via': 'checkIn', 'flag-reply': 'notSure', 'flag-safe-now': 'no' });
    expect(bundleSchema.safeParse(bundle).success, 'still valid R4').to.equal(true);
  });

  it('adds nothing to a Flag that was only said, with no reply and nothing said of safety', () => {
    const record = personRecord();
    record.flags = [{ kind: 'crisis', detail: 'selfHarm', at: record.updatedAt, by: 'person' }];
    const [flag] = resources(exported(record), 'Flag');

    expect(flag.extension).to.equal(undefined);
  });

  it("codes a carer's own crisis as the carer's, written by the carer, never as the patient's crisis", () => {
    const record = carerRecord();
    record.flags.push({ kind: 'crisis', detail: 'suicide', at: record.updatedAt, by: 'carer', about: 'carer' });
    const bundle = exported(record);
    const [flag] = resources(bundle, 'Flag');
    const carer = bundle.entry.find((e) => e.resource.resourceType === 'RelatedPerson');

    expect(JSON.stringify(flag.code)).to.include('"carer-crisis-suicide"');
    expect(JSON.stringify(flag.code)).to.not.include('"crisis-suicide"');
    expect(flag.author).to.deep.equal({ reference: carer?.fullUrl });
  });

  it('includes mood answers when the person agreed to share them', () => {
    const record = personRecord();
    record.answers['mood.share'].value = true;

    expect(items(exported(record)).map((item) => item.linkId)).to.include('mood.down');
  });

  it('records the recipients and the sections kept back in the Consent', () => {
    const [consent] = resources(exported(personRecord()), 'Consent');
    const json = JSON.stringify(consent.provision);

    expect(json).to.include('leadContact').and.include('"deny"');
  });

  it('escapes typed text in the narrative', () => {
    const json = JSON.stringify(exported(personRecord()).entry[0].resource.section);

    expect(json).to.include('&#60;b&#62;every&#60;/b&#62;').and.not.include('<b>');
  });

  it('fails validation for a Goal without a lifecycleStatus, so the schemas can fail', () => {
    const goal = { ...resources(exported(personRecord()), 'Goal')[0] };
    delete goal.lifecycleStatus;

    expect(goalSchema.safeParse(goal).success).to.equal(false);
  });
});
