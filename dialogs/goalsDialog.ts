import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { TemplateData } from '../content/renderer';
import { askForAnotherGoal } from '../plan/goalAdding';
import { takeGoalOut } from '../plan/goalRemoval';
import type { AuditTrail } from '../plan/audit';
import { sharedRecord } from '../plan/consentScope';
import type { LeadContactCopies } from '../plan/planEvents';
import type { Recognised } from '../plan/recognised';
import type { Answer, PreparationRecord } from '../plan/record';
import { answeredBy, conditions, textAnswer } from '../plan/recordView';
import { confirmationDialogId, confirmedYes, type ConfirmationOptions, type GoalToTakeOut } from './confirmationDialog';
import { cardLinkId, messageText } from './messageText';
import { goalToChange, numberedGoal, type GoalToChange } from './recognisers/goalToChange';
import { asksToAddGoal } from './recognisers/goalToAdd';
import { goalToRemove, type GoalToRemove } from './recognisers/goalToRemove';
import { recogniseScoreCorrection, type ScoreCorrection } from './recognisers/scoreCorrection';
import { goalAcknowledgement, goalReturnedTo } from './goalAcknowledgement';
import { goalAnswersToGoOver } from './goalGoOver';
import { goalCorrected, goalTalkedAbout, restatedScore, scoreChange, type Say } from './goalScoreChange';
import { goalHeardForLater, goalInPlaceOfYesHeard, type HeardForLater } from './goalHeardForLater';
import { goalToTakeOut } from './goalToTakeOut';
import { sharingKeys } from './reviewAnswers';
import type { Parsed } from './sectionAnswers';
import { SectionDialog } from './sectionDialog';
import type { GoOver, SectionDeps, SectionOptions, SectionResult, SectionState } from './sectionTypes';

export const goalsDialogId = 'goalsDialog';

/** Goal ideas offered to someone stuck for one: few enough to read on a phone. */
const examplesWhenStuck = 3;

/** What taking a goal out of a plan already shared needs: what the lead contact holds, and the audit log. */
export interface GoalsSharingDeps {
  copies: LeadContactCopies;
  audit: AuditTrail;
}

/** Part 3: one to three goals, each with importance, action, barriers and confidence. */
export class GoalsDialog extends SectionDialog {
  /**
   * Below this confidence the step is worth making smaller or supporting more (DOMAIN.md): the
   * packs' own test for asking `goal.N.moreLikely`, so the acknowledgement and the question agree.
   */
  private readonly lowConfidenceBelow: number;
  /** As many goals as the packs allow: the last has no "another goal?" after it. */
  private readonly mostGoals: number;

  constructor(
    deps: SectionDeps,
    private readonly sharing: GoalsSharingDeps,
  ) {
    super(goalsDialogId, 'goals', deps);
    const when = deps.library.question('goal.N.moreLikely').when;
    const tests = when === undefined || 'rule' in when ? [] : 'anyOf' in when ? when.anyOf : [when];
    this.lowConfidenceBelow = tests.find((test) => test.below !== undefined)?.below ?? 0;
    this.mostGoals = deps.library.question('goal.N.text').repeat?.times ?? 1;
  }

  /**
   * Begun once the plan is finished to take a goal out ("remove my goal"): that is asked first,
   * naming the goal; otherwise the goals begin as ever.
   */
  override async beginDialog(dc: DialogContext, options?: SectionOptions): Promise<DialogTurnResult> {
    if (options?.takeOutGoal === undefined) return super.beginDialog(dc, options);
    dc.activeDialog!.state = { attempts: 0, revisit: true, revisited: [] } satisfies SectionState;
    return this.askToTakeOut(dc, undefined, options.takeOutGoal);
  }

  /** What words said once the plan is finished ask: to take a goal out ("remove my goal"), to add one, or nothing. */
  askedOnceFinished(text: string): { takeOut: GoalToRemove } | 'add' | undefined {
    const takeOut = goalToRemove(text, this.deps.phrases);
    if (takeOut !== undefined) return { takeOut };
    return asksToAddGoal(text, this.deps.phrases) ? 'add' : undefined;
  }

  /** Asked to add a goal once they are done: a yes to another goal, so the next is asked (see `askForAnotherGoal`). */
  openToAdd(draft: PreparationRecord, at: string): void {
    askForAnotherGoal(draft, this.mostGoals, at);
  }

