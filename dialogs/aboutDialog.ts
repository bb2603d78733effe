import type { DialogContext, DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { Answer, PreparationRecord } from '../plan/record';
import type { Recognised } from '../plan/recognised';
import { answeredBy, subjectName, subjectRelation } from '../plan/recordView';
import type { Question, RelationWords } from '../content/packs/packSchema';
import { messageText } from './messageText';
import { recogniseChoices } from './recognisers/choices';
import { conditionsSaid, meantCondition, type ConditionsSaid } from './recognisers/conditionsSaid';
import { capitalisedName } from './recognisers/names';
import {
  carersOwnRelation,
  relationInName,
  relationOwnedIn,
  type CarersOwnRelation,
  type NamedRelation,
} from './recognisers/relationInName';
import { relationNamingPerson } from './recognisers/relationSaid';
import { conditionsAfterName, nameBeforeConditions, type ConditionsAfterName } from './recognisers/conditionsAfterName';
import { nameSaid } from './recognisers/nameSaid';
import { sentenceAsName } from './recognisers/sentenceAsName';
import { clauseSaid } from './recognisers/nameClause';
import { recordAnswer } from './answerInRecord';
import type { ChoiceRules, Parsed } from './sectionAnswers';
import { SectionDialog } from './sectionDialog';
import { skipOffer } from './sectionReplies';
import { questionData } from './sectionPrompt';
import type { SectionDeps } from './sectionTypes';
import { YoungCarer } from './youngCarer';

export const aboutDialogId = 'aboutDialog';

/** The conditions option for anything not on the list; its words are the answer to `conditions.other`. */
export const otherConditionId = 'other';

/** Who is answering (the person or someone helping them), and which conditions to talk about. */
const respondentTypeKey = 'respondent.type';
const conditionsKey = 'conditions';

/** The question for the person's name. */
const subjectNameKey = 'subject.name';

/** The question for a carer's own name, which they may give with who they are ("Ann, her daughter"). */
const respondentNameKey = 'respondent.name';

/** A carer's own name and who they are, as a name read with a relationship is noted. */
function ownRelationRead(read: CarersOwnRelation | undefined): NamedRelation | undefined {
  return read && { answer: read.relationship, name: read.name };
}

/** Part 1: who is answering, whose plan it is, and which conditions to talk about. */
export class AboutDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(aboutDialogId, 'about', deps);
  }

  protected override choiceRules(key: string, question: Question, record: PreparationRecord): ChoiceRules {
    // A condition not on the list is still a condition: kept in their words as "something else".
    // Having none to talk about is an answer too ("none", "no"): the general topics are offered.
    if (key === 'conditions') {
      return { ...super.choiceRules(key, question, record), otherId: otherConditionId, allowNone: true };
    }
    return super.choiceRules(key, question, record);
  }

  /**
   * A carer who named the person by who they are to them ("my mum", "my husband John") has said
   * how they know them: noted from those words (the question's `fromName`), so it is not asked
   * again, and the name after them ("John") kept as the name. Recorded before the name, so the
   * name stays the answer given last, and at the name's time, so a name changed later (`before`)
   * may tell it was read from a name: one the carer typed is theirs, and is never overwritten.
   * So too a carer's own name said with who they are ("Ann, her daughter": Ann, a daughter).
   */
  protected override onAnswer(key: string, parsed: Parsed, draft: PreparationRecord, before?: Answer): void {
    if (parsed.status !== 'answered' || typeof parsed.value !== 'string') return;
    const relations = this.question(key).fromName;
    if (relations !== undefined) {
      this.noteRelationSaid(key, parsed.value, relations, draft);
      return;
    }
    if (key !== subjectNameKey && key !== respondentNameKey) return;
    const noted = this.keysFor(draft).find((k) => this.question(k).fromName !== undefined);
    const fromName = noted ? (this.question(noted).fromName ?? []) : [];
    const read =
      key === subjectNameKey
        ? relationInName(parsed.value, fromName, this.deps.phrases, parsed.typed)
        : ownRelationRead(carersOwnRelation(parsed.value, fromName, this.deps.phrases, subjectName(draft)));
    if (!noted || !read) return;
    const at = draft.answers[key]?.at ?? this.deps.clock().toISOString();
    const kept = draft.answers[noted];
    const typed = kept?.status === 'answered' && kept.at !== before?.at;
    if (!typed) recordAnswer(draft, noted, { status: 'answered', value: read.answer }, at);
    const name = read.name === undefined ? parsed.value : capitalisedName(read.name, this.deps.phrases);
    recordAnswer(draft, key, { status: 'answered', value: name }, at);
  }

  /**
   * Asked how they know the person, a carer who says who the person is to them ("my mum", "he's
   * my husband") has who they are to the person noted, as a name naming them so is ("son or
   * daughter", "partner"): their words would put "Carer: Sam (my mum)" on the plan, as if Sam were
   * the mother. Anything else is kept as typed.
   */
  private noteRelationSaid(key: string, said: string, relations: RelationWords[], draft: PreparationRecord): void {
    const person = subjectName(draft);
    const read = relationNamingPerson(said, relations, this.deps.phrases, person);
    const at = draft.answers[key]?.at ?? this.deps.clock().toISOString();
    if (read === undefined) return;
    recordAnswer(draft, key, { status: 'answered', value: read.answer }, at);
    // The person's name said with it ("Ron my dad") goes where the name is asked, when none was given.
    if (read.name !== undefined && person === undefined) {
      const value = capitalisedName(read.name, this.deps.phrases);
      recordAnswer(draft, subjectNameKey, { status: 'answered', value }, at);
    }
  }

  /**
   * Who is answering is read without a clause naming conditions, which is kept for the conditions
   * question; so is a name with conditions typed straight after it ("ann diabetes" is Ann).
   */
  protected override answerWords(key: string, text: string, record: PreparationRecord): string {
    if (key === subjectNameKey) return this.nameParts(text, record).name ?? text;
    return key === respondentTypeKey ? (this.conditionsSaid(text, record)?.head ?? text) : text;
  }

  /** The name said and the clause after it (`nameSaid`), or else the conditions typed straight after it. */
  private nameParts(text: string, record: PreparationRecord): { name?: string; rest?: string } {
    const said = nameSaid(text, this.deps.phrases);
    if (said.rest !== undefined) return { rest: said.rest };
    const options = this.asked(conditionsKey, record).options();
    if (sentenceAsName(text, options, this.deps.phrases)) return {};
    return nameBeforeConditions(said.name, { options, otherId: otherConditionId }, this.deps.phrases) ?? {};
  }

  /**
   * Conditions said with who is answering (`saysConditions` in the core pack) are offered when the
   * conditions question comes, in their words, for a yes; never noted unasked; those not on the
   * list, or said as a possibility, as "something else". Said again without them, any offer held
   * lets go. A carer who said whom they answer for ("for my dad") has said how they know them.
   */
  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    const text = messageText(dc.context);
    if (key === subjectNameKey && parsed.status === 'answered' && text !== undefined)
      this.conditionsAfterName(dc, text);
    if (key !== respondentTypeKey) return super.afterAnswer(dc, key, parsed);
    // "im 14 and i look after my mum": flagged and told now, before the next question (H524).
    await new YoungCarer(this.deps).follow(dc.context, text);
    const record = this.session(dc).record;
    if (text !== undefined) await this.noteRelation(dc, text);
    const said = text === undefined ? undefined : this.conditionsSaid(text, record);
    const offers = said !== undefined && (said.ids.length > 0 || said.other !== undefined);
    if (!offers || parsed.status !== 'answered' || parsed.value !== said.of) {
      this.forgetHeard(dc, conditionsKey);
      return super.afterAnswer(dc, key, parsed);
    }
    this.offerConditions(dc, said);
    return super.afterAnswer(dc, key, parsed);
  }

  /**
   * Conditions said in a clause after the name ("I'm Jean and I have COPD"), opened as who is
   * answering would say them ("I have", "she has"): offered at the conditions question, as those
   * said with who is answering are. Nothing is let go of when none are said.
   */
  private conditionsAfterName(dc: DialogContext, text: string): void {
    const said = this.afterName(text, this.session(dc).record).conditions;
    if (said) this.offerConditions(dc, said);
  }

  /** The clause said after a name (`nameSaid`), and the conditions it names, if any. */
  private afterName(text: string, record: PreparationRecord): { rest?: string; conditions?: ConditionsAfterName } {
    const { rest } = this.nameParts(text, record);
    const picked = record.answers[respondentTypeKey]?.value;
    const who = this.asked(respondentTypeKey, record)
      .options()
      .find((o) => o.id === picked);
    if (rest === undefined || who?.saysConditions === undefined) return { rest };
    const options = this.asked(conditionsKey, record).options();
    const otherId = otherConditionId;
    return { rest, conditions: conditionsAfterName(rest, who.saysConditions, { options, otherId }, this.deps.phrases) };
  }

  /**
   * A name stored with a clause after it that names no condition ("I'm Jean and I live alone"): the
   * clause is said back as not noted, with where it can be told, never dropped without a word.
   */
  protected override store(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
    after: string[] = [],
  ): Promise<DialogTurnResult> {
    const text = messageText(dc.context);
    const record = this.session(dc).record;
    const read = key === subjectNameKey && parsed.status === 'answered' && text ? this.afterName(text, record) : {};
    const words = read.conditions === undefined ? clauseSaid(read.rest, this.deps.phrases) : undefined;
    if (words === undefined) return super.store(dc, key, parsed, after);
    const family = this.family(dc);
    const data = { ...this.templateData(record, family), words };
    return super.store(dc, key, parsed, [...after, this.deps.renderer.text('about.nameClauseNotKept', data, family)]);
  }

  /**
   * A sentence about someone said where a name is asked ("she has dementia and heart failure"):
   * never kept as a name (explorer 25), said so, and the name asked for again; a try that counts
   * towards the offer to skip, as any answer it could not use does (H266).
   */
  protected override readInstead(dc: DialogContext, key: string, text: string, read: Recognised<Parsed>) {
    const record = this.session(dc).record;
    // "not sure", "skip": read as such, never as a sentence about someone ("not" opens a clause).
    if (!read.ok || read.value.status !== 'answered') return Promise.resolve(undefined);
    if (key !== subjectNameKey && key !== respondentNameKey) return Promise.resolve(undefined);
    if (!sentenceAsName(text, this.asked(conditionsKey, record).options(), this.deps.phrases))
      return Promise.resolve(undefined);
    const family = this.family(dc);
    const said = this.deps.renderer.text('retry.nameSentence', this.templateData(record, family), family);
    const offer = skipOffer(this.question(key), ++this.state(dc).attempts, this.deps.renderer, family);
    return this.askAgain(dc, key, [[said, ...offer].join(' ')]);
  }

  /** At the conditions, a condition not on the list said as meant ("sorry I meant lupus"): words that can be one (`meantCondition`). */
  protected override meantInOwnWords(key: string, text: string, record: PreparationRecord): boolean {
    if (key !== conditionsKey) return false;
    const picks = recogniseChoices(text, this.asked(key, record).options(), this.deps.phrases, { multiple: true });
    return meantCondition(picks, text, this.deps.phrases) !== undefined;
  }

  /** Holds conditions said before their question, with the words that offer them when it comes. */
  private offerConditions(dc: DialogContext, said: ConditionsAfterName): void {
    const record = this.session(dc).record;
    const family = this.family(dc);
    const options = this.asked(conditionsKey, record).options();
    const list = said.ids.map((id) => options.find((o) => o.id === id)?.label ?? id).join(', ');
    const { other } = said;
    const data = { ...this.templateData(record, family), words: said.words, list, other, asSaid: other === said.words };
    const offer = this.deps.renderer.text('about.heardConditions', data, family);
    const value = other === undefined ? said.ids : [...said.ids, otherConditionId];
    this.hearForLater(dc, conditionsKey, value, offer, other);
  }

  /**
   * Who a carer is to the person, from whom they said they answer for ("for my dad": a son or
   * daughter), noted as a name naming them so is (`fromName`), unless it is answered already.
   */
  private async noteRelation(dc: DialogContext, text: string): Promise<void> {
    const session = this.session(dc);
    const { record } = session;
    const noted = this.keysFor(record).find((k) => this.question(k).fromName !== undefined);
    if (answeredBy(record) !== 'carer' || noted === undefined || record.answers[noted] !== undefined) return;
    const answer = relationOwnedIn(text, this.question(noted).fromName ?? []);
    if (answer === undefined) return;
    const at = this.deps.clock().toISOString();
    await session.update((draft) => recordAnswer(draft, noted, { status: 'answered', value: answer }, at));
  }

  private conditionsSaid(text: string, record: PreparationRecord): ConditionsSaid | undefined {
    const who = this.asked(respondentTypeKey, record);
    const conditions = this.asked(conditionsKey, record);
    return conditionsSaid(
      text,
      { options: who.options(), rules: who.rules() },
      { options: conditions.options(), otherId: otherConditionId },
      this.deps.phrases,
    );
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    // The name as it is said back ("your mum" for a carer's "my mum"), never a blank.
    if (key === subjectNameKey && parsed.status === 'answered' && (subjectName(record) ?? subjectRelation(record))) {
      const ack = answeredBy(record) === 'carer' ? 'ack.carerName' : 'ack.personName';
      return [this.deps.renderer.text(ack, questionData(record, this.deps.renderer, family), family)];
    }
    // Who the carer is to the person, as noted from who they said the person is ("son or daughter").
    const noted = record.answers[key];
    if (this.question(key).fromName !== undefined && parsed.status === 'answered' && typeof noted?.value === 'string') {
      const said = super.acknowledge(key, { status: 'answered', value: noted.value }, record, family);
      // The name noted with it, as it was said ("Ron my dad" with no name given before): said so.
      const named = record.answers[subjectNameKey]?.at === noted.at && subjectName(record) !== undefined;
      const data = questionData(record, this.deps.renderer, family);
      return named ? [...said, this.deps.renderer.text('ack.carerName', data, family)] : said;
    }
    // Conditions none of which has topics of its own: the general ones are shown, and said so.
    const picked =
      key === conditionsKey && parsed.status === 'answered' && Array.isArray(parsed.value) ? parsed.value : [];
    if (picked.length > 0 && this.deps.library.ownTopics(picked, 1).length === 0) {
      const general = this.deps.renderer.text('about.generalTopics', this.templateData(record, family), family);
      return [...super.acknowledge(key, parsed, record, family), general];
    }
    return super.acknowledge(key, parsed, record, family);
  }
}
