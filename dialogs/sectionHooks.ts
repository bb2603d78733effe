import type { Activity } from 'botbuilder';
import { ownScaleWords } from './recognisers/namedScores';
import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { channelFamily, type ChannelFamily } from '../content/channels';
import type { Option, Question, SectionId } from '../content/packs/packSchema';
import type { TemplateData } from '../content/renderer';
import type { Answer, PreparationRecord } from '../plan/record';
import type { Recognised } from '../plan/recognised';
import { conditions, youngCarerAnswering } from '../plan/recordView';
import type { Session } from '../plan/session';
import { linkIdForKey } from './questionKeys';
import { recordAnswer } from './answerInRecord';
import { checkRules, sectionKeys, type QuestionRules } from './questionWalk';
import { readAnswer, type AskedQuestion, type ChoiceRules, type Parsed } from './sectionAnswers';
import { questionActivities, questionData, type QuestionExtras } from './sectionPrompt';
import { acknowledgement, describeAnswer } from './sectionReplies';
import type { GoOver, SectionDeps, SectionOptions } from './sectionTypes';

/**
 * What a section may vary, each with the usual behaviour: which questions it asks (by default
 * its questions in the packs, walked by `sectionKeys`), the rules they name, what is said around
 * a question, the options offered, and what happens with an answer. `SectionDialog` runs them.
 */
