import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { PlanRenderer } from '../content/planRenderer';
import type { Renderer } from '../content/renderer';
import type { AuditEntry, AuditTrail } from '../plan/audit';
import { sharedRecord } from '../plan/consentScope';
import { compileDraftPlan } from '../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import type { PlanEvents } from './planEvents';
import type { CommandName, Phrases } from './recognisers/phrases';
import { recogniseYesNo } from './recognisers/yesNo';
import { sharingKeys } from './reviewDialog';
import { RootDialog, rootDialogId } from './rootDialog';
import { SectionDialog } from './sectionDialog';
import type { Clock, SessionSource } from './session';

/** Kept in conversation state beside the dialog stack: when we last heard from them, and a pending restart. */
export interface ConversationMeta {
  lastSeenAt?: string;
  restartPending?: boolean;
  deletePending?: boolean;
}

/** What is held about a person besides their record, and how to erase it all (the person's rights). */
export interface PersonalData {
  /** How many channel identities and live own-copy links lead to the record, and its audit trail. */
  held(recordId: string): Promise<{ identities: number; links: number; history: AuditEntry[] }>;
  /** Erases the record, its identities and links. */
  erase(recordId: string): Promise<void>;
}

/** What the conversation needs from the bot. */
export interface ConversationDeps {
  dialogState: StatePropertyAccessor<DialogState>;
  meta: StatePropertyAccessor<ConversationMeta>;
  root: RootDialog;
  sections: readonly SectionDialog[];
  sessions: SessionSource;
  renderer: Renderer;
  plans: PlanRenderer;
  phrases: Phrases;
  clock: Clock;
  /** After this long away, the next message gets a recap and the question again. */
  resumeAfterMs: number;
  personalData: PersonalData;
  planEvents: PlanEvents;
  audit: AuditTrail;
}

/**
 * One turn of the preparation conversation after the safety checks: a pending "start again",
 * a return after a pause or a long gap (recap, then the same question), the commands that work
 * at every question, and otherwise the dialogs.
 */
export class Conversation {
  private readonly dialogs: DialogSet;

  constructor(private readonly deps: ConversationDeps) {
    this.dialogs = new DialogSet(deps.dialogState);
    this.dialogs.add(deps.root);
    for (const section of deps.sections) this.dialogs.add(section);
  }

  /** Handles a message, or the start of a conversation when `text` is undefined. */
  async run(context: TurnContext, text: string | undefined): Promise<void> {
    const meta = await this.deps.meta.get(context, {});
    const now = this.deps.clock();
    const away = meta.lastSeenAt ? now.getTime() - Date.parse(meta.lastSeenAt) : 0;
    meta.lastSeenAt = now.toISOString();
    const dc = await this.dialogs.createContext(context);
    const session = this.deps.sessions.get(context);

    if (meta.restartPending && text !== undefined) {
      meta.restartPending = false;
      return this.confirmRestart(dc, text);
    }
    if (meta.deletePending && text !== undefined) {
      meta.deletePending = false;
      return this.confirmDelete(dc, text);
    }
    // A command works whatever state they come back in; anything else after a pause or a long gap
    // gets a recap and the same question, rather than being taken as its answer.
    const command = text === undefined ? null : this.deps.phrases.command(text);
    const wasPaused = session.record.progress.paused;
    if (wasPaused && command !== 'pause') {
      await session.update((draft) => void (draft.progress.paused = false));
    }
    if (command) return this.command(dc, command, meta);
    if (text === undefined || wasPaused || away > this.deps.resumeAfterMs) {
      return this.resume(dc, text === undefined && !dc.activeDialog && session.record.progress.trail.length === 0);
    }
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await this.afterEnd(dc);
  }

