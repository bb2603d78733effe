import type { Attachment } from 'botbuilder';
import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { TemplateData } from '../content/renderer';
import type { Question } from '../content/packs/packSchema';
import type { Measure } from '../content/results/measureSchema';
import type { ResultPresenter } from '../content/results/resultPresenter';
import type { ResultUnit } from '../content/results/resultUnits';
import { notAsShared } from '../plan/consentScope';
import type { PreparationRecord } from '../plan/record';
import { subjectName, subjectRelation } from '../plan/recordView';
import { resultsDeclined, tieQuestion } from '../plan/results/resultQuestions';
import { measureOfKey, resultThoughtsKey } from '../plan/results/resultSchema';
import { correctionsTold } from './resultCorrections';
import { sharingKeys } from './reviewAnswers';
import type { ResultSummary } from '../plan/results/resultSummary';
import { messageText } from './messageText';
import { asksBack } from './recognisers/askedBack';
import { asksWhatResultIs, measureNames, resultNames, resultOwners, valueForms } from './recognisers/resultNamed';
import { unitAskedAbout } from './recognisers/unitAsked';
import { saysWorried } from './recognisers/worry';
import type { Parsed } from './sectionAnswers';
import { SectionDialog } from './sectionDialog';
import type { SectionDeps, SectionResult } from './sectionTypes';

export const resultsDialogId = 'resultsDialog';

/**
 * Part 2, carried on: the test results the care team sent, when there are any. Each result in turn: what it
 * measures, the value now and last time and which way it moved, the target that applies to this person with its
 * source, then the question for their thoughts on it (free text, easy to skip; its words are in
 * content/results/questions.yaml). The words describe and never advise; a question is noted for the appointment,
 * never answered. Results the team will talk through in person are named, not explained.
 * A question asked after the plan was shared is in the person's own plan only, and said so; it is
 * offered to the lead contact as any change after sharing is: the plan to look over, and consent
 * asked again, so an update goes only after a yes.
 */
export class ResultsDialog extends SectionDialog {
  override readonly continuesPart = true;

  constructor(
    deps: SectionDeps,
    private readonly results: ResultPresenter,
  ) {
    super(resultsDialogId, 'results', deps);
  }

  /**
   * "What is this for?" at a result asks about the result shown, the result's question takes it; "stop results"
   * there is the choice not to go through them (H411), taken below.
   */
  override answersCommand(dc: DialogContext, text: string, afterRecap = false): boolean {
    if (this.pendingKey(dc) && /^(whatFor|stopResults)$/.test(this.deps.phrases.command(text) ?? '')) return true;
    return super.answersCommand(dc, text, afterRecap);
  }

