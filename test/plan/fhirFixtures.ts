import { applyConsent, consentFor } from '../../plan/consentScope';
import { documentWords } from '../../bot/routes/plansApi';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { compileDraftPlan } from '../../plan/draftPlan';
import type { BundleOptions } from '../../plan/fhir/bundle';
import { newRecord, type AnswerValue, type AnsweredBy, type PreparationRecord } from '../../plan/record';

/** Synthetic people only: no real names, numbers or answers. */
const start = Date.parse('2026-02-02T09:00:00.000Z');

function recordWith(
  id: string,
  by: AnsweredBy,
  answers: Record<string, AnswerValue>,
  status: Record<string, 'unknown' | 'skipped'> = {},
): PreparationRecord {
  const record = newRecord(id, new Date(start));
  let minute = 0;
  for (const [key, value] of Object.entries(answers)) {
    const at = new Date(start + ++minute * 60_000).toISOString();
    record.answers[key] = { value, status: 'answered', by, at };
  }
  for (const [key, s] of Object.entries(status)) {
    record.answers[key] = { value: null, status: s, by, at: new Date(start + ++minute * 60_000).toISOString() };
  }
  record.updatedAt = new Date(start + ++minute * 60_000).toISOString();
  return record;
}

/** Shares a record as the review dialog does (only ever with a linked lead contact), and returns it. */
export function share(record: PreparationRecord, by: AnsweredBy = 'person'): PreparationRecord {
  record.leadContact ??= { name: 'Dr Example', coordinatorId: 'coordinator-1', invitationId: 'invitation-1' };
  applyConsent(record, consentFor(record, true, by, new Date(start + 3_600_000).toISOString()));
  return record;
}

/** Sam answers for themselves, screens positive on mood and keeps mood back. */
export function personRecord(): PreparationRecord {
  const record = recordWith(
    '5f0c1a9e-0000-4000-8000-000000000001',
    'person',
    {
      'respondent.type': 'self',
      'subject.name': 'Sam Example',
      conditions: ['diabetes', 'musculoskeletal'],
      'whatMatters.most': 'Seeing my grandchildren <b>every</b> week & staying at home',
      'goal.1.text': 'Walk to the park',
      'goal.1.importance': 9,
      'goal.1.action': 'Walk to the end of the road after lunch, three times a week',
      'goal.1.confidence': 4,
      'goal.1.moreLikely': 'Start with twice a week with my daughter',
      'goal.2.text': 'Check my blood sugar every morning',
      'goal.2.action': 'Test before breakfast',
      'topics.selected': ['pain', 'checkUps'],
      'mood.down': true,
      'mood.interest': false,
      'mood.wantsHelp': true,
      'mood.share': false,
      'review.change': 'done',
      'share.consent': true,
    },
    { 'goal.2.barriers': 'skipped', 'goal.2.confidence': 'unknown' },
  );
  record.flags.push({
    kind: 'moodScreenPositive',
    detail: 'whooley',
    at: record.answers['mood.down'].at,
    by: 'person',
  });
  record.flags.push({ kind: 'crisis', detail: 'selfHarm', at: record.answers['goal.1.text'].at, by: 'person' });
  return record;
}

/** Ann answers for her mother Jean, adds her own view and answers her own part. */
export function carerRecord(): PreparationRecord {
  const record = recordWith('5f0c1a9e-0000-4000-8000-000000000002', 'carer', {
    'respondent.type': 'carer',
    'subject.name': 'Jean Example',
    'respondent.name': 'Ann Example',
    'respondent.relationship': 'Daughter',
    'respondent.personAgrees': true,
    'whatMatters.most': 'Staying in her own home',
    'goal.1.text': 'Walk to the corner shop',
    'goal.1.action': 'Walk there with me on Saturday mornings',
    'mood.down': false,
    'mood.interest': false,
    'carer.coping': 'Tired, but we manage',
    'carer.help': ['break'],
    'carer.personAgrees': 'yes',
    'share.consent': true,
  });
  record.carerViews.whatMatters = { text: 'I think she worries about falling', at: record.updatedAt };
  return record;
}

const plans = createPlanRenderer(loadCatalogue(), loadPackLibrary());

/** Repeatable ids and time for a Bundle. */
export function bundleOptions(): BundleOptions {
  let n = 0;
  return {
    planView: (record) => plans.view(compileDraftPlan(record, plans.labels, 'shared')),
    newId: () => `00000000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
    now: new Date('2026-02-03T08:00:00.000Z'),
    document: documentWords(loadCatalogue()),
    questionText: (linkId) => (linkId === 'goal.1.importance' ? 'How important is this goal?' : undefined),
    optionLabel: (linkId, id) => (linkId === 'conditions' && id === 'diabetes' ? 'Diabetes' : undefined),
  };
}
