/**
 * The words that work at every question: help, skip, back, pause, start again, change, show my plan, who sees it,
 * results, where was I, carry on, the appointment, what the service is, and the person's rights. "Start again" and
 * "delete my data" are confirmed first, on top of the question waiting.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { SectionId } from '../content/packs/packSchema';
import { compileDraftPlan } from '../plan/draftPlan';
import { newRecord, type PreparationRecord } from '../plan/record';
import { answeredBy, moodScreenPositive } from '../plan/recordView';
import { resultsKeptOnRestart } from '../plan/results/resultQuestions';
import { AnsweredRequests } from './answeredRequests';
import { confirmationDialogId, type ConfirmationOptions } from './confirmationDialog';
import type { ConversationDeps } from './conversationDeps';
import type { PersonalDataRights } from './personalDataRights';
import type { CommandName } from './recognisers/phraseLists';
import type { ResultsAgain } from './resultsAgain';
import type { Resumption } from './resumption';
import type { SharingWithdrawal } from './sharingWithdrawal';
import { GoalsDialog } from './goalsDialog';
import { messageText } from './messageText';
import type { GoalToRemove } from './recognisers/goalToRemove';
import { RecordAccess } from './recordAccess';
import { ReviewDialog } from './reviewDialog';
import { sharingKeys } from './reviewAnswers';
import { rootDialogId, type RootOptions } from './rootDialog';
import type { SectionDialog } from './sectionDialog';
import { questionData } from './sectionPrompt';
import type { SectionOptions } from './sectionTypes';

/** What the control words need from the conversation. */
export type ControlWordsDeps = Pick<
  ConversationDeps,
  | 'root'
  | 'sections'
  | 'sessions'
  | 'renderer'
  | 'plans'
  | 'clock'
  | 'audit'
  | 'leadCopies'
  | 'ownCopyLinks'
  | 'continueCodes'
  | 'continueBy'
  | 'mobiles'
  | 'phrases'
  | 'retentionDays'
>;

/** Beyond the part to change: how the record changes with it, and a goal asked to take out first. */
interface ChangeAsked {
  edit?: (draft: PreparationRecord) => void;
}

/** Carries out a control word, whichever section is asking. */
export class ControlWords {
  private readonly requests: AnsweredRequests;
  private readonly access: RecordAccess;

  constructor(
    private readonly deps: ControlWordsDeps,
    private readonly resumption: Resumption,
    private readonly rights: PersonalDataRights,
    private readonly withdrawal: SharingWithdrawal,
    private readonly resultsAgain: ResultsAgain,
  ) {
    this.requests = new AnsweredRequests(deps);
    this.access = new RecordAccess(deps);
  }

