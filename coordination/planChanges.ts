import { optionalSections, type OptionalSection } from '../plan/consentScope';
import type { DraftPlan, PlanGoal } from '../plan/draftPlan';

/** One thing that changed between two shared versions, as a content key and its data. */
export interface PlanChange {
  key:
    | 'teams.change.flag'
    | 'teams.change.about'
    | 'teams.change.whatMatters'
    | 'teams.change.goalChanged'
    | 'teams.change.goalAdded'
    | 'teams.change.goalRemoved'
    | 'teams.change.topicAdded'
    | 'teams.change.topicRemoved'
    | 'teams.change.mood'
    | 'teams.change.carer'
    | 'teams.change.resultQuestion'
    | 'teams.change.resultsChoice'
    | `teams.change.noLongerShared.${OptionalSection}`;
  /** `measure` is a result's id, and `topic` its name, for a question about it. */
  data: { number?: number; topic?: string; measure?: string };
}

/**
 * The parts the plan just shared no longer lets the lead contact see that the one they hold did
 * (taken back, H321): told first, as they must stop using them.
 */
export function noLongerShared(before: DraftPlan, after: DraftPlan): OptionalSection[] {
  return optionalSections.filter((section) => after.withheld.includes(section) && !before.withheld.includes(section));
}

/** What `noLongerShared` gives, as changes on the card. */
export function noLongerSharedChanges(sections: readonly OptionalSection[]): PlanChange[] {
  return sections.map((section) => ({ key: `teams.change.noLongerShared.${section}`, data: {} }));
}

/**
 * What differs between the plan the lead contact already holds and the one just shared, in the
 * order they read the card: safety first, then who, what matters, goals, topics, going through
 * the results and questions about them, mood, the carer. Both plans
 * are shared copies, so nothing the person kept back can show up as a change.
 */
export function planChanges(before: DraftPlan, after: DraftPlan): PlanChange[] {
  const changes: PlanChange[] = [];
  // The whole flag, not only its kind and time: what was said after it was raised ("not safe
  // right now") changes it, and the lead contact must read that first too.
  const known = new Set(before.flags.map((flag) => JSON.stringify(flag)));
  if (after.flags.some((flag) => !known.has(JSON.stringify(flag))))
    changes.push({ key: 'teams.change.flag', data: {} });
  if (!same(before.aboutMe, after.aboutMe)) changes.push({ key: 'teams.change.about', data: {} });
  if (!same(before.whatMatters, after.whatMatters)) changes.push({ key: 'teams.change.whatMatters', data: {} });

  changes.push(...goalChanges(before, after));

  const topics = (plan: DraftPlan): string[] => [...plan.topics.top, ...plan.topics.others];
  const old = topics(before);
  const fresh = topics(after);
  for (const topic of fresh)
    if (!old.includes(topic)) changes.push({ key: 'teams.change.topicAdded', data: { topic } });
  for (const topic of old)
    if (!fresh.includes(topic)) changes.push({ key: 'teams.change.topicRemoved', data: { topic } });
  // A choice not to go through the results before the visit, made or taken back.
  if ((before.results?.declined ?? false) !== (after.results?.declined ?? false))
    changes.push({ key: 'teams.change.resultsChoice', data: {} });
  changes.push(...resultQuestionChanges(before, after));
  if (!same(before.mood, after.mood)) changes.push({ key: 'teams.change.mood', data: {} });
  if (!same(before.carer, after.carer)) changes.push({ key: 'teams.change.carer', data: {} });
  return changes;
}

/**
 * A question about a result that is new, changed or taken out, or now said to be about another
 * value (the result was corrected). The results themselves came from the care team.
 */
function resultQuestionChanges(before: DraftPlan, after: DraftPlan): PlanChange[] {
  // Every question about the result with the value it was about: one that moves among the earlier
  // questions when a newer result is gone through is the same question, and no change.
  const asked = (plan: DraftPlan): Map<string, { name: string; question: string }> =>
    new Map(
      (plan.results?.items ?? [])
        .filter((item) => item.question !== undefined || item.earlier.length > 0)
        .map((item) => {
          const all = [
            ...item.earlier.map((e) => `${e.about}|${e.question}`),
            ...(item.question !== undefined ? [`${item.askedAbout ?? ''}|${item.question}`] : []),
          ];
          return [item.measure, { name: item.name, question: all.join('\n') }];
        }),
    );
  const was = asked(before);
  const now = asked(after);
  const changes: PlanChange[] = [];
  for (const measure of new Set([...was.keys(), ...now.keys()])) {
    const a = was.get(measure);
    const b = now.get(measure);
    if (a?.question !== b?.question)
      changes.push({ key: 'teams.change.resultQuestion', data: { measure, topic: (b ?? a)?.name } });
  }
  return changes;
}

/**
 * Goals new, changed or taken out. A goal is matched by its words before its number: taking goal 2
 * out moves goal 3 down to 2, and that is one goal taken out, not goal 2 changed and goal 3 gone.
 * Goals whose words match none are then matched by number (new words for goal 2 are goal 2
 * changed); what is left is new (numbered as now) or taken out (numbered as the lead contact had it).
 */
function goalChanges(before: DraftPlan, after: DraftPlan): PlanChange[] {
  const was = new Set(before.goals);
  const pairs: { was?: PlanGoal; now: PlanGoal }[] = after.goals.map((now) => ({ now }));
  const pairWith = (pair: { was?: PlanGoal; now: PlanGoal }, test: (goal: PlanGoal) => boolean): void => {
    const found = [...was].find(test);
    if (found === undefined) return;
    pair.was = found;
    was.delete(found);
  };
  for (const pair of pairs) pairWith(pair, (goal) => goal.text === pair.now.text);
  for (const pair of pairs) if (!pair.was) pairWith(pair, (goal) => goal.number === pair.now.number);
  const changes: { number: number; change: PlanChange }[] = [];
  for (const { was: old, now } of pairs) {
    const data = { number: now.number };
    if (!old) changes.push({ number: now.number, change: { key: 'teams.change.goalAdded', data } });
    else if (!same({ ...old, number: 0 }, { ...now, number: 0 }))
      changes.push({ number: now.number, change: { key: 'teams.change.goalChanged', data } });
  }
  for (const old of was)
    changes.push({ number: old.number, change: { key: 'teams.change.goalRemoved', data: { number: old.number } } });
  // Stable: at one number, a goal changed or new is told before the one taken out.
  return changes.sort((a, b) => a.number - b.number).map(({ change }) => change);
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