  private async resume(dc: DialogContext, fresh: boolean): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    if (fresh) {
      await dc.beginDialog(rootDialogId);
      return;
    }
    const record = this.deps.sessions.get(dc.context).record;
    const section = this.deps.root.nextSection(record);
    const active = this.activeSection(dc);
    const at = active ?? section;
    if (!at) {
      await dc.context.sendActivity(renderer.message('resume.done', {}, channelId));
      return;
    }
    const family = channelFamily(channelId);
    await dc.context.sendActivity(
      renderer.message(
        'resume.recap',
        { part: this.deps.root.partNumber(at), partName: renderer.text(`partName.${at.section}`, {}, family) },
        channelId,
      ),
    );
    if (active) await dc.repromptDialog();
    else {
      await dc.cancelAllDialogs();
      await dc.beginDialog(rootDialogId, { quiet: true });
    }
  }

  private async command(dc: DialogContext, command: CommandName, meta: ConversationMeta): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const session = this.deps.sessions.get(dc.context);
    const active = this.activeSection(dc);
    switch (command) {
      case 'help':
        if (active) await active.help(dc);
        else await dc.context.sendActivity(renderer.message('command.nothingToDo', {}, channelId));
        return;
      case 'skip':
        if (active) await this.settle(dc, active.skip(dc));
        else await dc.context.sendActivity(renderer.message('command.nothingToDo', {}, channelId));
        return;
      case 'back':
        return this.back(dc);
      case 'pause':
        await session.update((draft) => void (draft.progress.paused = true));
        await dc.context.sendActivity(renderer.message('command.paused', {}, channelId));
        return;
      case 'restart':
        meta.restartPending = true;
        await dc.context.sendActivity({
          ...renderer.message('command.restartConfirm', {}, channelId),
          channelData: { careprep: { linkId: 'control.restart', type: 'yesno' } },
        });
        return;
      case 'change':
        await session.update((draft) => {
          for (const key of sharingKeys) delete draft.answers[key];
        });
        await this.deps.audit.append({
          actor: answeredBy(session.record),
          action: 'change',
          subject: session.record.id,
        });
        await dc.cancelAllDialogs();
        await dc.beginDialog(rootDialogId, { quiet: true });
        return;
      case 'showPlan': {
        const plan = compileDraftPlan(session.record, this.deps.plans.labels, 'own');
        await dc.context.sendActivity(
          renderer.lines([this.deps.plans.chat(plan, channelFamily(channelId))], channelId),
        );
        if (active) await dc.repromptDialog();
        return;
      }
      case 'showData':
        await dc.context.sendActivity(renderer.lines(await this.heldData(session.record, channelId), channelId));
        if (active) await dc.repromptDialog();
        return;
      case 'deleteData':
        meta.deletePending = true;
        await dc.context.sendActivity({
          ...renderer.message(
            'rights.deleteConfirm',
            { lead: renderer.text('lead.default', {}, channelFamily(channelId)) },
            channelId,
          ),
          channelData: { careprep: { linkId: 'control.delete', type: 'yesno' } },
        });
        return;
    }
  }

  /** Everything held about the person, in words: their plan, consents, safety notes, ways in, and history. */
  private async heldData(record: PreparationRecord, channelId: string): Promise<string[]> {
    const { renderer } = this.deps;
    const family = channelFamily(channelId);
    const text = (key: string, data: Record<string, string | number | undefined> = {}): string =>
      renderer.text(key, data, family);
    const day = (iso: string): string => iso.slice(0, 10);
    const held = await this.deps.personalData.held(record.id);
    const plan = compileDraftPlan(record, this.deps.plans.labels, 'own');
    const sections = (ids: readonly string[]): string => ids.map((id) => text(`planSection.${id}`)).join(', ');
    return [
      text('rights.showIntro'),
      this.deps.plans.chat(plan, family),
      text('rights.record', {
        created: day(record.createdAt),
        updated: day(record.updatedAt),
        version: record.planVersion,
      }),
      ...record.consents.map((consent) =>
        text('rights.consent', {
          at: day(consent.at),
          who: text(`rights.who.${consent.by}`),
          decision: text(`rights.decision.${consent.decision}`),
          version: consent.planVersion,
          recipients: consent.recipients.map((id) => text(`recipient.${id}`)).join(', ') || '-',
          withheld: consent.excludedSections.length > 0 ? sections(consent.excludedSections) : undefined,
        }),
      ),
      text('rights.flags', { count: record.flags.length }),
      text('rights.links', { identities: held.identities, links: held.links }),
      text('rights.history'),
      ...held.history.map((entry) =>
        text('rights.event', { at: day(entry.at), action: text(`rights.action.${entry.action}`), actor: entry.actor }),
      ),
      text('rights.deleteHint'),
    ];
  }

  /**
   * After a yes: tells recipients a shared plan is withdrawn, erases the record, identities, links
   * and this conversation's state, and leaves an audit entry (with no answers in it).
   */
  private async confirmDelete(dc: DialogContext, text: string): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const answer = recogniseYesNo(text, this.deps.phrases, dc.context.activity.locale);
    if (!answer.ok || !answer.value) {
      await dc.context.sendActivity(renderer.message('rights.deleteCancelled', {}, channelId));
      if (dc.activeDialog) await dc.repromptDialog();
      return;
    }
    const record = this.deps.sessions.get(dc.context).record;
    if (sharedRecord(record)) await this.deps.planEvents.withdrawn({ ...record, status: 'withdrawn' });
    await this.deps.personalData.erase(record.id);
    await this.deps.audit.append({ actor: answeredBy(record), action: 'delete', subject: record.id });
    await dc.cancelAllDialogs();
    await this.deps.dialogState.delete(dc.context);
    await this.deps.meta.delete(dc.context);
    await dc.context.sendActivity(renderer.message('rights.deleted', {}, channelId));
  }

  private async back(dc: DialogContext): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const family = channelFamily(channelId);
    const record = this.deps.sessions.get(dc.context).record;
    const active = this.activeSection(dc);
    if (!active) {
      await dc.context.sendActivity(renderer.message('command.nothingToDo', {}, channelId));
      return;
    }
    const previous = active.previousKey(record, active.pendingKey(dc));
    if (previous) {
      await active.askAgain(dc, previous, [renderer.text('command.back', {}, family)]);
      return;
    }
    let before = this.deps.root.sectionBefore(active);
    while (before && before.keysFor(record).length === 0) before = this.deps.root.sectionBefore(before);
    const last = before?.keysFor(record).at(-1);
    if (!before || !last) {
      await active.askAgain(dc, active.pendingKey(dc) ?? '', [renderer.text('command.backAtStart', {}, family)]);
      return;
    }
    await dc.replaceDialog(before.id, { startAt: last });
  }

  private async confirmRestart(dc: DialogContext, text: string): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const answer = recogniseYesNo(text, this.deps.phrases, dc.context.activity.locale);
    if (answer.ok && answer.value) {
      const session = this.deps.sessions.get(dc.context);
      await session.update((draft) => {
        // Safety flags and past consents are history, not answers: they survive a restart.
        const fresh = newRecord(draft.id, this.deps.clock());
        fresh.flags = draft.flags;
        fresh.consents = draft.consents;
        fresh.createdAt = draft.createdAt;
        fresh.planVersion = draft.planVersion;
        Object.assign(draft, fresh);
      });
      await dc.cancelAllDialogs();
      await dc.context.sendActivity(renderer.message('command.restarted', {}, channelId));
      await dc.beginDialog(rootDialogId, { quiet: true });
      return;
    }
    await dc.context.sendActivity(renderer.message('command.restartCancelled', {}, channelId));
    if (dc.activeDialog) await dc.repromptDialog();
  }

  private async settle(dc: DialogContext, step: Promise<unknown>): Promise<void> {
    await step;
    if (!dc.activeDialog) await this.afterEnd(dc);
  }

  /** When the dialog stack is empty: start, or pick up where the record says. */
  private async afterEnd(dc: DialogContext): Promise<void> {
    const record = this.deps.sessions.get(dc.context).record;
    if (this.deps.root.nextSection(record)) {
      await dc.beginDialog(rootDialogId, { quiet: record.progress.trail.length > 0 });
      return;
    }
    await dc.context.sendActivity(this.deps.renderer.message('command.nothingToDo', {}, dc.context.activity.channelId));
  }

  private activeSection(dc: DialogContext): SectionDialog | undefined {
    const id = dc.activeDialog?.id;
    return this.deps.sections.find((section) => section.id === id);
  }
}
