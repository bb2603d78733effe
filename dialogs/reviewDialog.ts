import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { PlanRenderer } from '../content/planRenderer';
import { compileDraftPlan } from '../plan/draftPlan';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, yesNoAnswer } from '../plan/recordView';
import { SectionDialog, type Parsed, type SectionDeps, type SectionOptions } from './sectionDialog';

export const reviewDialogId = 'reviewDialog';

/** What the review ends with: a section to change, or done (shared or not). */
export interface ReviewResult {
  section: 'review';
  change?: string;
}

/** Part 6: the draft plan to read, changes by section, then consent to share. */
export class ReviewDialog extends SectionDialog {
  constructor(
    deps: SectionDeps,
    private readonly plans: PlanRenderer,
  ) {
    super(reviewDialogId, 'review', deps);
  }

  override async beginDialog(dc: DialogContext, options?: SectionOptions): Promise<DialogTurnResult> {
    const record = this.session(dc).record;
    const family = this.family(dc);
    const plan = compileDraftPlan(record, this.plans.labels, 'own');
    await dc.context.sendActivity(
      this.deps.renderer.lines(
        [this.deps.renderer.text('review.intro', {}, family), this.plans.chat(plan, family)],
        dc.context.activity.channelId,
      ),
    );
    return super.beginDialog(dc, { ...options, revisit: false });
  }

  protected keys(): string[] {
    return ['review.change', 'share.consent'];
  }

  protected override onAnswer(key: string, parsed: Parsed, draft: PreparationRecord): void {
    if (key === 'review.change' && parsed.status === 'answered' && parsed.value !== 'done') {
      // Asked again once the change is made, with the plan shown afresh.
      delete draft.answers['review.change'];
      delete draft.answers['share.consent'];
    }
    if (key === 'share.consent') {
      const share = parsed.status === 'answered' && parsed.value === true;
      const moodWithheld = yesNoAnswer(draft, 'mood.share') === false;
      draft.consents.push({
        at: this.deps.clock().toISOString(),
        planVersion: draft.planVersion,
        decision: share ? 'share' : 'doNotShare',
        by: answeredBy(draft),
        recipients: share ? ['leadContact'] : [],
        excludedSections: moodWithheld ? ['mood'] : [],
      });
      draft.status = share ? 'shared' : 'complete';
    }
  }

  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    if (key === 'review.change' && parsed.status === 'answered' && parsed.value !== 'done') {
      return dc.endDialog({ section: 'review', change: String(parsed.value) } satisfies ReviewResult);
    }
    return undefined;
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    if (key === 'share.consent') {
      const shared = parsed.status === 'answered' && parsed.value === true;
      return [
        this.deps.renderer.text(shared ? 'ack.consentYes' : 'ack.consentNo', this.templateData(record, family), family),
      ];
    }
    if (key === 'review.change' && parsed.status === 'answered' && parsed.value !== 'done') return [];
    return super.acknowledge(key, parsed, record, family);
  }
}
