import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Renderer } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import type { ReviewResult } from './reviewDialog';
import type { SectionDialog } from './sectionDialog';
import type { SessionSource } from './session';

export const rootDialogId = 'rootDialog';

/** How the root starts: a fresh welcome, or quietly (after "change" or a lost dialog stack). */
export interface RootOptions {
  quiet?: boolean;
}

/**
 * Runs the sections in the order of the preparation principles. Which section comes next is read
 * from the record, never remembered separately, so a lost dialog stack still resumes correctly.
 * A change asked for at review runs that section again and comes back to review.
 */
export class RootDialog extends Dialog<RootOptions> {
  constructor(
    private readonly sections: readonly SectionDialog[],
    private readonly sessions: SessionSource,
    private readonly renderer: Renderer,
  ) {
    super(rootDialogId);
  }

  override async beginDialog(dc: DialogContext, options?: RootOptions): Promise<DialogTurnResult> {
    if (!options?.quiet) {
      await dc.context.sendActivity(this.renderer.message('welcome.intro', {}, dc.context.activity.channelId));
    }
    return this.next(dc);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.next(dc);
  }

  override resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const change = (result as Partial<ReviewResult> | undefined)?.change;
    const section = change ? this.sections.find((s) => s.section === change) : undefined;
    if (section) return dc.beginDialog(section.id, { revisit: true });
    return this.next(dc);
  }

  /** The first section with anything unanswered, or undefined when the preparation is complete. */
  nextSection(record: PreparationRecord): SectionDialog | undefined {
    return this.sections.find((section) => section.keysFor(record).some((key) => record.answers[key] === undefined));
  }

  /** The sections in order, for "back" across a section boundary. */
  sectionBefore(section: SectionDialog): SectionDialog | undefined {
    const index = this.sections.indexOf(section);
    return index > 0 ? this.sections[index - 1] : undefined;
  }

  /** Where a section stands in the journey (1-based), for the recap. */
  partNumber(section: SectionDialog): number {
    return this.sections.indexOf(section) + 1;
  }

  private next(dc: DialogContext): Promise<DialogTurnResult> {
    const section = this.nextSection(this.sessions.get(dc.context).record);
    return section ? dc.beginDialog(section.id) : dc.endDialog();
  }
}
