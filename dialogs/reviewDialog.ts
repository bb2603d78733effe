import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { PlanRenderer } from '../content/planRenderer';
import {
  applyConsent,
  consentFor,
  partsNotOffered,
  planRecipients,
  sharedRecord,
  shareKeys,
} from '../plan/consentScope';
import { compileDraftPlan } from '../plan/draftPlan';
import type { PreparationRecord } from '../plan/record';
import type { Recognised } from '../plan/recognised';
import { askForAnotherGoal } from '../plan/goalAdding';
import { answeredBy, conditions, goalCount } from '../plan/recordView';
import { sectionIdSchema, type Option, type Question, type SectionId } from '../content/packs/packSchema';
import type { ChoiceRules, Parsed } from './sectionAnswers';
import type { QuestionRules } from './questionWalk';
import { SectionDialog } from './sectionDialog';
import type { ReviewResult, SharingDeps } from './reviewTypes';
import { partsSaid } from './sharedParts';
import { consentAuditEntry } from './consentAudit';
import { consentCondition } from './consentCondition';
import { sayWithOwnCopyLink } from './ownCopyLink';
import type { SectionDeps, SectionOptions, SectionResult } from './sectionTypes';
import { scoreChangeAt } from './goalScoreChange';
import { goalTextChangeAt } from './goalTextChange';
import { topicRemovalAt } from './topicRemoval';
import { cardLinkId, messageText } from './messageText';
import { asksToAddGoal } from './recognisers/goalToAdd';
import { partToChange } from './recognisers/partToChange';
import { recogniseScoreCorrection } from './recognisers/scoreCorrection';
import { changeKey, changesPlan, changeTo, isChange, sendsNothing, sharingKeys, yesToChange } from './reviewAnswers';
import { sharePreview } from './sharePreview';
import { HeldAtConsent } from './heldAtConsent';
import { sharedUntilNow, shareToQueue, type SharedBefore } from '../plan/sharedReplacing';

export const reviewDialogId = 'reviewDialog';
const previousShared = Symbol('careprep.previousShared');

/**
 * Part 6: the draft plan to read, changes by section, then consent by section: which parts to
 * send (every part ticked to start with), exactly what will be sent and to whom, and yes or no.
 * Nothing ticked sends nothing, and is said so without asking for consent to send nothing.
 * Sharing is only offered when a care team is linked (an invitation), since nothing else receives
 * a plan; without one the person is told so, and how to take their own copy. A yes is recorded with
 * time, plan version, who gave it and what it covers, and is confirmed only once the plan's
 * listeners have queued its delivery.
 */
export class ReviewDialog extends SectionDialog {
  private readonly heldAtConsent = new HeldAtConsent(() => this.sharing.copies);
  constructor(
    deps: SectionDeps,
    private readonly plans: PlanRenderer,
    private readonly sharing: SharingDeps,
  ) {
    super(reviewDialogId, 'review', deps);
  }

  override async beginDialog(dc: DialogContext, options?: SectionOptions): Promise<DialogTurnResult> {
    return super.beginDialog(dc, { ...options, revisit: false });
  }

  /** The draft plan, said after the last section's acknowledgement and before the first question. */
  protected override async introLines(record: PreparationRecord, family: ChannelFamily): Promise<string[]> {
    const plan = compileDraftPlan(record, this.plans.labels, 'own', {
      heldVersion: await this.sharing.copies.heldVersion(record),
    });
    return [
      this.deps.renderer.text('review.intro', this.templateData(record, family), family),
      this.plans.chat(plan, family),
    ];
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const record = this.session(dc).record;
    if (this.pendingKey(dc) !== shareKeys.consent) return this.continueReview(dc);
    // The version shared before this answer, so listeners can tell recipients only what changed.
    dc.context.turnState.set(previousShared, sharedUntilNow(record));
    return this.heldAtConsent.during(record, () => this.continueReview(dc));
  }

  private async continueReview(dc: DialogContext): Promise<DialogTurnResult> {
    const text = messageText(dc.context);
    const inWords = text !== undefined && cardLinkId(dc.context) === undefined;
    const atChange = inWords && this.pendingKey(dc) === 'review.change';
    if (atChange && asksToAddGoal(text, this.deps.phrases)) return this.addGoal(dc);
    return (atChange ? await this.changeGoal(dc, text) : undefined) ?? super.continueDialog(dc);
  }

