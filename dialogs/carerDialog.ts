import type { ChannelFamily } from '../content/channels';
import type { Question } from '../content/packs/packSchema';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { PreparationRecord } from '../plan/record';
import { carerOwnPart, followCarerStrain } from './carerStrainFlag';
import type { ChoiceRules, Parsed } from './sectionAnswers';
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

  /** A carer's strain in their own part raises a flag of its own, with their words (H346). */
  protected override onAnswer(key: string, _parsed: Parsed, draft: PreparationRecord): void {
    if ((carerOwnPart as readonly string[]).includes(key))
      followCarerStrain(draft, this.deps.clock().toISOString(), this.deps.strain);
  }

  /**
   * The first time their strain is flagged, the carer is told, once and kindly, that their lead
   * contact will see it if they share their part, and where carers can get support (H346).
   */
  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    const session = this.session(dc);
    const flagged = session.record.flags.some((flag) => flag.kind === 'carerStrain');
    if (!flagged || session.record.progress.carerStrainTold) return super.afterAnswer(dc, key, parsed);
    await session.update((draft) => {
      draft.progress.carerStrainTold = true;
    });
    const family = this.family(dc);
    const told = this.deps.renderer.text('carer.strainTold', this.templateData(session.record, family), family);
    return this.askNext(dc, [...this.acknowledge(key, parsed, session.record, family), told]);
  }
}