  /** Does what `command` asks; `returning` (after a pause or a long gap), a request answered is then recapped (H393). */
  async run(dc: DialogContext, command: CommandName, returning = false): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const session = this.deps.sessions.get(dc.context);
    const active = this.resumption.activeSection(dc);
    switch (command) {
      case 'help':
        if (active && returning) return this.resumption.again(dc, true, active.helpLines(dc));
        if (active) await active.help(dc);
        else await dc.context.sendActivity(renderer.message('command.nothingToDo', {}, channelId));
        return;
      case 'skip':
        if (active) await this.settle(dc, active.skip(dc));
        else await dc.context.sendActivity(renderer.message('command.nothingToDo', {}, channelId));
        return;
      case 'back':
        return this.back(dc);
      case 'removeAnswer':
        return this.back(dc, true);
      case 'pause': {
        await session.update((draft) => void (draft.progress.paused = true));
        // Stopping with a low mood raised, or at a question about a risk: where to get help meanwhile (H59).
        const lowMood = moodScreenPositive(session.record) || active?.asksAboutRisk(dc) === true;
        const data = questionData(session.record, renderer, channelFamily(channelId));
        await dc.context.sendActivity(
          renderer.message(lowMood ? 'command.pausedLowMood' : 'command.paused', data, channelId),
        );
        return;
      }
      case 'restart':
        await dc.beginDialog(confirmationDialogId, { kind: 'restart' } satisfies ConfirmationOptions);
        return;
      case 'change':
        return this.change(dc);
      case 'showPlan': {
        const plan = compileDraftPlan(session.record, this.deps.plans.labels, 'own', {
          heldVersion: await this.deps.leadCopies.heldVersion(session.record),
        });
        await dc.context.sendActivity(
          renderer.lines([this.deps.plans.chat(plan, channelFamily(channelId))], channelId),
        );
        if (active) await this.resumption.again(dc, returning);
        return;
      }
      case 'whereAmI':
        // Asked, not answered: where they are and the question again; at the end, where the plan stands.
        return this.resumption.resume(dc, false, 'resume.where');
      case 'carryOn':
        // Going on, as the recap asked: the question waiting again, nothing noted.
        return this.resumption.carryOn(dc);
      case 'whoSees':
      case 'whoIsLead':
      case 'sendElsewhere':
      case 'sendToTeam':
      case 'appointment':
      case 'whoAnswers':
      case 'toAPerson':
      case 'whatFor':
        await this.requests.answer(dc, command);
        if (active) await this.resumption.again(dc, returning);
        return;
      case 'howFar':
        // Where they are and that they can stop, then the question again; at the end, that it is done.
        return this.resumption.resume(dc, false, 'resume.howFar');
      case 'savedAsk':
        // Paused, they stay so: the answer says to come back; else the question waiting again.
        await this.requests.answer(dc, command);
        if (active && !session.record.progress.paused) await dc.repromptDialog();
        return;
      case 'showData':
        await this.rights.show(dc);
        if (active) await dc.repromptDialog();
        return;
      case 'stopTexting':
        await dc.context.sendActivity(renderer.message('command.stopTexting', {}, channelId));
        return;
      case 'stopLink':
        await this.access.stopLink(dc);
        if (active) await dc.repromptDialog();
        return;
      case 'continueElsewhere':
        await this.access.continueElsewhere(dc);
        if (active) await dc.repromptDialog();
        return;
      case 'notMyPhone':
        await this.access.notMyPhone(dc);
        if (active) await dc.repromptDialog();
        return;
      case 'withdrawSharing':
        // Asked whether to share, it is a no; anywhere else it is about what is already shared.
        if (active?.asksToShare(dc)) return this.settle(dc, active.declineSharing(dc));
        return this.withdrawal.asked(dc, active);
      case 'showResults':
        return this.resultsAgain.show(dc, active);
      case 'stopResults':
        return this.resultsAgain.stop(dc, active);
      case 'deleteData':
        await dc.beginDialog(confirmationDialogId, { kind: 'delete' } satisfies ConfirmationOptions);
        return;
    }
  }

  /**
   * Opens the plan for changes: what was chosen to send and the consent are cleared (they covered
   * the plan as it was), and the journey goes on from the record, to "anything to change?", or with
   * `part` straight to that part gone through again, then back to it, as picking it there does.
   */
  async change(dc: DialogContext, part?: SectionId, more: ChangeAsked = {}): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    await session.update((draft) => {
      for (const key of sharingKeys) delete draft.answers[key];
      more.edit?.(draft);
    });
    await this.deps.audit.append({
      actor: answeredBy(session.record),
      action: 'change',
      subject: session.record.id,
      ...(part ? { detail: { section: part, planVersion: session.record.planVersion } } : {}),
    });
    await dc.cancelAllDialogs();
    await dc.beginDialog(rootDialogId, { quiet: true, change: part } satisfies RootOptions);
  }

  /**
   * Asks whether to take out the goal `goal` names, once the plan is finished. Nothing is cleared yet: a no leaves
   * the plan, what was chosen to send and the consent as they were (H64); a yes changes the plan, and goals clear them.
   */
  private async takeOutAsked(dc: DialogContext, goal: GoalToRemove): Promise<void> {
    await dc.cancelAllDialogs();
    await dc.beginDialog(rootDialogId, { quiet: true, change: 'goals', takeOutGoal: goal } satisfies RootOptions);
  }

  /**
   * Words after the preparation is finished that ask to change a part by name ("I want to change
   * my goal"): that part is opened for changes, as "change" and then picking it would; to take a
   * goal out ("remove my goal"), which is asked first; or to add a goal, which is asked for next.
   * False for anything else, and before the end, where such words may be an answer.
   */
  async changeAsked(dc: DialogContext): Promise<boolean> {
    const text = messageText(dc.context);
    const record = this.deps.sessions.get(dc.context).record;
    if (text === undefined || this.deps.root.nextSection(record)) return false;
    const goals = this.deps.sections.find((section): section is GoalsDialog => section instanceof GoalsDialog);
    const ofGoals = goals?.askedOnceFinished(text);
    if (goals && ofGoals) {
      const at = this.deps.clock().toISOString();
      if (ofGoals === 'add') await this.change(dc, undefined, { edit: (draft) => goals.openToAdd(draft, at) });
      else await this.takeOutAsked(dc, ofGoals.takeOut);
      return true;
    }
    const review = this.deps.sections.find((section): section is ReviewDialog => section instanceof ReviewDialog);
    const part = review?.partAskedFor(text, record);
    if (!part) return false;
    await this.change(dc, part);
    return true;
  }

  /**
   * After a yes to "start again?": clears the answers and begins again, with every dialog on the
   * stack cancelled. What the care team sent is kept and gone through again as new.
   */
  async restart(dc: DialogContext): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    await session.update((draft) => {
      // Safety flags and past consents are history, not answers: they survive a restart. So do the
      // care team's results, the lead contact and the plan they were sent: they are not answers, the
      // lead contact still holds the plan, and taking it back or deleting must still reach them.
      const fresh = newRecord(draft.id, this.deps.clock());
      fresh.flags = draft.flags;
      fresh.consents = draft.consents;
      fresh.createdAt = draft.createdAt;
      fresh.planVersion = draft.planVersion;
      fresh.results = resultsKeptOnRestart(draft.results);
      fresh.shared = draft.shared;
      fresh.sharedEarlier = draft.sharedEarlier;
      fresh.leadContact = draft.leadContact;
      Object.assign(draft, fresh);
      // Parts kept back go with the answers they were about.
      delete draft.keptBack;
    });
    await dc.cancelAllDialogs();
    const results = session.record.results.items.length > 0;
    await dc.context.sendActivity(
      this.deps.renderer.message('command.restarted', { results }, dc.context.activity.channelId),
    );
    await dc.beginDialog(rootDialogId, { quiet: true });
  }

  /**
   * Asks the answer given last again, with what they said. `remove` ("delete my answer") says how
   * to take it out instead: 'skip' where it may be left out, a new answer where one is needed.
   * Nothing is taken out until they say so at that question.
   */
  private async back(dc: DialogContext, remove = false): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const family = channelFamily(channelId);
    const record = this.deps.sessions.get(dc.context).record;
    const active = this.resumption.activeSection(dc);
    if (!active) {
      await dc.context.sendActivity(renderer.message('command.nothingToDo', {}, channelId));
      return;
    }
    const said = (section: SectionDialog, key: string): string[] =>
      remove ? [renderer.text('command.backToRemove', { mayLeaveOut: section.mayLeaveOut(key) }, family)] : [];
    const previous = active.previousKey(record, active.pendingKey(dc));
    if (previous) {
      const words = remove ? said(active, previous) : [renderer.text('command.back', {}, family)];
      await active.askAgain(dc, previous, words);
      return;
    }
    let before = this.deps.root.sectionBefore(active);
    while (before && before.keysFor(record).length === 0) before = this.deps.root.sectionBefore(before);
    const last = before?.keysFor(record).at(-1);
    if (!before || !last) {
      await active.askAgain(dc, active.pendingKey(dc) ?? '', [renderer.text('command.backAtStart', {}, family)]);
      return;
    }
    await dc.replaceDialog(before.id, { startAt: last, preface: said(before, last) } satisfies SectionOptions);
  }

  private async settle(dc: DialogContext, step: Promise<unknown>): Promise<void> {
    await step;
    if (!dc.activeDialog) await this.resumption.afterEnd(dc);
  }
}
