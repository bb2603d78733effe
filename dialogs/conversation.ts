import type { TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, type DialogContext } from 'botbuilder-dialogs';
import { answeredBy, subjectName, textAnswer } from '../plan/recordView';
import { MeantAnswer } from './answerMeant';
import { ConfirmationDialog, confirmationDialogId } from './confirmationDialog';
import { ControlWords } from './controlWords';
import { personWords } from './crisisAbout';
import type { ConversationDeps } from './conversationDeps';
import { HeldCutOff } from './heldCutOff';
import { messageText } from './messageText';
import { SharedMemoryConfiguration } from './memoryConfiguration';
import { PersonalDataRights } from './personalDataRights';
import { QuestionToChange } from './questionToChange';
import { commandSaid, requestSaid } from './recognisers/commandSaid';
import { greetsWithName } from './recognisers/greetingWithName';
import { RecentMessage } from './recentMessage';
import { ResultCorrections } from './resultCorrections';
import { SentTold } from './sentTold';
import { YoungCarer } from './youngCarer';
import { ResultsAgain } from './resultsAgain';
import { Resumption } from './resumption';
import { SentUnseen } from './sentUnseen';
import { askSafetyQuestionAgain } from './safetyQuestionAgain';
import { greetsFirst } from './greetingFirst';
import { PartTakeBack } from './partTakeBack';
import { PartShareAgain } from './partShareAgain';
import { ShareAfterAll } from './shareAfterAll';
import { SharingWithdrawal } from './sharingWithdrawal';
import { takeStoredPendingFlag } from './storedPendingFlags';

/**
 * One turn of the preparation conversation after the safety checks: first, any result the care
 * team corrected since the person saw it; then the answer to a confirmation waiting ("start again?", "delete my data?"), a return after a pause or a long gap (recap, then
 * the same question), the commands that work at every question, a new result offered as a visit
 * begins, and otherwise the dialogs.
 */
export class Conversation {
  /**
   * "HELLO ITS BERT AGAIN": a greeting with a name already given, except where a person is asked
   * about: a name question, or one about other people ("Who helps and supports Ron? It could be
   * you…"), where "me, Sam" is the answer.
   */
  private greetsByName(dc: DialogContext, text: string): boolean {
    const active = this.resumption.activeSection(dc);
    const waiting = active?.pendingKey(dc);
    if (waiting !== undefined && (active?.nameAsked(waiting) !== undefined || active?.asksAboutOthers(waiting))) {
      return false;
    }
    const { record } = this.deps.sessions.get(dc.context);
    const names = [subjectName(record), textAnswer(record, 'respondent.name')].filter((name) => name !== undefined);
    return greetsWithName(text, names, this.deps.phrases);
  }

  private readonly dialogs: DialogSet;
  private readonly resumption: Resumption;
  private readonly rights: PersonalDataRights;
  private readonly controlWords: ControlWords;
  private readonly confirmation: ConfirmationDialog;
  private readonly corrections: ResultCorrections;
  private readonly sentTold: SentTold;
  private readonly youngCarer: YoungCarer;
  private readonly resultsAgain: ResultsAgain;
  private readonly questionToChange: QuestionToChange;
  private readonly meantAnswer: MeantAnswer;
  private readonly shareAfterAll: ShareAfterAll;
  private readonly partTakeBack: PartTakeBack;
  private readonly partShareAgain: PartShareAgain;
  private readonly memory = new SharedMemoryConfiguration();
  /** A cut-off answer the question waiting holds, for the crisis screen to see joined to what follows. */
  readonly held: HeldCutOff;
  /** The message before this one, for the crisis screen to read with it when they came in a burst. */
  readonly recent: RecentMessage;
  /** The question the last replies asked, and when: a message that came in before it is noted so. */
  readonly unseen: SentUnseen;

  constructor(private readonly deps: ConversationDeps) {
    this.held = new HeldCutOff(deps);
    this.recent = new RecentMessage(deps);
    this.unseen = new SentUnseen(deps);
    this.dialogs = new DialogSet(deps.dialogState);
    this.dialogs.add(deps.root);
    for (const section of deps.sections) this.dialogs.add(section);
    this.resumption = new Resumption(deps);
    this.rights = new PersonalDataRights(deps);
    this.corrections = new ResultCorrections(deps);
    this.sentTold = new SentTold(deps);
    this.youngCarer = new YoungCarer(deps);
    const withdrawal = new SharingWithdrawal(deps);
    this.resultsAgain = new ResultsAgain(deps);
    this.controlWords = new ControlWords(deps, this.resumption, this.rights, withdrawal, this.resultsAgain);
    this.questionToChange = new QuestionToChange(deps, this.resumption);
    this.meantAnswer = new MeantAnswer(deps, this.resumption);
    this.shareAfterAll = new ShareAfterAll(deps);
    this.partTakeBack = new PartTakeBack(deps);
    this.partShareAgain = new PartShareAgain(deps);
    this.confirmation = new ConfirmationDialog(deps, {
      restart: (dc) => this.controlWords.restart(dc),
      delete: (dc) => this.rights.deleteAll(dc),
      withdraw: (dc) => withdrawal.withdraw(dc),
      keepBack: (dc, options) => withdrawal.keepBack(dc, options.section),
      takeBackPart: (dc, options) => this.partTakeBack.takeBack(dc, options.sections),
      sharePart: (dc, options) => this.partShareAgain.share(dc, options.sections),
      // Going through it starts the results part afresh: nothing under the offer is left waiting.
      newResults: async (dc) => {
        await dc.cancelAllDialogs();
        await this.resultsAgain.show(dc, undefined);
      },
    });
    this.dialogs.add(this.confirmation);
  }