export abstract class SectionHooks extends Dialog<SectionOptions> {
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
    checkRules(deps.library.packs, section, this.rules());
  }

  /**
   * The record keys this section asks of a record, in order (by default its questions in the
   * packs), for asking, review and "back" across sections.
   */
  keysFor(record: PreparationRecord): string[] {
    const questions = this.deps.library.questions(conditions(record)).filter((q) => q.section === this.section);
    return sectionKeys(questions, record, this.rules());
  }

  /** The tests this section's questions name in `when: { rule: … }`. */
  protected rules(): QuestionRules {
    return {};
  }

  /** A message key said after the part header when the section starts afresh. */
  protected introKey(): string | undefined {
    return undefined;
  }

  /** What is said after the part header when the section starts afresh: by default its intro key's words. */
  protected introLines(_record: PreparationRecord, family: ChannelFamily): Promise<string[]> {
    const intro = this.introKey();
    return Promise.resolve(intro ? [this.deps.renderer.text(intro, {}, family)] : []);
  }

  /**
   * What is shown with a question besides its wording: lines said just before it (a result's
   * explanation) and pictures (a result's chart), each time it is asked.
   */
  protected questionExtras(_key: string, _record: PreparationRecord, _family: ChannelFamily): QuestionExtras {
    return {};
  }

  /**
   * Lines a recap adds after naming the part, when `key` is the question waiting: what it is about
   * when its own words do not say (by default, nothing).
   */
  recapLines(_key: string, _record: PreparationRecord, _family: ChannelFamily): string[] {
    return [];
  }

  /** Options for a choice question, when they depend on earlier answers. */
  /** A question's options, without those for another kind of carer (`Option.carers`, H523). */
  protected options(_key: string, record: PreparationRecord, question: Question): readonly Option[] {
    const young = youngCarerAnswering(record);
    return (question.options ?? []).filter(
      (option) => option.carers === undefined || (option.carers === 'young') === young,
    );
  }

  /** Words said after an answer is stored; by default a short acknowledgement. */
  protected acknowledge(key: string, parsed: Parsed, record: PreparationRecord, family: ChannelFamily): string[] {
    return [acknowledgement(this.asked(key, record), parsed, this.deps.renderer, family)];
  }

  /**
   * Extra changes to the record made with an answer (flags, derived values). `before` is the
   * answer to `key` it replaces, if there was one.
   */
  protected onAnswer(_key: string, _parsed: Parsed, _draft: PreparationRecord, _before?: Answer): void {}

  /**
   * Answers of this section given for what `key`'s answer was before it changed from `before`, to
   * ask again (showing what was said, to keep or change): none unless a section says so.
   */
  protected goOverAfter(_key: string, _draft: PreparationRecord, _before?: Answer): GoOver | undefined {
    return undefined;
  }

  /**
   * The words of a reply to `key` read as its answer: by default all of them but a score named for
   * a goal's other scale ("8, and about a 5 on confidence" at importance, H478). A section may set
   * aside a clause it keeps for a later question (`AboutDialog`: conditions said with who is answering).
   */
  protected answerWords(key: string, text: string, _record: PreparationRecord): string {
    return ownScaleWords(key, text);
  }

  /**
   * Called once an answer is stored; a section may end itself here (review sends the person to
   * another section). Undefined carries on to the next question.
   */
  protected afterAnswer(_dc: DialogContext, _key: string, _parsed: Parsed): Promise<DialogTurnResult | undefined> {
    return Promise.resolve(undefined);
  }

  /**
   * What the section makes of a typed reply to `key` other than `read`, before it is stored or asked
   * again (a next goal said in place of a yes); undefined leaves it to `read`, as ever.
   */
  protected readInstead(
    _dc: DialogContext,
    _key: string,
    _text: string,
    _read: Recognised<Parsed>,
  ): Promise<DialogTurnResult | undefined> {
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

  protected family(dc: DialogContext): ChannelFamily {
    return channelFamily(dc.context.activity.channelId);
  }

  protected session(dc: DialogContext): Session {
    return this.deps.sessions.get(dc.context);
  }

  protected question(key: string): Question {
    return this.deps.library.question(linkIdForKey(key));
  }

  /** The words `key` goes by when asked to change its answer by name (`Question.namedBy`), as a person or a carer says them. */
  namesOf(key: string, carer: boolean): readonly string[] {
    const named = this.question(key).namedBy;
    return (carer ? named?.carer : named?.person) ?? [];
  }

  /** Whose name `key` asks, if it asks one: the person's, or a carer's own (`audience: carer`). */
  nameAsked(key: string): 'person' | 'carersOwn' | undefined {
    const question = this.question(key);
    if (!question.name) return undefined;
    return question.audience === 'carer' ? 'carersOwn' : 'person';
  }

  /** Whether `key` asks for words of the person's own, no name (an answer said anew by its name may replace it). */
  asksInWords(key: string): boolean {
    const question = this.question(key);
    return question.type === 'text' && !question.name;
  }

  /** Whether `key` asks about other people (`aboutOthers`): a name said of "him" or "her" there answers it. */
  asksAboutOthers(key: string): boolean {
    return this.question(key).aboutOthers;
  }

  /** Whether `key` may be left out ("skip"), for saying how to take an answer out. */
  mayLeaveOut(key: string): boolean {
    return this.question(key).optional;
  }

  /**
   * `text` read as the answer to `key`, one of this section's questions, as it is read there, with
   * the question and the option that takes words of their own: for an answer put right from a later
   * question ("sorry I meant COPD", see `MeantAnswer`).
   */
  readFor(
    key: string,
    text: string,
    record: PreparationRecord,
    locale?: string,
  ): { question: Question; read: Recognised<Parsed>; otherId?: string; ownWords?: boolean } {
    const asked = this.asked(key, record);
    const read = readAnswer(asked, text, this.deps.phrases, locale);
    const ownWords = this.meantInOwnWords(key, text, record);
    return { question: asked.question, read, otherId: this.otherIdOf(key, record), ownWords };
  }

  /**
   * Whether `text`, naming nothing on the list `key` asks, may be its answer in their own words
   * when they say they meant it for `key` ("sorry I meant lupus" after the conditions): by default
   * never, as any words would do for "something else".
   */
  protected meantInOwnWords(_key: string, _text: string, _record: PreparationRecord): boolean {
    return false;
  }

  /** The option of a list that takes words of their own ("something else"), if it has one. */
  private otherIdOf(key: string, record: PreparationRecord): string | undefined {
    const asked = this.asked(key, record);
    return asked.question.type === 'choice' || asked.question.type === 'multichoice'
      ? asked.rules().otherId
      : undefined;
  }

  /**
   * Notes `parsed` as the answer to `key` in `draft`, with what the section notes with it, saying and
   * asking nothing: an answer put right from a later question. Words kept for "something else"
   * go with the pick they came with.
   */
  noteFor(draft: PreparationRecord, key: string, parsed: Parsed, at: string): void {
    const before = draft.answers[key];
    const otherId = this.otherIdOf(key, draft);
    const value = parsed.status === 'answered' ? parsed.value : undefined;
    const keepsOther = otherId !== undefined && (Array.isArray(value) ? value.includes(otherId) : value === otherId);
    if (!keepsOther) delete draft.answers[`${key}.other`];
    recordAnswer(draft, key, parsed, at);
    this.onAnswer(key, parsed, draft, before);
  }

  /** The answer to `key` in words, as it is said back ("COPD, Diabetes"). */
  describeFor(key: string, record: PreparationRecord, family: ChannelFamily): string | undefined {
    return describeAnswer(this.asked(key, record), this.deps.renderer, family);
  }

  /** The options `key` offers `record` (any question of the library, as this section would offer it). */
  optionsFor(key: string, record: PreparationRecord): readonly Option[] {
    return this.options(key, record, this.question(key));
  }

  /** `key` as this section asks it of `record`, for reading and describing its answer. */
  protected asked(key: string, record: PreparationRecord): AskedQuestion {
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
    return questionData(record, this.deps.renderer, family);
  }

  /**
   * The messages that ask `key`, `preface` said first and `lead` in place of the question's own
   * words; `withExtras` shows what goes with the question (a result's explanation and chart).
   */
  protected questionActivities(
    incoming: Partial<Activity>,
    record: PreparationRecord,
    key: string,
    preface: string[],
    lead?: string,
    withExtras = true,
  ): Partial<Activity>[] {
    const family = channelFamily(incoming.channelId);
    const extras = withExtras ? this.questionExtras(key, record, family) : {};
    const asked = { asked: this.asked(key, record), data: this.templateData(record, family), extras };
    return questionActivities(asked, { preface, lead }, this.deps.renderer, incoming.channelId);
  }

  protected render(source: string, record: PreparationRecord, family: ChannelFamily): string {
    return this.deps.renderer.template(source, this.templateData(record, family), family);
  }
}
