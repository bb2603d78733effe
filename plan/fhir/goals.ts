import type { PreparationRecord } from '../record';
import { answered, goalCount, textAnswer } from '../recordView';
import type { People } from './people';
import { ref, type BundleOptions, type FhirResource } from './types';

/** The person's goals as proposed Goals, and the CarePlan (a draft proposal) that holds them and their actions. */
export function goalsAndCarePlan(
  record: PreparationRecord,
  carePlanId: string,
  people: People,
  options: BundleOptions,
): { goals: FhirResource[]; carePlan: FhirResource } {
  const goals: FhirResource[] = [];
  const activities: Record<string, unknown>[] = [];
  for (let n = 1; n <= goalCount(record); n++) {
    const text = answered(record, `goal.${n}.text`);
    if (!text || typeof text.value !== 'string') continue;
    const id = options.newId();
    const notes = [`goal.${n}.importance`, `goal.${n}.confidence`, `goal.${n}.barriers`, `goal.${n}.moreLikely`]
      .map((key) => [key, answered(record, key)?.value] as const)
      .filter(([, value]) => value !== undefined && value !== null)
      .map(([key, value]) => ({ text: `${options.questionText?.(key) ?? key}: ${String(value)}` }));
    goals.push({
      resourceType: 'Goal',
      id,
      lifecycleStatus: 'proposed',
      description: { text: text.value },
      subject: people.patientRef,
      startDate: text.at.slice(0, 10),
      expressedBy: people.who(text.by),
      ...(notes.length > 0 ? { note: notes } : {}),
    });
    const action = textAnswer(record, `goal.${n}.action`);
    if (action) activities.push({ detail: { status: 'not-started', description: action, goal: [ref(id)] } });
  }
  const carePlan: FhirResource = {
    resourceType: 'CarePlan',
    id: carePlanId,
    status: 'draft',
    intent: 'proposal',
    subject: people.patientRef,
    created: record.createdAt,
    author: people.author,
    ...(goals.length > 0 ? { goal: goals.map((goal) => ref(goal.id)) } : {}),
    ...(activities.length > 0 ? { activity: activities } : {}),
  };
  return { goals, carePlan };
}
