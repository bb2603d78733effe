import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext, type DialogState } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { PlanRenderer } from '../content/planRenderer';
import type { Renderer } from '../content/renderer';
import { compileDraftPlan } from '../plan/draftPlan';
import { newRecord } from '../plan/record';
import type { CommandName, Phrases } from './recognisers/phrases';
import { recogniseYesNo } from './recognisers/yesNo';
import { RootDialog, rootDialogId } from './rootDialog';
import { SectionDialog } from './sectionDialog';
import type { Clock, SessionSource } from './session';

/** Kept in conversation state beside the dialog stack: when we last heard from them, and a pending restart. */
export interface ConversationMeta {
  lastSeenAt?: string;
  restartPending?: boolean;
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
          delete draft.answers['review.change'];
          delete draft.answers['share.consent'];
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
    }
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