  /**
   * What is said at a result that is about the results themselves, not a thought on this one: "I don't want to
   * see my results" is a choice not to go through them before the visit, kept as that (none is asked about, nor
   * noted as skipped) until they ask to see them; "skip the rest" skips those still to come. Neither is ever kept
   * as a question. "What does HbA1c mean", by the result's own name, is "what does that mean?" (`help`); one the
   * care team did not send ("what is my kidney result?") is said not to have been sent, named in small letters
   * (`inSentence`). A unit asked about (content/results/units.yaml) is told in plain words, and nothing is noted
   * (`unitLines`). "Should I be worried?", "is 75 bad?" (a result shown so far, named or by its value) and a fear
   * of what the condition may do ("am I going to lose my feet?") are answered with whom to contact before the
   * visit, and kept for the appointment only on a yes.
   */
  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = messageText(dc.context) ?? '';
    if (this.pendingKey(dc) && this.deps.phrases.is('stopResults', text)) {
      const at = this.deps.clock().toISOString();
      await this.session(dc).update((draft) => void (draft.results.declinedAt = at));
      // Nothing is left to ask here, even going back over answers: the next part begins.
      const preface = [this.say(dc, 'results.stopped')];
      return dc.endDialog({ section: this.section, preface } satisfies SectionResult);
    }
    if (this.pendingKey(dc) && this.deps.phrases.is('skipResults', text)) {
      return this.passOverRest(dc, [this.say(dc, 'results.skippedRest')]);
    }
    const key = this.pendingKey(dc);
    const record = this.session(dc).record;
    const measure = key ? this.results.catalogue.measure(measureOfKey(key) ?? '') : undefined;
    // Asked by its own name, what the result is gets the answer "what does that mean?" gets;
    // another of their results asked about by name gets its plainer words, and this one again.
    const askedAbout = key ? this.askedAbout(record, text, measure) : undefined;
    if (askedAbout && askedAbout === measure) return this.help(dc);
    if (key && askedAbout) return this.ask(dc, key, [askedAbout.plainer]);
    const unit = key && measure ? unitAskedAbout(text, this.results.units, this.deps.phrases) : undefined;
    if (key && measure && unit) return this.ask(dc, key, this.unitLines(dc, measure, unit), undefined, false);
    // One the care team did not send: said so, and this one asked again, noting nothing under it.
    const notSent = key ? this.notSentAskedAbout(record, text) : [];
    if (key && notSent.length > 0) {
      const names = this.results.namesOf(notSent);
      const thisOne = measure && (measure.inSentence ?? measure.name);
      const told = this.say(dc, 'results.notSent', { names, many: notSent.length > 1, shown: thisOne });
      return this.ask(dc, key, [told], undefined, false);
    }
    const shown = key ? this.namedSoFar(record, key, this.family(dc)) : [];
    if (key && saysWorried(text, this.deps.phrases, subjectName(record), shown)) {
      // Kindness and where to turn before the visit; their words go in the plan only if they say so.
      const offered = await this.offerToKeep(
        dc,
        text.trim(),
        [this.say(dc, 'results.worried')],
        this.say(dc, 'results.offerWorry'),
      );
      this.state(dc).offeredOwn = true;
      return offered;
    }
    this.keepOwnBefore(dc, text);
    return super.continueDialog(dc);
  }

  /**
   * A question written straight after their own worried words were offered to keep ("is 75 bad?", then
   * "why has it gone up?"): read as both, the worry first; the second had taken its place (explorer 24).
   */
  private keepOwnBefore(dc: DialogContext, text: string): void {
    const { offered, offeredOwn } = this.state(dc);
    const asks = asksBack(text, this.deps.phrases) || /\?\s*$/u.test(text);
    if (!offeredOwn || typeof offered !== 'string' || !asks) return;
    dc.context.activity.text = `${offered}${/[.?!]$/u.test(offered) ? '' : '.'} ${text.trim()}`;
  }

  /**
   * "What does that mean?", "I don't understand" or "help" at a result: the measure again in
   * plainer words (never what it means for this person), then an offer to keep the question of
   * what it means for the appointment. The explanation just shown is not sent again.
   */
  override async help(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.pendingKey(dc);
    const measure = key ? this.results.catalogue.measure(measureOfKey(key) ?? '') : undefined;
    if (!measure) return super.help(dc);
    const question = this.say(dc, 'results.meaningQuestion', { measure: measure.inSentence ?? measure.name });
    return this.offerToKeep(
      dc,
      question,
      [measure.plainer, this.say(dc, 'results.meaningLater')],
      this.say(dc, 'results.offerMeaning', { question }),
    );
  }

  /**
   * What the unit asked about means. One that is not this result's is a mix-up, told kindly: the
   * results given in it, then the unit this one is given in (if any) and what that means, where it is told.
   */
  private unitLines(dc: DialogContext, measure: Measure, asked: ResultUnit): string[] {
    if (asked.label === measure.unitLabel) return [asked.meaning];
    const own = this.results.units.find((unit) => unit.label === measure.unitLabel);
    const others = this.results.catalogue.measures.filter((m) => m.unitLabel === asked.label).map((m) => m.id);
    const names = this.results.namesOf(others, true);
    const data = {
      measure: measure.name,
      asked: asked.label,
      others: names,
      many: others.length > 1,
      unit: measure.unitLabel === '' ? undefined : measure.unitLabel,
    };
    return [this.say(dc, 'results.unitNotThis', data), ...(own ? [own.meaning] : [])];
  }

  /** Each result to go through; once the person chose not to, only those they already answered. */
  override keysFor(record: PreparationRecord): string[] {
    const keys = this.explained(record).map((summary) => resultThoughtsKey(summary.measure));
    return resultsDeclined(record) ? keys.filter((key) => record.answers[key] !== undefined) : keys;
  }

  protected override question(_key: string): Question {
    return this.results.question;
  }

  /**
   * The results' introduction, or, when some were gone through before (a new result has come), a
   * line for those still to go through; then the results kept for the appointment, by name.
   */
  protected override introLines(record: PreparationRecord, family: ChannelFamily): Promise<string[]> {
    const data = this.templateData(record, family);
    const keys = this.keysFor(record);
    const left = keys.filter((key) => record.answers[key] === undefined).length;
    const lines =
      left < keys.length
        ? [this.deps.renderer.text('results.introAgain', { ...data, many: left > 1 }, family)]
        : [this.deps.renderer.text('results.intro', data, family)];
    const summaries = this.results.summaries(record.results);
    const names = this.results.inPersonNames(summaries, family);
    if (names) {
      const many = summaries.filter((s) => s.inPerson).length > 1;
      lines.push(this.deps.renderer.text('results.inPerson', { ...data, names, many }, family));
    }
    return Promise.resolve(lines);
  }

  protected override questionExtras(
    key: string,
    record: PreparationRecord,
    family: ChannelFamily,
  ): { preface?: string[]; attachments?: Attachment[] } {
    const summary = this.explained(record).find((s) => s.measure === measureOfKey(key));
    if (!summary) return {};
    // A picture beside the words where pictures go (web chat); the words alone carry it everywhere.
    const chart = this.results.chart.attachment(summary, family);
    return {
      preface: this.results.words.lines(summary, family, this.templateData(record, family), { now: this.deps.clock() }),
      attachments: chart ? [chart] : undefined,
    };
  }

  protected override onAnswer(key: string, parsed: Parsed, draft: PreparationRecord): void {
    if (parsed.status === 'answered' && notAsShared(draft, key)) {
      for (const k of sharingKeys) delete draft.answers[k];
    }
  }

  /**
   * Ties the answer to the result it is about: the one shown, or, when a correction was told in
   * this same turn, the value shown before it, since the message was typed before it was read.
   */
  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    _parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    const measure = measureOfKey(key);
    if (!measure) return undefined;
    const told = correctionsTold(dc.context);
    await this.session(dc).update((draft) => tieQuestion(draft, measure, told));
    return undefined;
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    if (parsed.status === 'answered') {
      // After sharing, "in the plan" would read as sent: the lead contact is named as not having it yet.
      const ack = notAsShared(record, key) ? 'results.ackNotSent' : 'results.ack';
      return [this.deps.renderer.text(ack, this.templateData(record, family), family)];
    }
    return super.acknowledge(key, parsed, record, family);
  }

  /** A results message for this person, on this channel. */
  private say(dc: DialogContext, key: string, data: TemplateData = {}): string {
    const family = this.family(dc);
    return this.deps.renderer.text(key, { ...this.templateData(this.session(dc).record, family), ...data }, family);
  }

  /**
   * The names and values (now and last time) of the results shown so far, up to the one at `key`,
   * as a person may type them (`resultNames`, `valueForms`): said in a worry, they are "that".
   */
  private namedSoFar(record: PreparationRecord, key: string, family: ChannelFamily): string[] {
    const summaries = this.explained(record);
    const upTo = summaries.findIndex((summary) => summary.measure === measureOfKey(key));
    return summaries.slice(0, upTo + 1).flatMap((summary) => {
      const measure = this.results.catalogue.measure(summary.measure);
      const values = [summary.latest, summary.previous].flatMap((result) =>
        result ? valueForms(this.results.words.value(summary.measure, result.value, family)) : [],
      );
      return [...(measure ? resultNames(measure.name) : []), ...values];
    });
  }

  /** The measures `text` asks about by name (`measureNames`) that the care team did not send. */
  private notSentAskedAbout(record: PreparationRecord, text: string): string[] {
    const sent = new Set(this.results.summaries(record.results).map((summary) => summary.measure));
    const whose = this.whose(record);
    return this.results.catalogue.measures
      .filter((measure) => !sent.has(measure.id))
      .filter((measure) => asksWhatResultIs(text, measureNames(measure), this.deps.phrases, { whose }))
      .map((measure) => measure.id);
  }

  /** Whose a result may be said to be, from the record: the person's name, or who they are to the carer. */
  private whose(record: PreparationRecord): string[] {
    return [subjectName(record), subjectRelation(record)].flatMap((name) => resultOwners(name));
  }

  /**
   * The result of theirs that `text` asks what it is, by its name ("what is cholesterol"), whose it is
   * ("what does Jean's HbA1c mean", by the name in the record, or "her"), or, for the one `shown`,
   * as "my result", if one.
   */
  private askedAbout(record: PreparationRecord, text: string, shown: Measure | undefined): Measure | undefined {
    const whose = this.whose(record);
    for (const summary of this.explained(record)) {
      const measure = this.results.catalogue.measure(summary.measure);
      const asked = { whose, shown: measure !== undefined && measure === shown };
      if (measure && asksWhatResultIs(text, measureNames(measure), this.deps.phrases, asked)) return measure;
    }
    return undefined;
  }

  /** The results to go through, in the catalogue's order: all but those kept for the appointment. */
  private explained(record: PreparationRecord): ResultSummary[] {
    return this.results.summaries(record.results).filter((summary) => !summary.inPerson);
  }
}
