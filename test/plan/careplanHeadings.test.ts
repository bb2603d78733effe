import { expect } from 'chai';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { applyConsent, consentFor, sharedRecord } from '../../plan/consentScope';
import { compileDraftPlan } from '../../plan/draftPlan';
import { newRecord, type AnswerValue, type AnsweredBy, type PreparationRecord } from '../../plan/record';

const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary());
const at = '2026-02-02T09:00:00.000Z';

function recordWith(answers: Record<string, AnswerValue>, by: AnsweredBy): PreparationRecord {
  const record = newRecord('r1', new Date(at));
  for (const [key, value] of Object.entries(answers)) record.answers[key] = { value, status: 'answered', by, at };
  return record;
}

const person = (): PreparationRecord => recordWith({ 'respondent.type': 'self', 'subject.name': 'Sam' }, 'person');
const carer = (): PreparationRecord => {
  const record = recordWith(
    {
      'respondent.type': 'carer',
      'subject.name': 'Ron',
      'respondent.name': 'Ann',
      'respondent.relationship': 'daughter',
    },
    'carer',
  );
  record.leadContact = { name: 'Dr Patel', coordinatorId: 'c1', invitationId: 'i1', appointmentAt: '2026-02-12T14:00' };
  return record;
};

/** The own copy in chat and on the printable page; `heldVersion`: the version the lead contact was last sent, if any. */
function ownCopies(record: PreparationRecord, heldVersion?: number): string[] {
  const plan = compileDraftPlan(record, plans.labels, 'own', { heldVersion });
  return [plans.chat(plan, 'webchat'), plans.html(plan, { title: 'My plan' }).replace(/&#x27;/g, "'")];
}

describe('The care plan headings (PRSB)', () => {
  it('says when the plan was prepared and that the person filled it in themselves', () => {
    for (const copy of ownCopies(person())) {
      expect(copy).to.include('Prepared on: 2 February 2026');
      expect(copy).to.include('Filled in by: themselves');
    }
  });

  it('says who filled it in for the person and how they know them', () => {
    for (const copy of ownCopies(carer())) expect(copy).to.include('Filled in by: Ann (daughter), on their behalf');
  });

  it('names the lead contact from the invitation as the one to call if things change', () => {
    for (const copy of ownCopies(carer())) {
      expect(copy).to.include('Who to contact');
      expect(copy).to.include('Lead contact: Dr Patel');
      expect(copy).to.include('If things change before the appointment, contact Dr Patel.');
    }
  });

  it('says plainly when no care team is linked, and who to call instead', () => {
    for (const copy of ownCopies(person())) {
      expect(copy).to.include('No care team is linked to this plan yet.');
      expect(copy).to.include('contact the GP practice');
      expect(copy).to.not.include('Lead contact');
    }
  });

  it('gives the appointment from the invitation, and leaves the review date to the appointment', () => {
    for (const copy of ownCopies(carer())) {
      expect(copy).to.include('Visit: Thursday 12 February 2026 at 2:00 pm');
      expect(copy).to.include('Review date: to be agreed at the appointment.');
    }
    for (const copy of ownCopies(person())) expect(copy).to.include('Visit: no date is linked to this plan.');
  });

  it('says in the copy the lead contact gets when, and with whom, it was shared', () => {
    const record = carer();
    applyConsent(record, consentFor(record, true, 'carer', '2026-02-03T10:00:00.000Z'));
    const shared = sharedRecord(record);
    if (!shared) throw new Error('not shared');

    expect(plans.chat(compileDraftPlan(shared, plans.labels, 'shared'), 'teams')).to.include(
      'Shared with Dr Patel on 3 February 2026.',
    );
    for (const copy of ownCopies(record, 1)) {
      expect(copy).to.include('Shared with Dr Patel on 3 February 2026.');
      expect(copy).to.not.include('not reached');
    }
  });

  it('says in the own copy when the version shared has not reached the lead contact yet', () => {
    const record = carer();
    applyConsent(record, consentFor(record, true, 'carer', '2026-02-03T10:00:00.000Z'));

    for (const copy of ownCopies(record)) {
      expect(copy).to.include('Shared with Dr Patel on 3 February 2026. It has not reached them yet.');
    }
    const fresh = carer();
    fresh.shared = record.shared;
    for (const copy of ownCopies(fresh)) {
      expect(copy).to.include(
        'This version is not shared. The version shared on 3 February 2026 has not reached Dr Patel yet.',
      );
      expect(copy).to.not.include('Dr Patel has the version');
    }
  });

  it('says in the own copy that the lead contact still has the version shared before, after starting again', () => {
    const record = carer();
    applyConsent(record, consentFor(record, true, 'carer', '2026-02-03T10:00:00.000Z'));
    // Starting again keeps what was shared (the lead contact still holds it) and clears the rest.
    const fresh = carer();
    fresh.shared = record.shared;

    for (const copy of ownCopies(fresh, 1)) {
      expect(copy).to.include('This version is not shared. Dr Patel has the version shared on 3 February 2026.');
      expect(copy).to.not.include('Not shared with anyone');
    }
    fresh.status = 'withdrawn';
    for (const copy of ownCopies(fresh)) expect(copy).to.include('Not shared with anyone');
  });
});
