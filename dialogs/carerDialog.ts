import type { ChannelFamily } from '../content/channels';
import type { Question } from '../content/packs/packSchema';
import type { PreparationRecord } from '../plan/record';
import type { ChoiceRules } from './sectionAnswers';
import { SectionDialog } from './sectionDialog';
import type { SectionDeps } from './sectionTypes';

export const carerDialogId = 'carerDialog';

/** The option of `carer.help` for anything not on the list; its words are the answer to `carer.help.other`. */
export const otherHelpId = 'other';
/**
 * Words given to `carer.personAgrees` that name none of its options ("he knows but forgets") are
 * kept as said, under this id, rather than asked again: life is not always one of the options.
 */
const ownWordsId = 'ownWords';

/**
 * A carer's own short part, after the questions about the person: how they are coping, what would
 * help them (a carer's assessment, a break, someone to talk to, or their own words), and whether
 * the person agrees with what was said for them ("not able to say" is an answer, as with
 * dementia). Asked only when a carer answers; it continues part 5 rather than adding a part.
 */
export class CarerDialog extends SectionDialog {
  override readonly continuesPart = true;

  constructor(deps: SectionDeps) {
    super(carerDialogId, 'carer', deps);
  }

  protected override introLines(record: PreparationRecord, family: ChannelFamily): Promise<string[]> {
    return Promise.resolve([this.deps.renderer.text('carer.intro', this.templateData(record, family), family)]);
  }

  protected override choiceRules(key: string, question: Question, record: PreparationRecord): ChoiceRules {
    const rules = super.choiceRules(key, question, record);
    if (key === 'carer.help') return { ...rules, allowNone: true, otherId: otherHelpId };
    if (key === 'carer.personAgrees') return { ...rules, otherId: ownWordsId };
    return rules;
  }
}
