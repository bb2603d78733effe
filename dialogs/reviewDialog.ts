import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { PlanRenderer } from '../content/planRenderer';
import type { TemplateData } from '../content/renderer';
import type { AuditTrail } from '../plan/audit';
import {
  applyConsent,
  chosenRecipients,
  consentFor,
  coveredSections,
  excludedSections,
  sharedRecord,
  shareKeys,
} from '../plan/consentScope';
import { compileDraftPlan } from '../plan/draftPlan';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import type { PlanEvents } from './planEvents';
import type { Parsed } from './sectionAnswers';
import { SectionDialog, type SectionDeps, type SectionOptions } from './sectionDialog';

export const reviewDialogId = 'reviewDialog';

/** What the review ends with: a section to change, or done (shared or not). */
export interface ReviewResult {
  section: 'review';
  change?: string;
}

/** What sharing needs beyond the section basics: who hears of it, the own copy, the audit log. */
export interface SharingDeps {
  events: PlanEvents;
  ownCopy: { issue(recordId: string): Promise<{ token: string; linkId: string }> };
  /** The full URL of an own-copy link for a token. */
  ownCopyUrl(token: string): string;
  audit: AuditTrail;
}

/** The keys asked again whenever the plan changes: consent covers one version as it was seen. */
export const sharingKeys = ['review.change', shareKeys.sections, shareKeys.recipients, shareKeys.consent];

const previousShared = Symbol('careprep.previousShared');

/**
 * Part 6: the draft plan to read, changes by section, then consent by section: which parts to
 * keep back, who else may see it, exactly what will be sent, and yes or no. A yes is recorded
 * with time, plan version, who gave it and what it covers, and the plan's listeners are told.
 */
export class ReviewDialog extends SectionDialog {
  constructor(
    deps: SectionDeps,
    private readonly plans: PlanRenderer,
    private readonly sharing: SharingDeps,
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

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    // The version shared before this answer, so listeners can tell recipients only what changed.
    if (this.pendingKey(dc) === shareKeys.consent) {
      dc.context.turnState.set(previousShared, sharedRecord(this.session(dc).record));
    }
    return super.continueDialog(dc);
  }

  protected keys(): string[] {
    return sharingKeys;
  }

  protected override choiceRules(key: string): { multiple: boolean; max?: number; allowNone?: boolean } {
    if (key === shareKeys.sections || key === shareKeys.recipients) return { multiple: true, allowNone: true };
    return { multiple: false };
  }

  protected override templateData(record: PreparationRecord, family: ChannelFamily): TemplateData {
    const data = super.templateData(record, family);
    if (record.answers[shareKeys.recipients] === undefined) return data;
    return {
      ...data,
      lead: this.list(
        chosenRecipients(record).map((id) => `recipient.${id}`),
        family,
        data,
      ),
    };
  }

  protected override onAnswer(key: string, parsed: Parsed, draft: PreparationRecord): void {
    if (key === 'review.change' && parsed.status === 'answered' && parsed.value !== 'done') {
      // Asked again once the change is made, with the plan shown afresh.
      for (const k of sharingKeys) delete draft.answers[k];
    }
    if (key === shareKeys.consent) {
      const share = parsed.status === 'answered' && parsed.value === true;
      applyConsent(draft, consentFor(draft, share, answeredBy(draft), this.deps.clock().toISOString()));
    }
  }

  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const actor = answeredBy(record);
    if (key === 'review.change' && parsed.status === 'answered' && parsed.value !== 'done') {
      await this.sharing.audit.append({
        actor,
        action: 'change',
        subject: record.id,
        detail: { section: String(parsed.value), planVersion: record.planVersion },
      });
      return dc.endDialog({ section: 'review', change: String(parsed.value) } satisfies ReviewResult);
    }
    if (key === shareKeys.recipients) {
      await dc.context.sendActivity(
        this.deps.renderer.lines([this.preview(record, this.family(dc))], dc.context.activity.channelId),
      );
      return undefined;
    }
    if (key !== shareKeys.consent) return undefined;

    const consent = record.consents.at(-1);
    const shared = consent?.decision === 'share';
    await this.sharing.audit.append({
      actor,
      action: shared ? 'share' : 'doNotShare',
      subject: record.id,
      detail: shared
        ? {
            planVersion: consent.planVersion,
            recipients: consent.recipients,
            excludedSections: consent.excludedSections,
          }
        : { planVersion: record.planVersion },
    });
    if (shared) {
      const previous = dc.context.turnState.get<PreparationRecord | undefined>(previousShared);
      await this.sharing.events.shared(record, previous);
    }
    // Their own copy, whatever they decided: the plan is theirs.
    const link = await this.sharing.ownCopy.issue(record.id);
    await this.sharing.audit.append({ actor, action: 'linkIssued', subject: record.id });
    const family = this.family(dc);
    const data = this.templateData(record, family);
    await dc.context.sendActivity(
      this.deps.renderer.lines(
        [
          this.deps.renderer.text(shared ? 'ack.consentYes' : 'ack.consentNo', data, family),
          this.deps.renderer.text('share.ownCopyLink', { url: this.sharing.ownCopyUrl(link.token) }, family),
        ],
        dc.context.activity.channelId,
      ),
    );
    return dc.endDialog({ section: 'review' } satisfies ReviewResult);
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    // Consent and changes say their own words in afterAnswer; the preview follows the recipients.
    if (key === shareKeys.consent || key === shareKeys.recipients) return [];
    if (key === 'review.change' && parsed.status === 'answered' && parsed.value !== 'done') return [];
    return super.acknowledge(key, parsed, record, family);
  }

  /** Exactly what a yes would send, and to whom, by section. */
  private preview(record: PreparationRecord, family: ChannelFamily): string {
    const withheld = excludedSections(record);
    return this.deps.renderer.text(
      'share.preview',
      {
        recipients: this.list(
          chosenRecipients(record).map((id) => `recipient.${id}`),
          family,
          this.templateData(record, family),
        ),
        parts: this.list(
          coveredSections(record)
            .filter((section) => section !== 'consent')
            .map((section) => `planSection.${section}`),
          family,
        ),
        withheld:
          withheld.length > 0
            ? this.list(
                withheld.map((section) => `planSection.${section}`),
                family,
              )
            : undefined,
      },
      family,
    );
  }

  /** "a, b and c" from content keys. */
  private list(keys: readonly string[], family: ChannelFamily, data: TemplateData = {}): string {
    const words = keys.map((key) => this.deps.renderer.text(key, data, family));
    if (words.length <= 1) return words.join('');
    return `${words.slice(0, -1).join(', ')} ${this.deps.renderer.text('share.and', {}, family)} ${words.at(-1)}`;
  }
}
