import type { ChannelFamily } from '../content/channels';
import type { PreparationRecord } from '../plan/record';
import { conditions } from '../plan/recordView';
import type { Parsed } from './sectionAnswers';
import { SectionDialog } from './sectionDialog';
import type { SectionDeps } from './sectionTypes';

export const goalsDialogId = 'goalsDialog';

/** Goal ideas offered to someone stuck for one: few enough to read on a phone. */
const examplesWhenStuck = 3;

/** Part 3: one to three goals, each with importance, action, barriers and confidence. */
export class GoalsDialog extends SectionDialog {
  /**
   * Below this confidence the step is worth making smaller or supporting more (DOMAIN.md): the
   * packs' own test for asking `goal.N.moreLikely`, so the acknowledgement and the question agree.
   */
  private readonly lowConfidenceBelow: number;

  constructor(deps: SectionDeps) {
    super(goalsDialogId, 'goals', deps);
    const when = deps.library.question('goal.N.moreLikely').when;
    this.lowConfidenceBelow = when && 'below' in when && when.below !== undefined ? when.below : 0;
  }

  protected override ideasWhenStuck(key: string, record: PreparationRecord, family: ChannelFamily): string | undefined {
    if (!/^goal\.\d+\.text$/.test(key)) return undefined;
    const examples = this.deps.library.goalExamples(conditions(record), examplesWhenStuck);
    if (examples.length === 0) return undefined;
    return this.deps.renderer.text('goals.ideas', { examples: examples.join('; ') }, family);
  }

  /**
   * Back mid-goal, the recap names the goal: "What exactly will you do?" days later says nothing
   * of which goal it is about.
   */
  override recapLines(key: string, record: PreparationRecord, family: ChannelFamily): string[] {
    const goal = /^goal\.(\d+)\.(\w+)$/.exec(key);
    const words = goal && goal[2] !== 'text' ? record.answers[`goal.${goal[1]}.text`]?.value : undefined;
    if (!goal || typeof words !== 'string') return [];
    const data = { ...this.templateData(record, family), number: Number(goal[1]), goal: words };
    return [this.deps.renderer.text('resume.goal', data, family)];
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    // A carer is told about the person by name ("Ron's goals are saved"), never about themselves.
    const about = this.templateData(record, family);
    const text = (k: string, data = {}): string => this.deps.renderer.text(k, { ...about, ...data }, family);
    const goal = /^goal\.(\d+)\.(\w+)$/.exec(key);
    if (goal && parsed.status === 'answered') {
      const n = Number(goal[1]);
      if (goal[2] === 'confidence' && typeof parsed.value === 'number' && parsed.value < this.lowConfidenceBelow) {
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
