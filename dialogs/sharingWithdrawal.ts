/**
 * Taking a shared plan back without deleting anything ("withdraw consent", "unshare", "I don't
 * want my nurse to see this"). The person decides who sees their plan, and may change their mind
 * after sharing: asked first, naming whom it was shared with; once confirmed the plan is marked
 * withdrawn and the lead contact is told the way a delete tells them. Their answers stay.
 *
 * Before sharing, the same words said at a question are never its answer: they ask whether to keep
 * that part of the plan from the lead contact, and a yes keeps it out of what is offered to send.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { channelFamily } from '../content/channels';
import type { TemplateData } from '../content/renderer';
import { optionalSectionOf, optionalSections, sharedRecord, type OptionalSection } from '../plan/consentScope';
import type { PlanEvents } from '../plan/planEvents';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { confirmationDialogId, type ConfirmationOptions } from './confirmationDialog';
import type { ConversationDeps } from './conversationDeps';
import { noteDone } from './doneInTurn';
import type { SectionDialog } from './sectionDialog';
import { questionData } from './sectionPrompt';

/** What taking a plan back needs from the conversation. */
export type SharingWithdrawalDeps = Pick<
  ConversationDeps,
  'sessions' | 'renderer' | 'planEvents' | 'leadCopies' | 'audit'
>;

/**
 * Tells whoever holds `record`'s shared plan that it is taken back, as a withdrawn record with
 * nothing of the plan in it once the delivery queue has it. False, telling nobody, when no plan is
 * shared now. Resolves once the withdrawal is queued, not delivered.
 */
export async function tellTakenBack(events: PlanEvents, record: PreparationRecord): Promise<boolean> {
  if (sharedRecord(record) === undefined) return false;
  await events.withdrawn({ ...record, status: 'withdrawn' });
  return true;
}

/** "Withdraw consent" and its kin, at any point of the conversation. */
export class SharingWithdrawal {
  constructor(private readonly deps: SharingWithdrawalDeps) {}

  /**
   * Asks whether to take back a shared plan. With none shared, at a question in a part of the plan
   * that may be kept back, asks whether to keep that part from the lead contact; otherwise says
   * nothing is shared (naming the lead contact, so the person knows nobody has it) and asks the
   * question waiting, if any, again.
   */
  async asked(dc: DialogContext, active: SectionDialog | undefined): Promise<void> {
    const record = this.deps.sessions.get(dc.context).record;
    if (sharedRecord(record) !== undefined) {
      await dc.beginDialog(confirmationDialogId, { kind: 'withdraw' } satisfies ConfirmationOptions);
      return;
    }
    const pending = active?.pendingKey(dc);
    const section = pending === undefined ? undefined : optionalSectionOf(pending);
    if (section && record.leadContact) {
      await dc.beginDialog(confirmationDialogId, { kind: 'keepBack', section } satisfies ConfirmationOptions);
      return;
    }
    await this.say(dc, 'withdraw.nothingShared');
    if (active) await dc.repromptDialog();
  }

  /**
   * After a yes to keeping `section` back: noted on the record, so it is never offered to send.
   * The section comes back from stored dialog state, so it is checked, not trusted.
   */
  async keepBack(dc: DialogContext, section: unknown): Promise<void> {
    const part = z.enum(optionalSections).safeParse(section);
    if (!part.success) return;
    await this.deps.sessions.get(dc.context).update((draft) => {
      draft.keptBack = [...new Set([...(draft.keptBack ?? []), part.data])];
    });
    await this.say(dc, 'withdraw.keptBack', { part: part.data });
  }

  /**
   * After a yes: marks the plan withdrawn (so the export and the coordinator's list stop showing
   * it), audits it and queues the note to the lead contact, all stored at once in one transaction,
   * and only then says it is done. Whether the lead contact has a copy is read once the withdrawal
   * is queued, which drops a plan still waiting to go: one never sent to them is said never to be
   * sent, not to be a copy they hold; one being sent just then may have reached them, and is said so.
   * Once stored it stands even if the rest of the turn fails, and the apology says so.
   */
  async withdraw(dc: DialogContext): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    const before = session.record;
    await session.update((draft) => void (draft.status = 'withdrawn'));
    // Waits with the change, so an entry that cannot be written takes nothing back (H214).
    await this.deps.audit.append({ actor: answeredBy(before), action: 'withdraw', subject: before.id });
    if (await tellTakenBack(this.deps.planEvents, before))
      noteDone(dc.context, { key: 'error.turnTakenBack', data: this.data(dc) });
    // Being sent as it was taken back: it may have arrived, so it is never said to be unsent.
    const { unsent, sending } = await this.deps.leadCopies.standing(before, true);
    await this.say(dc, 'withdraw.done', { unsent, sending });
  }

  /**
   * Says `key` with the names every question uses, the words for a plan section `part` if given,
   * and whether the plan taken back was `unsent`.
   */
  private async say(
    dc: DialogContext,
    key: string,
    about: { part?: OptionalSection; unsent?: boolean; sending?: boolean } = {},
  ): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const data = this.data(dc);
    const part = about.part ? { part: renderer.text(`planSection.${about.part}`, data, channelFamily(channelId)) } : {};
    const { unsent, sending } = about;
    await dc.context.sendActivity(renderer.message(key, { ...data, ...part, unsent, sending }, channelId));
  }

  /** The names every question uses (the lead contact's, and the person's to a carer). */
  private data(dc: DialogContext): TemplateData {
    const record = this.deps.sessions.get(dc.context).record;
    return questionData(record, this.deps.renderer, channelFamily(dc.context.activity.channelId));
  }
}
