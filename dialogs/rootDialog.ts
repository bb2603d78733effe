import { Dialog, DialogReason, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { SectionId } from '../content/packs/packSchema';
import type { GoalToRemove } from './recognisers/goalToRemove';
import type { Renderer } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { z } from 'zod';
import { afterConfirmation } from './confirmationDialog';
import type { SectionDialog } from './sectionDialog';
import type { SessionSource } from './sessionSource';

export const rootDialogId = 'rootDialog';

/** What a section hands back when it ends (see SectionResult), checked rather than trusted. */
const sectionResultSchema = z.object({
  preface: z.array(z.string()).optional(),
  change: z.string().optional(),
});

/**
 * How the root starts: a fresh welcome, or quietly (after "change" or a lost dialog stack); with
 * `start`, that section first when it has anything unanswered ("show me my results"), and then on
 * as ever from the record; with `change`, that section gone through again (as a change picked at
 * the review).
 */
export interface RootOptions {
  quiet?: boolean;
  start?: SectionId;
  /** A part asked to change by name: gone through again first, then on to the review as ever. */
  change?: SectionId;
  /** With `change` the goals: a goal asked to take out, asked about before anything else. */
  takeOutGoal?: GoalToRemove;
  /**
   * The first message said more than a greeting: after the welcome, that none of it is noted yet
   * (H278), kindly when it told of strain (H442).
   */
  unnoted?: 'welcome.unnoted' | 'welcome.unnotedStrain' | 'welcome.unnotedElsewhere';
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
      if (options?.unnoted)
        await dc.context.sendActivity(this.renderer.message(options.unnoted, {}, dc.context.activity.channelId));
    }
    const changed = options?.change ? this.sections.find((s) => s.section === options.change) : undefined;
    if (changed) return dc.beginDialog(changed.id, { revisit: true, takeOutGoal: options?.takeOutGoal });
    const record = this.sessions.get(dc.context).record;
    const first = this.sections.find((s) => s.section === options?.start && this.unanswered(s, record));
    if (first) return dc.beginDialog(first.id, {});
    return this.next(dc);
  }

  override continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return this.next(dc);
  }

  /**
   * A section ended: the next one, or the one review asked to change. A confirmation ending
   * without doing anything moves nothing on.
   */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const stayed = await afterConfirmation(dc, result);
    if (stayed) return stayed;
    const ended = sectionResultSchema.safeParse(result);
    const preface = ended.success ? (ended.data.preface ?? []) : [];
    const change = ended.success ? ended.data.change : undefined;
    const section = change ? this.sections.find((s) => s.section === change) : undefined;
    if (section) return dc.beginDialog(section.id, { revisit: true, preface });
    return this.next(dc, preface);
  }

  /** The first section with anything unanswered, or undefined when the preparation is complete. */
  nextSection(record: PreparationRecord): SectionDialog | undefined {
    return this.sections.find((section) => this.unanswered(section, record));
  }

  private unanswered(section: SectionDialog, record: PreparationRecord): boolean {
    return section.keysFor(record).some((key) => record.answers[key] === undefined);
  }

  /** The sections in order, for "back" across a section boundary. */
  sectionBefore(section: SectionDialog): SectionDialog | undefined {
    const index = this.sections.indexOf(section);
    return index > 0 ? this.sections[index - 1] : undefined;
  }

  /** Where a section stands in the journey (1-based), for the recap; a part that carries on another shares its number. */
  partNumber(section: SectionDialog): number {
    return this.sections.slice(0, this.sections.indexOf(section) + 1).filter((s) => !s.continuesPart).length;
  }

  private async next(dc: DialogContext, preface: string[] = []): Promise<DialogTurnResult> {
    const section = this.nextSection(this.sessions.get(dc.context).record);
    if (section) return dc.beginDialog(section.id, { preface });
    if (preface.length > 0) await dc.context.sendActivity(this.renderer.lines(preface, dc.context.activity.channelId));
    return dc.endDialog();
  }
}