  /**
   * "I want to add another goal" here: a yes to another goal after the last (`askForAnotherGoal`), so
   * the goals ask for the next; never goal 1 opened to replace (explore 22a). With as many goals as a
   * plan holds, that is said and nothing changes.
   */
  private async addGoal(dc: DialogContext): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const most = this.deps.library.question('goal.N.text').repeat?.times ?? 1;
    const family = this.family(dc);
    if (goalCount(session.record) >= most) {
      const data = { ...this.templateData(session.record, family), most };
      return this.askAgain(dc, changeKey, [this.deps.renderer.text('review.goalsFull', data, family)]);
    }
    const at = this.deps.clock().toISOString();
    await session.update((draft) => {
      for (const key of sharingKeys) delete draft.answers[key];
      askForAnotherGoal(draft, most, at);
    });
    const adding = this.deps.renderer.text('goals.adding', { number: goalCount(session.record) + 1 }, family);
    return this.endOnChange(dc, 'goals', { section: 'review', preface: [adding] });
  }

  /**
   * A goal's new words or score, or topics taken off, by name at the review ("my goal should be walk to
   * the shops", "change the importance to 4", "take off sleep": `goalTextChangeAt`, `scoreChangeAt`,
   * `topicRemovalAt`). A change like any other: sharing choices are cleared, the journey goes on from
   * the record (a question it opens is asked), then the plan afresh. Undefined with no such change.
   */
  private async changeGoal(dc: DialogContext, text: string): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const family = this.family(dc);
    const data = this.templateData(record, family);
    const say = (k: string, more: object): string => this.deps.renderer.text(k, { ...data, ...more }, family);
    const correction = recogniseScoreCorrection(text, this.deps.phrases);
    const topics = this.deps.library.topics(conditions(record));
    const change =
      goalTextChangeAt(record, text, this.deps.phrases, say) ??
      topicRemovalAt(record, text, topics, this.deps.phrases, say) ??
      (correction && scoreChangeAt('review.change', record, correction, say));
    if (change === undefined) return undefined;
    if ('ask' in change) return this.askAgain(dc, 'review.change', [change.ask]);
    if (change.value === undefined) return this.askAgain(dc, 'review.change', [change.line]);
    await this.note(dc, change.key, { status: 'answered', value: change.value });
    const more = 'more' in change ? change.more : [];
    for (const also of more) await this.note(dc, also.key, { status: 'answered', value: also.value });
    const preface = [change.line];
    return this.endOnChange(dc, 'section' in change ? change.section : 'goals', { section: 'review', preface });
  }

  /** The part of the plan `text` asks to change by name ("I want to change my goal"); undefined when it names none. */
  partAskedFor(text: string, record: PreparationRecord): SectionId | undefined {
    const question = this.deps.library.question('review.change');
    const parts = this.options('review.change', record, question).filter((option) => option.id !== 'done');
    return sectionIdSchema.safeParse(partToChange(text, parts, this.deps.phrases)).data;
  }

  /** A clear yes at `review.change`: the part named after it is opened; with none, which one is asked. */
  protected override async readInstead(
    dc: DialogContext,
    key: string,
    text: string,
    read: Recognised<Parsed>,
  ): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const { locale } = dc.context.activity;
    if (key === shareKeys.consent) return this.withCondition(dc, text, read);
    const yes =
      key === changeKey && !read.ok ? yesToChange(this.asked(key, record), text, this.deps.phrases, locale) : undefined;
    if (yes?.part) return this.store(dc, key, yes.part);
    if (!yes) return undefined;
    return this.askAgain(dc, key, [this.deps.renderer.text('review.whichPart', {}, this.family(dc))]);
  }

  /**
   * A yes to sharing said with a condition (H110, H111), never taken as a plain yes: a part held
   * back is left out of what is sent, which goes then; a part named unclearly is asked at the parts
   * step; someone other than the lead contact, or another condition, sends nothing and asks again.
   */
  private async withCondition(
    dc: DialogContext,
    text: string,
    read: Recognised<Parsed>,
  ): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const send = this.asked(shareKeys.send, record);
    const lead = record.leadContact?.name;
    const said = consentCondition(text, read, send, lead, this.deps.phrases, dc.context.activity.locale);
    if (!said) return undefined;
    const family = this.family(dc);
    const line = (k: string): string[] => [this.deps.renderer.text(k, this.templateData(record, family), family)];
    if (said.kind === 'parts') {
      await this.note(dc, shareKeys.send, { status: 'answered', value: said.send });
      return this.store(dc, shareKeys.consent, { status: 'answered', value: true });
    }
    if (said.kind === 'whichParts') {
      // Picked afresh, every part ticked, never "keep" the pick that would have sent the part named.
      await this.session(dc).update((draft) => void delete draft.answers[shareKeys.send]);
      return this.askAgain(dc, shareKeys.send, line('share.whichParts'));
    }
    const words = said.kind === 'someoneElse' ? 'share.onlyLead' : 'share.conditionUnclear';
    return this.askAgain(dc, shareKeys.consent, line(words));
  }

  /** Logs a change to the plan's `section` (with no answers in it), and ends the review with `result`. */
  private async endOnChange(dc: DialogContext, section: string, result: SectionResult): Promise<DialogTurnResult> {
    const record = this.session(dc).record;
    const detail = { section, planVersion: record.planVersion };
    await this.sharing.audit.append({ actor: answeredBy(record), action: 'change', subject: record.id, detail });
    return dc.endDialog(result);
  }

  protected override rules(): QuestionRules {
    return {
      hasRecipients: (record) => planRecipients(record).length > 0,
      sendsSomething: (record) => planRecipients(record).length > 0 && !sendsNothing(record),
    };
  }

  /** The parts that may be sent: none they said before stays with them, and a carer's own answers only for a carer. */
  protected override options(key: string, record: PreparationRecord, question: Question): readonly Option[] {
    const options = super.options(key, record, question);
    if (key !== shareKeys.send) return options;
    const keptBack: readonly string[] = partsNotOffered(record);
    return options.filter((option) => !keptBack.includes(option.id));
  }

  protected override choiceRules(key: string, question: Question, record: PreparationRecord): ChoiceRules {
    if (key !== shareKeys.send) return { multiple: false };
    // Every part starts ticked: sending is what they are choosing, parts are taken out by unticking.
    const ticked = this.options(key, record, question).map((option) => option.id);
    return { multiple: true, allowNone: true, allowAll: true, ticked };
  }

  protected override onAnswer(key: string, parsed: Parsed, draft: PreparationRecord): void {
    if (changesPlan(key, parsed)) {
      // Asked again once the change is made, with the plan shown afresh.
      for (const k of sharingKeys) delete draft.answers[k];
    }
    if (key === 'review.change' && !isChange(parsed) && planRecipients(draft).length === 0) {
      // Nobody to share with: looking it over is the end of getting ready.
      if (draft.status === 'inProgress') draft.status = 'complete';
    }
    if (key === shareKeys.consent || (key === shareKeys.send && sendsNothing(draft))) {
      const share = key === shareKeys.consent && parsed.status === 'answered' && parsed.value === true;
      const consent = consentFor(draft, share, answeredBy(draft), this.deps.clock().toISOString());
      applyConsent(draft, consent, this.heldAtConsent.get(draft.id));
    }
  }

  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const family = this.family(dc);
    const data = this.templateData(record, family);
    const change = key === 'review.change' ? changeTo(parsed) : undefined;
    if (change) return this.endOnChange(dc, change, { section: 'review', change });
    if (key === 'review.change' && planRecipients(record).length === 0) {
      return this.finish(dc, [this.deps.renderer.text('share.noCareTeam', data, family)]);
    }
    const nothingTicked = key === shareKeys.send && sendsNothing(record);
    if (key !== shareKeys.consent && !nothingTicked) return undefined;
    const entry = consentAuditEntry(record);
    await this.sharing.audit.append(entry);
    if (entry.action === 'share') {
      const before = dc.context.turnState.get<SharedBefore | undefined>(previousShared);
      const { previous, options } = shareToQueue(record, before, this.heldAtConsent.get(record.id));
      // Awaited before anything is said: "sent" is only said once the delivery is queued.
      await this.sharing.events.shared(record, previous, options);
      // What goes is said exactly where a part is kept back (by then the parts step was answered).
      const parts = partsSaid(record, this.deps.renderer, data, family);
      return this.finish(dc, [this.deps.renderer.text('ack.consentYes', { ...data, ...parts }, family)]);
    }
    // Not sent now; a version shared before is still with the lead contact, or on its way to them.
    const sharedBefore = sharedRecord(record) !== undefined;
    const notSent = `${nothingTicked ? 'share.nothingTicked' : 'ack.consentNo'}${sharedBefore ? 'SharedBefore' : ''}`;
    const { unsent } = await this.sharing.copies.standing(record, sharedBefore);
    return this.finish(dc, [this.deps.renderer.text(notSent, { ...data, unsent }, family)]);
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    // Consent and changes say their own words in afterAnswer, as does the end with nobody to share with.
    if (key === shareKeys.consent) return [];
    // What they ticked is said as exactly what a yes would send, and to whom.
    if (key === shareKeys.send)
      return sendsNothing(record)
        ? []
        : [sharePreview(record, this.deps.renderer, this.templateData(record, family), family)];
    if (key === 'review.change' && (isChange(parsed) || planRecipients(record).length === 0)) return [];
    return super.acknowledge(key, parsed, record, family);
  }

  /** Says `lines` and the link to their own copy (theirs whatever they decided), and ends the review. */
  private async finish(dc: DialogContext, lines: string[]): Promise<DialogTurnResult> {
    const record = this.session(dc).record;
    const family = this.family(dc);
    const { sharing, deps } = this;
    const data = this.templateData(record, family);
    await sayWithOwnCopyLink(dc, lines, record, { sharing, renderer: deps.renderer, data, family });
    return dc.endDialog({ section: 'review' } satisfies ReviewResult);
  }
}
