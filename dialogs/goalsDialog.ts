import type { ChannelFamily } from '../content/channels';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, conditions, hasAnswer, scaleAnswer, textAnswer, yesNoAnswer } from '../plan/recordView';
import type { Parsed } from './sectionAnswers';
import { SectionDialog, type SectionDeps } from './sectionDialog';

export const goalsDialogId = 'goalsDialog';

/** Up to three goals, as in the Year of Care personal plan. */
export const maxGoals = 3;
/** Below this confidence, the step is worth making smaller or supporting more (DOMAIN.md). */
export const lowConfidenceBelow = 7;
/** Goal ideas offered to someone stuck for one: few enough to read on a phone. */
const examplesWhenStuck = 3;

/** Part 3: one to three goals, each with importance, action, barriers and confidence. */
export class GoalsDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(goalsDialogId, 'goals', deps);
  }

  protected keys(record: PreparationRecord): string[] {
    const keys: string[] = [];
    for (let n = 1; n <= maxGoals; n++) {
      keys.push(`goal.${n}.text`);
      // "I don't know" to the goal itself: there is no goal to ask about, so no follow-ups.
      if (hasAnswer(record, `goal.${n}.text`) && textAnswer(record, `goal.${n}.text`) === undefined) break;
      keys.push(`goal.${n}.importance`, `goal.${n}.action`, `goal.${n}.barriers`, `goal.${n}.confidence`);
      const confidence = scaleAnswer(record, `goal.${n}.confidence`);
      if (confidence !== undefined && confidence < lowConfidenceBelow) keys.push(`goal.${n}.moreLikely`);
      if (n === maxGoals) break;
      keys.push(`goal.${n}.another`);
      if (yesNoAnswer(record, `goal.${n}.another`) !== true) break;
    }
    if (answeredBy(record) === 'carer') keys.push('carer.view.goals');
    return keys;
  }

  protected override ideasWhenStuck(key: string, record: PreparationRecord, family: ChannelFamily): string | undefined {
    if (!/^goal\.\d+\.text$/.test(key)) return undefined;
    const examples = this.deps.library.goalExamples(conditions(record), examplesWhenStuck);
    if (examples.length === 0) return undefined;
    return this.deps.renderer.text('goals.ideas', { examples: examples.join('; ') }, family);
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    const text = (k: string, data = {}): string => this.deps.renderer.text(k, data, family);
    const goal = /^goal\.(\d+)\.(\w+)$/.exec(key);
    if (goal && parsed.status === 'answered') {
      const n = Number(goal[1]);
      if (goal[2] === 'confidence' && typeof parsed.value === 'number' && parsed.value < lowConfidenceBelow) {
        return [text('ack.lowConfidence')];
      }
      if (goal[2] === 'another') {
        return parsed.value === true
          ? [text('ack.yes'), text('goals.number', { number: n + 1 })]
          : [text('ack.goalsDone')];
      }
    }
    return super.acknowledge(key, parsed, record, family);
  }
}
