import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { Activity, Attachment } from 'botbuilder';
import { channelFamily, type ChannelFamily } from '../content/channels';
import type { Option, Question, SectionId } from '../content/packs/packSchema';
import type { PackLibrary } from '../content/packs/packLibrary';
import type { Renderer, TemplateData } from '../content/renderer';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, subjectName } from '../plan/recordView';
import { cardLinkId, messageText } from './messageText';
import { linkIdForKey } from './questionKeys';
import type { Phrases } from './recognisers/phrases';
import { readAnswer, recordAnswer, type AskedQuestion, type ChoiceRules, type Parsed } from './sectionAnswers';
import { questionView } from './sectionPrompt';
import { acknowledgement, retryWords } from './sectionReplies';
import type { Session, Clock } from '../plan/session';
import type { SessionSource } from './sessionSource';

/** What every section dialog is built with. */
export interface SectionDeps {
  sessions: SessionSource;
  library: PackLibrary;
  renderer: Renderer;
  phrases: Phrases;
  clock: Clock;
}

/** How a section is started: fresh, or to go over answers already given (from review or "back"). */
export interface SectionOptions {
  revisit?: boolean;
  /** Ask this key first (after "back"). */
  startAt?: string;
  /** Words still to say from the section before (its last acknowledgement), said with this one's first question. */
  preface?: string[];
}

/** What a section ends with: which it was, words not yet said, and (from review) a section to change. */
export interface SectionResult {
  section: SectionId;
  preface?: string[];
  change?: string;
}

interface SectionState {
  pending?: string;
  attempts: number;
  revisit: boolean;
  /** Keys already gone over in this revisit. */
  revisited: string[];
  /** Ideas were already offered for the pending question after a "not sure". */
  ideasOffered?: boolean;
}

/**
 * The behaviour all sections share: ask the next question of the section, read the answer by
 * question type, store it in the record in the same turn, acknowledge, and go on; re-ask kindly
 * when an answer can't be used. A section says which questions it asks, in order, for a given
 * record; what is already answered is not asked again, so a restart resumes where it stopped.
 *
 * A plain `Dialog` rather than a `ComponentDialog`: a section has no inner prompts to host.
 */
export abstract class SectionDialog extends Dialog<SectionOptions> {
  /**
   * True for a part that carries on the one before it (test results after part 2, the carer's own
   * questions after part 5): it takes no number of its own.
   */
  readonly continuesPart: boolean = false;

  protected constructor(
    dialogId: string,
    /** The part of the preparation this dialog asks. */
    readonly section: SectionId,
    protected readonly deps: SectionDeps,
  ) {
    super(dialogId);
  }

  /** The record keys this section asks for this record, in order. */
  protected abstract keys(record: PreparationRecord): string[];

  /** A message key said after the part header when the section starts afresh. */
  protected introKey(): string | undefined {
    return undefined;
  }

  /** What is said after the part header when the section starts afresh: by default its intro key's words. */
  protected introLines(_record: PreparationRecord, family: ChannelFamily): string[] {
    const intro = this.introKey();
    return intro ? [this.deps.renderer.text(intro, {}, family)] : [];
  }

  /**
   * What is shown with a question besides its wording: lines said just before it (a result's
   * explanation) and pictures (a result's chart), each time it is asked.
   */
  protected questionExtras(
    _key: string,
    _record: PreparationRecord,
    _family: ChannelFamily,
  ): { preface?: string[]; attachments?: Attachment[] } {
    return {};
  }

  /** Options for a choice question, when they depend on earlier answers. */
  protected options(_key: string, _record: PreparationRecord, question: Question): readonly Option[] {
    return question.options ?? [];
  }

  /** Words said after an answer is stored; by default a short acknowledgement. */
  protected acknowledge(key: string, parsed: Parsed, record: PreparationRecord, family: ChannelFamily): string[] {
    return [acknowledgement(this.asked(key, record), parsed, this.deps.renderer, family)];
  }

  /** Extra changes to the record made with an answer (flags, derived values). */
  protected onAnswer(_key: string, _parsed: Parsed, _draft: PreparationRecord): void {}

  /**
   * Called once an answer is stored; a section may end itself here (review sends the person to
   * another section). Undefined carries on to the next question.
   */
  protected afterAnswer(_dc: DialogContext, _key: string, _parsed: Parsed): Promise<DialogTurnResult | undefined> {
    return Promise.resolve(undefined);
  }

