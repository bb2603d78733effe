import type { Option, Question } from '../content/packs/packSchema';
import type { PreparationRecord } from '../plan/record';
import { choiceAnswer, conditions, textAnswer } from '../plan/recordView';
import type { ChoiceRules } from './sectionAnswers';
import type { QuestionRules } from './questionWalk';
import { SectionDialog } from './sectionDialog';
import type { SectionDeps } from './sectionTypes';

export const topicsDialogId = 'topicsDialog';

/** The option id under which the person's own question is offered for the top three. */
export const ownTopicId = 'own';
const maxTop = 3;
/** How many topics a card shows before "show more": about what fits a phone screen. */
const shortList = 8;

/** Part 4: topics to discuss from the merged condition lists, their own questions, and the top three. */
export class TopicsDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(topicsDialogId, 'topics', deps);
  }

  protected override rules(): QuestionRules {
    return { severalTopTopics: (record) => this.topCandidates(record).length > 1 };
  }

  protected override options(key: string, record: PreparationRecord, question: Question): readonly Option[] {
    if (key === 'topics.selected') return this.deps.library.topics(conditions(record));
    if (key === 'topics.top') return this.topCandidates(record);
    return super.options(key, record, question);
  }

  protected override choiceRules(key: string, _question: Question, record: PreparationRecord): ChoiceRules {
    if (key === 'topics.top') return { multiple: true, max: maxTop };
    return { multiple: true, allowNone: true, featured: this.featured(record) };
  }

  /**
   * A long list of topics is shortened on a card: the topics of the person's own conditions
   * first, the rest behind "show more". Undefined (all shown) when the list is short, or when no
   * condition of theirs has a pack of its own.
   */
  private featured(record: PreparationRecord): string[] | undefined {
    const own = this.deps.library.ownTopics(conditions(record), shortList);
    const all = this.deps.library.topics(conditions(record));
    return own.length > 0 && all.length > shortList ? own.map((topic) => topic.id) : undefined;
  }

  private topCandidates(record: PreparationRecord): Option[] {
    const all = this.deps.library.topics(conditions(record));
    const chosen = choiceAnswer(record, 'topics.selected')
      .map((id) => all.find((topic) => topic.id === id))
      .filter((topic): topic is Option => topic !== undefined);
    const own = textAnswer(record, 'topics.own');
    return own
      ? [...chosen, { id: ownTopicId, label: own.length > 80 ? `${own.slice(0, 77)}...` : own, synonyms: [] }]
      : chosen;
  }
}