  /**
   * Handles a message, or the start of a conversation when `text` is undefined. A `held` answer
   * (one the crisis check-in kept while it asked) is the answer to the question it was given at,
   * however long they took to say "no": it is never read as a command, a greeting or a return.
   * At a confirmation it answers nothing: words that raised a check-in never start again or delete,
   * so the confirmation is asked again.
   *
   * A confirmation reads only the message that comes straight after it. After a pause (which a
   * crisis reply ends with) or a long gap, or a start with no message, it lapses, saying nothing
   * was done, and the return is handled as any other: a "yes" days later, or to "send any message
   * and we will carry on", neither starts again nor deletes anything.
   *
   * `onlySafetyQuestion` (a channel's messages turned back on) asks only a safety question waiting.
   */
  async run(
    context: TurnContext,
    text: string | undefined,
    options: { held?: boolean; onlySafetyQuestion?: boolean } = {},
  ): Promise<void> {
    const meta = await this.deps.meta.get(context, {});
    const now = this.deps.clock();
    // Messages turned back on (SMS START after STOP): the safety question waiting and nothing else;
    // with none waiting and an answer given, "Welcome back", where they are and the question
    // waiting, so the next message answers a question they have just seen, never one last shown
    // before STOP (explorer 29, H391).
    if (options.onlySafetyQuestion) {
      if (await askSafetyQuestionAgain(context, this.deps)) meta.lastSeenAt = now.toISOString();
      else if (this.deps.sessions.get(context).record.progress.trail.length > 0) {
        meta.lastSeenAt = now.toISOString();
        await this.deps.sessions.get(context).update((draft) => void (draft.progress.paused = false));
        this.memory.lend(context);
        const dc = await this.dialogs.createContext(context);
        this.memory.keep(dc);
        await this.resumption.resume(dc, false, 'resume.recap');
      }
      return;
    }
    const away = meta.lastSeenAt ? now.getTime() - Date.parse(meta.lastSeenAt) : 0;
    // A chat that has never been heard from, on a record already under way: another channel
    // joined to it, or a reply to a reminder text. They get the recap, then the question they were on.
    const newHere = meta.lastSeenAt === undefined;
    meta.lastSeenAt = now.toISOString();
    // Only the message straight after a recap answers it.
    const afterRecap = meta.recapped === true;
    delete meta.recapped;
    // Starting again with no message while a safety question waits: that question, before anything
    // else (a corrected result, a recap, the routine question they were at).
    if (text === undefined && (await askSafetyQuestionAgain(context, this.deps))) return;
    this.memory.lend(context);
    const dc = await this.dialogs.createContext(context);
    this.memory.keep(dc);
    const session = this.deps.sessions.get(context);
    if (text !== undefined) await this.unseen.read(context);
    // A plan that reached the lead contact since, and a result corrected since they saw it, are told
    // first, whatever the message goes on to do (H490).
    await this.sentTold.tell(context);
    await this.youngCarer.follow(context, text);
    await this.corrections.tell(context);
    const wasPaused = session.record.progress.paused;
    // The message straight after a clear "I'm safe", soon after it, may answer the question waiting (H433).
    const afterSafe = session.record.progress.afterSafe === true && away <= this.deps.resumeAfterMs;
    if (session.record.progress.afterSafe) await session.update((draft) => void (draft.progress.afterSafe = undefined));
    // Back after a pause or a long gap: they get a recap, and a confirmation left waiting lapses.
    const returning = wasPaused || away > this.deps.resumeAfterMs;

    // State stored when a confirmation waited as a flag: asked again, reading nothing from the message.
    const stored = takeStoredPendingFlag(meta);
    if (stored) {
      await dc.beginDialog(confirmationDialogId, { kind: stored });
      return;
    }
    if (this.confirmation.waiting(dc)) {
      if (options.held) return dc.repromptDialog();
      if (text !== undefined && !returning) return this.answer(dc);
      await this.confirmation.withdraw(dc);
    }
    if (options.held && text !== undefined && dc.activeDialog) return this.answer(dc);
    // A command works whatever state they come back in; anything else after a pause or a long gap
    // gets a recap and the same question, rather than being taken as its answer.
    // A question asking if there is anything more reads "no more questions" as its answer, not as a
    // command; one where no clear no hides a risk reads "pass" as no clear no, not as a skip; one
    // taking agreement as a yes reads "go on" as one, except straight after a recap.
    // A carer asks in the person's terms ("delete Ron's data") as the person would for themselves.
    const carerFor = answeredBy(session.record) === 'carer' ? personWords(session.record) : undefined;
    const lead = session.record.leadContact?.name;
    const said = text === undefined ? null : commandSaid(text, this.deps.phrases, carerFor, lead);
    const active = this.resumption.activeSection(dc);
    // A request in a sentence of its own ("sorry, who is this?", "can you delete everything") is
    // one as its command's words are, except where only a clear no is no: there anything but the
    // listed words is read as a reply to the question (H49, H115).
    const asked = said === null && text !== undefined ? requestSaid(text, this.deps.phrases, carerFor) : undefined;
    const inWords = asked?.kind === 'command' && !active?.asksAboutRisk(dc) ? asked : undefined;
    const listed = said !== null && !active?.answersCommand(dc, text ?? '', afterRecap) ? said : null;
    const command =
      said === null && inWords && !active?.answersCommand(dc, inWords.core, afterRecap) ? inWords.command : listed;
    // Asking whether it is saved keeps a pause: they may be going (explorer 28, H334).
    if (wasPaused && command !== 'pause' && command !== 'savedAsk') {
      await session.update((draft) => void (draft.progress.paused = false));
    }
    if (command) return this.controlWords.run(dc, command, returning);
    // A photo or file with no words (an MMS picture): said that pictures are not seen, and the
    // question asked again; never "I didn't get that", as if they had typed something wrong (H392).
    if (text === '' && (context.activity.attachments ?? []).length > 0 && dc.activeDialog) {
      await context.sendActivity(this.deps.renderer.message('media.notSeen', {}, context.activity.channelId));
      return void (await dc.repromptDialog());
    }
    // Naming an earlier question to change its answer works as a command does, at any question.
    if (text !== undefined && !options.held && (await this.questionToChange.asked(dc, text))) return;
    // "Hi, sorry for the delay" greets as "hi" does.
    const greeting =
      text !== undefined &&
      (this.deps.phrases.is('greeting', text) || asked?.kind === 'greeting' || this.greetsByName(dc, text));
    const joinedHere = newHere && !dc.activeDialog && session.record.progress.trail.length > 0;
    // A visit begins (a start, a return, a greeting, or a message after finishing): a new result of
    // one they went through is offered first, once. Never over an answer a check-in held.
    const visit = text === undefined || returning || joinedHere || greeting || !dc.activeDialog;
    if (visit && !options.held && this.resultsAgain.due(session.record)) return this.resultsAgain.offer(dc);
    // "Hello" or "I'm back" with a question waiting greets us; it never answers that question.
    if (greeting && dc.activeDialog) return this.resumption.greeted(dc, returning);
    // "Hello, good morning, I was told to use this" with nothing answered yet greets too (H323).
    const first =
      text !== undefined && !returning && !options.held ? greetsFirst(dc, text, active, this.deps) : undefined;
    if (first?.kind === 'greets' && text !== undefined) return this.resumption.greetedFirst(dc, text);
    // "Hello, me": the words after the greeting are the answer, read as the question reads any.
    if (first?.kind === 'answers') context.activity.text = first.rest;
    // Arriving again with nothing answered and not away long (a code typed as the first message):
    // the question waiting once, never "welcome back" to someone on their first visit.
    if (text === undefined && !returning && dc.activeDialog && session.record.progress.trail.length === 0)
      return void (await dc.repromptDialog());
    if (afterSafe && text !== undefined && !joinedHere && active?.answersAfterSafe(dc, text)) return this.answer(dc);
    if (text === undefined || returning || joinedHere) {
      return this.resumption.resume(
        dc,
        text === undefined && !dc.activeDialog && session.record.progress.trail.length === 0,
        'resume.recap',
        text,
        away > this.deps.resumeAfterMs,
      );
    }
    // The answer before put right ("sorry I meant COPD"): changed there, and this question asked again.
    if (await this.meantAnswer.corrected(dc, text)) return;
    return this.answer(dc);
  }

  /**
   * The message answers the question waiting; when the stack empties, pick up from the record,
   * unless, the preparation finished, it asks to change a part of the plan by name, or to send it
   * after all.
   */
  private async answer(dc: DialogContext): Promise<void> {
    const result = await dc.continueDialog();
    if (result.status !== DialogTurnStatus.empty) return;
    // A new name once finished ("call me Bob now"): changed, and the plan shown afresh.
    const text = messageText(dc.context);
    const change = (at: DialogContext): Promise<void> => this.controlWords.change(at);
    if (text !== undefined && (await this.questionToChange.onceFinished(dc, text, change))) return;
    if (await this.controlWords.changeAsked(dc)) return;
    if (await this.shareAfterAll.asked(dc)) return;
    // Before a take-back: "put my mood answers back in" asks for a part back in what is shared.
    if (await this.partShareAgain.asked(dc)) return;
    if (await this.partTakeBack.asked(dc)) return;
    await this.resumption.afterEnd(dc);
  }
}