  /**
   * At whichever question of the goals it is said, a goal's score given by its name ("actually my
   * importance is 9 not 5") is that score, "change my first goal" goes to that goal, and "remove
   * this goal" asks whether to take that goal out; anything else answers the question waiting.
   */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.pendingKey(dc);
    const text = messageText(dc.context);
    if (key && text !== undefined && cardLinkId(dc.context) === undefined) {
      const correction =
        recogniseScoreCorrection(text, this.deps.phrases) ??
        restatedScore(this.session(dc).record, key, text, this.deps.phrases);
      const changed = correction ? await this.changeScore(dc, key, correction) : undefined;
      if (changed) return changed;
      // A goal named by its number and nothing else ("goal 2") goes to it too: at a goal's words,
      // opened to change them, it was noted as the goal's new words (explorer 24).
      const goal = goalToChange(text) ?? numberedGoal(text);
      if (goal !== undefined) return this.changeGoal(dc, key, goal);
      const remove = goalToRemove(text, this.deps.phrases);
      if (remove !== undefined) return this.askToTakeOut(dc, key, remove);
    }
    return super.continueDialog(dc);
  }

  /**
   * Asks a goal given before again, its words shown to keep or change; once answered, the goals carry
   * on from the question that was waiting (after going over its answers if it became another goal:
   * see `goOverAfter`). A goal not given yet is said so.
   */
  private async changeGoal(dc: DialogContext, pending: string, goal: GoalToChange): Promise<DialogTurnResult> {
    const record = this.session(dc).record;
    const n = goal === 'last' ? goalTalkedAbout(pending, record) : goal;
    const key = `goal.${n}.text`;
    const family = this.family(dc);
    if (n === 0 || textAnswer(record, key) === undefined || !this.keysFor(record).includes(key)) {
      return this.askAgain(dc, pending, [this.deps.renderer.text('goals.noSuchGoal', { number: n }, family)]);
    }
    return this.askAgain(dc, key, [this.deps.renderer.text('goals.changing', { number: n }, family)]);
  }

  /** Asks whether to take out the goal a request names (see `goalToTakeOut`), or says it names none. */
  private async askToTakeOut(
    dc: DialogContext,
    pending: string | undefined,
    goal: GoalToRemove,
  ): Promise<DialogTurnResult> {
    const record = this.session(dc).record;
    const named = goalToTakeOut(record, this.keysFor(record), pending, goal);
    if ('notDone' in named) {
      const said = this.deps.renderer.text(named.notDone.key, named.notDone.data, this.family(dc));
      // Asked with no question waiting (the plan finished): said, and the goals are left as they were.
      return pending ? this.askAgain(dc, pending, [said]) : this.leave(dc, [said]);
    }
    await dc.beginDialog(confirmationDialogId, { kind: 'removeGoal', goal: named.goal } satisfies ConfirmationOptions);
    return Dialog.EndOfTurn;
  }

  /** A yes to taking a goal out is carried out here, where the goals know what comes next. */
  override async resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    const yes = confirmedYes(result);
    if (yes?.confirmation === 'removeGoal' && yes.goal) return this.takeOut(dc, yes.goal);
    // Begun only to ask it (the plan finished): a no leaves the goals as they were.
    if (this.state(dc).pending === undefined) return this.leave(dc, []);
    return super.resumeDialog(dc, reason, result);
  }

  /** The goal's other answers, given for its words before they became another goal's: gone over again. */
  protected override goOverAfter(key: string, draft: PreparationRecord, before?: Answer): GoOver | undefined {
    return goalAnswersToGoOver(key, draft, before, this.keysFor(draft));
  }

  /** Ends the goals, `said` to be said with whatever comes next. */
  private leave(dc: DialogContext, said: string[]): Promise<DialogTurnResult> {
    return dc.endDialog({ section: this.section, preface: said } satisfies SectionResult);
  }

  /**
   * Takes the goal out, moving the goals after it down, and says so only once it is stored. Going
   * through the goals again from the review, the review comes back ("anything else to change?");
   * the first time through, the goals carry on from what is still to ask (a goal again, when none is
   * left). The goal's words are checked again first: only the goal named in the question goes.
   * The plan has changed, so what was chosen to send and the consent are cleared (they covered the
   * plan as it was); with a plan shared before, the person is told the changed plan has not gone to
   * the lead contact, and what that lead has or is waiting for (H64).
   */
  private async takeOut(dc: DialogContext, goal: GoalToTakeOut): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const session = this.session(dc);
    const family = this.family(dc);
    const pending = state.pending;
    if (textAnswer(session.record, `goal.${goal.number}.text`) !== goal.words) {
      const said = this.deps.renderer.text('goals.removeCancelled', {}, family);
      if (pending) return this.askAgain(dc, pending, [said]);
      return state.revisit ? this.leave(dc, [said]) : this.askNext(dc, [said]);
    }
    const at = this.deps.clock().toISOString();
    await session.update((draft) => {
      takeGoalOut(draft, goal.number, this.mostGoals, at);
      for (const key of sharingKeys) delete draft.answers[key];
    });
    const record = session.record;
    // Asked once the plan was finished: no review logged this change, so it is logged here.
    if (pending === undefined && state.revisit) {
      const detail = { section: this.section, planVersion: record.planVersion };
      await this.sharing.audit.append({ actor: answeredBy(record), action: 'change', subject: record.id, detail });
    }
    // Heard for a goal's question, under the old numbers: no longer about the goal that question asks.
    for (const key of Object.keys(state.heard ?? {})) if (key.startsWith('goal.')) delete state.heard?.[key];
    state.pending = undefined;
    const sharedBefore = sharedRecord(record) !== undefined;
    const copy = await this.sharing.copies.standing(record, sharedBefore);
    const data = { ...this.templateData(record, family), sharedBefore, ...copy };
    const done = [this.deps.renderer.text('goals.removed', data, family)];
    if (state.revisit) return this.leave(dc, done);
    return this.askNext(dc, done);
  }

  /**
   * Notes a score of the goal named, or else of the goal being talked about (the one asked about,
   * or the last one given), says so naming the goal, and goes on with the question waiting.
   * Undefined when there is no such goal or score yet, for the message to be read as an answer.
   */
  private async changeScore(
    dc: DialogContext,
    pending: string,
    correction: ScoreCorrection,
  ): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const n = goalCorrected(pending, record, correction);
    if (n === 0 || !this.keysFor(record).includes(`goal.${n}.${correction.score}`)) return undefined;
    const family = this.family(dc);
    const data = this.templateData(record, family);
    const change = scoreChange(record, n, correction, (k, more) =>
      this.deps.renderer.text(k, { ...data, ...more }, family),
    );
    if (change.value === undefined) return this.askAgain(dc, pending, [change.line]);
    await this.note(dc, change.key, { status: 'answered', value: change.value });
    return this.askNext(dc, [change.line]);
  }

  /**
   * What a goal's answer also says of the questions after it is offered when each is asked, or
   * noted now and said so with the answer (see `goalHeardForLater`).
   */
  protected override async afterAnswer(dc: DialogContext, key: string, parsed: Parsed) {
    const family = this.family(dc);
    const data = this.templateData(this.session(dc).record, family);
    const noted: string[] = [];
    let said = parsed;
    for (const heard of goalHeardForLater(key, parsed, messageText(dc.context), this.deps.phrases)) {
      // The score noted is no part of the goal's words: the plan would read "Goal: walk to allotment, 8".
      if (heard.goal !== undefined) await this.note(dc, key, (said = { status: 'answered', value: heard.goal }));
      if (!heard.now) this.hear(dc, heard, data, family);
      else await this.note(dc, heard.key, { status: 'answered', value: heard.value });
      if (heard.now) noted.push(this.deps.renderer.text(heard.offer, { ...data, ...heard.data }, family));
    }
    if (noted.length === 0) return super.afterAnswer(dc, key, parsed);
    return this.askNext(dc, [...this.acknowledge(key, said, this.session(dc).record, family), ...noted]);
  }

  /** The next goal said in place of a yes to "add another goal?" is a yes to it (see `goalInPlaceOfYesHeard`). */
  protected override async readInstead(
    dc: DialogContext,
    key: string,
    text: string,
    read: Recognised<Parsed>,
  ): Promise<DialogTurnResult | undefined> {
    const inPlace = goalInPlaceOfYesHeard(key, text, read, this.deps.phrases);
    if (!inPlace) return undefined;
    const family = this.family(dc);
    const data = this.templateData(this.session(dc).record, family);
    await this.note(dc, key, { status: 'answered', value: true });
    this.hear(dc, inPlace.heard, data, family);
    return this.askNext(dc, [this.deps.renderer.text('goals.number', { ...data, number: inPlace.next }, family)]);
  }

  /** Holds what was heard for its question, offered in its own words with the section's `data`. */
  private hear(dc: DialogContext, heard: HeardForLater, data: TemplateData, family: ChannelFamily): void {
    const offer = this.deps.renderer.text(heard.offer, { ...data, ...heard.data }, family);
    this.hearForLater(dc, heard.key, heard.value, offer);
  }

  protected override ideasWhenStuck(key: string, record: PreparationRecord, family: ChannelFamily): string | undefined {
    if (!/^goal\.\d+\.text$/.test(key)) return undefined;
    const examples = this.deps.library.goalExamples(conditions(record), examplesWhenStuck);
    if (examples.length === 0) return undefined;
    return this.deps.renderer.text('goals.ideas', { examples: examples.join('; ') }, family);
  }

  /**
   * Back mid-goal, the recap names the goal: "What exactly will you do?" days later says nothing
   * of which goal it is about.
   */
  override recapLines(key: string, record: PreparationRecord, family: ChannelFamily): string[] {
    const goal = /^goal\.(\d+)\.(\w+)$/.exec(key);
    const words = goal && goal[2] !== 'text' ? record.answers[`goal.${goal[1]}.text`]?.value : undefined;
    if (!goal || typeof words !== 'string') return [];
    const data = { ...this.templateData(record, family), number: Number(goal[1]), goal: words };
    return [this.deps.renderer.text('resume.goal', data, family)];
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    // A carer is told about the person by name ("Ron's goals are saved"), never about themselves.
    const about = this.templateData(record, family);
    const say: Say = (k, data) => this.deps.renderer.text(k, { ...about, ...data }, family);
    const own = goalAcknowledgement(key, parsed, this.lowConfidenceBelow, say);
    if (own) return own;
    const said = super.acknowledge(key, parsed, record, family);
    // Back from changing an earlier goal: the goal they were on is named as they return to it.
    const goal = /^goal\.(\d+)\.text$/.exec(key);
    const back = goal ? goalReturnedTo(Number(goal[1]), record, this.keysFor(record)) : undefined;
    return back === undefined ? said : [...said, say('goals.number', { number: back })];
  }
}