  /**
   * Words that help someone who said "not sure" to `key` think of an answer, said once before
   * "not sure" is taken as their answer; undefined takes it at once.
   */
  protected ideasWhenStuck(_key: string, _record: PreparationRecord, _family: ChannelFamily): string | undefined {
    return undefined;
  }

  /** Rules for a choice question (how many may be picked; whether "none" is allowed; its layout). */
  protected choiceRules(_key: string, question: Question, _record: PreparationRecord): ChoiceRules {
    return { multiple: question.type === 'multichoice' };
  }

  override async beginDialog(dc: DialogContext, options?: SectionOptions): Promise<DialogTurnResult> {
    const state: SectionState = { attempts: 0, revisit: options?.revisit ?? false, revisited: [] };
    dc.activeDialog!.state = state;
    const family = this.family(dc);
    const preface = [...(options?.preface ?? []), this.deps.renderer.text(`part.${this.section}`, {}, family)];
    if (options?.startAt) return this.ask(dc, options.startAt, preface);
    preface.push(...this.introLines(this.session(dc).record, family));
    return this.askNext(dc, preface);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const key = state.pending;
    if (!key) return this.askNext(dc, []);
    const session = this.session(dc);
    const question = this.question(key);
    const family = this.family(dc);
    const text = messageText(dc.context) ?? '';
    const fromCard = cardLinkId(dc.context);
    if (fromCard !== undefined && fromCard !== linkIdForKey(key)) {
      // An old card, scrolled back to: its picks belong to another question, never to this one.
      return this.ask(dc, key, [this.deps.renderer.text('retry.staleCard', {}, family)]);
    }
    const parsed = readAnswer(
      this.asked(key, session.record),
      text,
      this.deps.phrases,
      dc.context.activity.locale,
      state.attempts,
      fromCard !== undefined,
    );

    if (!parsed.ok) {
      state.attempts += 1;
      return this.ask(dc, key, [], retryWords(parsed.code, question, state.attempts, this.deps.renderer, family));
    }
    if (parsed.value.status === 'unknown' && !parsed.value.words && !state.ideasOffered) {
      const ideas = this.ideasWhenStuck(key, session.record, family);
      if (ideas) {
        state.ideasOffered = true;
        return this.ask(dc, key, [], ideas);
      }
    }
    return this.store(dc, key, parsed.value);
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: SectionState }): Promise<void> {
    const key = instance.state.pending;
    if (!key) return;
    const session = this.deps.sessions.get(context);
    for (const activity of this.questionActivities(context.activity, session.record, key, [])) {
      await context.sendActivity(activity);
    }
  }

  /** "help": explains the current question and asks it again. */
  async help(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.state(dc).pending;
    if (!key) return this.askNext(dc, []);
    const question = this.question(key);
    const family = this.family(dc);
    const record = this.session(dc).record;
    // Only the words that do something here: 'back' needs an earlier answer, 'skip' an optional question.
    const back = record.progress.trail.some((k) => k !== key) ? 'Back' : '';
    const skip = question.optional ? 'Skip' : '';
    const words = this.deps.renderer.text(`help.suffix${back}${skip}`, {}, family);
    const helpText = this.render(question.help[answeredBy(record) === 'carer' ? 'carer' : 'person'], record, family);
    return this.ask(dc, key, [`${helpText} ${words}`]);
  }

  /** "skip": passes over an optional question; a required one is asked again with a reason. */
  async skip(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.state(dc).pending;
    if (!key) return this.askNext(dc, []);
    if (!this.question(key).optional) {
      return this.ask(dc, key, [this.deps.renderer.text('command.skipNotAllowed', {}, this.family(dc))]);
    }
    return this.store(dc, key, { status: 'skipped' });
  }

  /** The key asked before `key` in this section, for "back"; undefined at the section's start. */
  previousKey(record: PreparationRecord, key: string | undefined): string | undefined {
    const keys = this.keys(record);
    const index = key ? keys.indexOf(key) : keys.length;
    return index > 0 ? keys[index - 1] : undefined;
  }

  /** The keys of this section for a record, for review and "back" across sections. */
  keysFor(record: PreparationRecord): string[] {
    return this.keys(record);
  }

  /** The question currently waiting for an answer. */
  pendingKey(dc: DialogContext): string | undefined {
    return this.state(dc).pending;
  }

  /**
   * Asks `key` again now (for "back"), saying `preface` first. Once it is answered the section
   * carries on with whatever is still unanswered, so the person lands back where they were.
   */
  async askAgain(dc: DialogContext, key: string, preface: string[]): Promise<DialogTurnResult> {
    const state = this.state(dc);
    state.revisited = state.revisited.filter((k) => k !== key);
    return this.ask(dc, key, preface);
  }

  protected family(dc: DialogContext): ChannelFamily {
    return channelFamily(dc.context.activity.channelId);
  }

  protected session(dc: DialogContext): Session {
    return this.deps.sessions.get(dc.context);
  }

  protected question(key: string): Question {
    return this.deps.library.question(linkIdForKey(key));
  }

  /** `key` as this section asks it of `record`, for reading and describing its answer. */
  private asked(key: string, record: PreparationRecord): AskedQuestion {
    const question = this.question(key);
    return {
      key,
      question,
      record,
      options: () => this.options(key, record, question),
      rules: () => this.choiceRules(key, question, record),
    };
  }

  protected templateData(record: PreparationRecord, family: ChannelFamily): TemplateData {
    const base = {
      name: subjectName(record) ?? this.deps.renderer.text('name.fallback', {}, family),
      carer: answeredBy(record) === 'carer',
    };
    return { ...base, lead: record.leadContact?.name ?? this.deps.renderer.text('lead.default', base, family) };
  }

  protected render(source: string, record: PreparationRecord, family: ChannelFamily): string {
    return this.deps.renderer.template(source, this.templateData(record, family), family);
  }

  private state(dc: DialogContext): SectionState {
    return dc.activeDialog!.state as SectionState;
  }

  private nextKey(record: PreparationRecord, state: SectionState): string | undefined {
    return this.keys(record).find((key) =>
      state.revisit ? !state.revisited.includes(key) : record.answers[key] === undefined,
    );
  }

  /**
   * Ends the turn without asking: the next question is held as pending and asked when the person
   * comes back (the recap asks it), for when something more important than it was just said.
   */
  protected holdNext(dc: DialogContext): DialogTurnResult {
    const state = this.state(dc);
    state.pending = this.nextKey(this.session(dc).record, state);
    state.attempts = 0;
    return Dialog.EndOfTurn;
  }

  /** Asks the next question of the section, or ends the section when none is left. */
  async askNext(dc: DialogContext, preface: string[]): Promise<DialogTurnResult> {
    const next = this.nextKey(this.session(dc).record, this.state(dc));
    // Unsaid words travel to the next section, so its first question carries them in one message.
    if (!next) return dc.endDialog({ section: this.section, preface } satisfies SectionResult);
    return this.ask(dc, next, preface);
  }

  private async ask(dc: DialogContext, key: string, preface: string[], lead?: string): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (state.pending !== key) {
      state.attempts = 0;
      state.ideasOffered = false;
    }
    state.pending = key;
    const session = this.session(dc);
    if (session.record.progress.current !== key) {
      await session.update((draft) => {
        draft.progress.current = key;
      });
    }
    for (const activity of this.questionActivities(dc.context.activity, session.record, key, preface, lead)) {
      await dc.context.sendActivity(activity);
    }
    return Dialog.EndOfTurn;
  }

  private questionActivities(
    incoming: Partial<Activity>,
    record: PreparationRecord,
    key: string,
    preface: string[],
    lead?: string,
  ): Partial<Activity>[] {
    const family = channelFamily(incoming.channelId);
    const data = this.templateData(record, family);
    const extras = this.questionExtras(key, record, family);
    const words = { preface: [...preface, ...(extras.preface ?? [])], lead };
    const activities = this.deps.renderer.question(
      questionView(this.asked(key, record), data, words, this.deps.renderer, family),
      incoming.channelId,
    );
    const last = activities.at(-1);
    if (last && extras.attachments?.length) last.attachments = [...(last.attachments ?? []), ...extras.attachments];
    return activities;
  }

  private async store(dc: DialogContext, key: string, parsed: Parsed): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const session = this.session(dc);
    const at = this.deps.clock().toISOString();
    state.pending = undefined;
    state.attempts = 0;
    if (state.revisit) state.revisited.push(key);
    await session.update((draft) => {
      recordAnswer(draft, key, parsed, at);
      this.onAnswer(key, parsed, draft);
      // Saved with the answer, so one write both records it and marks what comes next.
      draft.progress.current = this.nextKey(draft, state);
    });
    const ack = this.acknowledge(key, parsed, session.record, this.family(dc));
    const ended = await this.afterAnswer(dc, key, parsed);
    if (ended) return ended;
    return this.askNext(dc, ack);
  }
}
