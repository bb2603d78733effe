import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily, type ChannelFamily } from '../content/channels';
import type { PreparationRecord } from '../plan/record';
import { answeredBy, textAnswer } from '../plan/recordView';
import type { ConversationDeps } from './conversationDeps';
import { listAnswerChanged } from './listAnswerChange';
import { answerTextSaid } from './recognisers/answerTextSaid';
import { answerAbout, answerToRemove } from './recognisers/answerToRemove';
import { cleanText } from './typedText';
import { newNameIn, newNameSaid, type NewName } from './recognisers/newName';
import type { PhraseList } from './recognisers/phraseLists';
import { questionToChange } from './recognisers/questionToChange';
import { questionsBack } from './recognisers/questionsBack';
import type { Resumption } from './resumption';
import { sharingKeys } from './reviewAnswers';
import type { SectionDialog } from './sectionDialog';
import { questionData } from './sectionPrompt';
import type { SectionOptions } from './sectionTypes';

/** An earlier question, and the section that asks it. */
interface Asked {
  section: SectionDialog;
  key: string;
}

/**
 * A request, at a question, to change the answer to an earlier one by its name ("change my name",
 * "change my answer to what matters most"): that question is asked again, as "back" asks the one
 * before, and once it is answered the one waiting comes again. Never kept as the answer to the
 * question waiting. Only questions already answered are named; at the review, its own "anything
 * to change?" reads such words. A new name said with it ("change my name to Jeanie"), or on its own
 * ("call me Jeanie"), is noted at once, there too: see `rename`.
 */
export class QuestionToChange {
  constructor(
    private readonly deps: Pick<
      ConversationDeps,
      'sections' | 'sessions' | 'renderer' | 'phrases' | 'audit' | 'clock' | 'root'
    >,
    private readonly resumption: Resumption,
  ) {}

  /** Takes `text` to the earlier question it names to change; false when it names none. */
  async asked(dc: DialogContext, text: string): Promise<boolean> {
    const active = this.resumption.activeSection(dc);
    const waiting = active?.pendingKey(dc);
    if (!active || waiting === undefined) return false;
    const record = this.deps.sessions.get(dc.context).record;
    const carer = answeredBy(record) === 'carer';
    // Most messages name no change and no name: the questions are gathered only for one that might.
    let gathered: readonly Asked[] | undefined;
    const earlier = (): readonly Asked[] => (gathered ??= this.answeredBefore(record, waiting));
    // At a name question, a name is its answer; but the person's, said at a carer's own ("her name
    // is Rose"), is the person's new name, never the carer's.
    const nameAt = active.nameAsked(waiting);
    if (nameAt !== undefined) {
      const person = carer && nameAt === 'carersOwn' ? this.personRenamed(text, earlier) : undefined;
      if (person) await this.rename(dc, active, waiting, person);
      return person !== undefined;
    }
    // At a question about other people ("Who helps Jean?"), "his name is Tom" names one of them.
    const renamed = this.newName(text, earlier, carer, active.asksAboutOthers(waiting));
    if (renamed) {
      await this.rename(dc, active, waiting, renamed);
      return true;
    }
    if (active.section === 'review') return false;
    // An answer asked for by how far back it is ("the answer from two questions ago"): that question
    // again, never the count read as the answer waiting (explorer 29, H390); asked which when unclear
    // ("two goals ago", "question 2"), the question waiting again (H434).
    const back = questionsBack(text, this.deps.phrases, dc.context.activity.locale ?? 'en-GB');
    const answered = back === undefined ? [] : earlier();
    if (back !== undefined && answered.length > 0) {
      if (back !== 'unclear') await this.askAgain(dc, active, answered[Math.max(0, answered.length - back)]);
      else await active.askAgain(dc, waiting, [this.deps.renderer.text('retry.whichEarlier', {}, familyOf(dc))]);
      return true;
    }
    // New words for an earlier answer said with its question named ("actually what matters most is
    // my grandson not my dog"): noted there, said back, and the question waiting asked again.
    if (await this.newWords(dc, active, waiting, text, earlier, carer)) return true;
    // An earlier answer asked to be taken out by its words ("delete what I said about being lonely").
    if (await this.toRemove(dc, active, waiting, text, earlier)) return true;
    if (!this.deps.phrases.within('changeVerb', text)) return false;
    const named = questionToChange(
      text,
      earlier().map(({ section, key }) => ({ key, names: section.namesOf(key, carer) })),
      this.deps.phrases,
    );
    const target = earlier().find(({ key }) => key === named?.key);
    if (!target) return false;
    // A list's new answer said with it ("change my topics to sleep"): noted there when it picks from it.
    const to = named?.to;
    if (to !== undefined && (await listAnswerChanged(this.deps, dc, { active, waiting }, { ...target, carer }, to)))
      return true;
    await this.askAgain(dc, active, target);
    return true;
  }

  /**
   * Notes the new words `text` gives an earlier question in words, by its name (`answerTextSaid`),
   * when they read as its answer there; then says what changed, from what to what, only once it is
   * noted, and asks the question waiting again (explorer 28, H332). False, noting nothing, otherwise.
   */
  private async newWords(
    dc: DialogContext,
    active: SectionDialog,
    waiting: string,
    text: string,
    earlier: () => readonly Asked[],
    carer: boolean,
  ): Promise<boolean> {
    const { phrases } = this.deps;
    if (!['newAnswerLink', 'takenBack', 'changeVerb'].some((list) => phrases.within(list as PhraseList, text)))
      return false;
    const inWords = earlier().filter(({ section, key }) => section.asksInWords(key));
    const said = answerTextSaid(
      text,
      inWords.map(({ section, key }) => ({ key, names: section.namesOf(key, carer) })),
      phrases,
    );
    const target = inWords.find(({ key }) => key === said?.key);
    if (!said || !target) return false;
    const session = this.deps.sessions.get(dc.context);
    const before = textAnswer(session.record, target.key);
    const { read } = target.section.readFor(target.key, said.words, session.record, dc.context.activity.locale);
    if (!read.ok || read.value.status !== 'answered' || typeof read.value.value !== 'string') return false;
    const after = read.value.value;
    if (before !== after) await target.section.noteAside(session, target.key, read.value);
    const family = channelFamily(dc.context.activity.channelId);
    const named = target.section.namesOf(target.key, carer)[0];
    const data = {
      ...questionData(session.record, this.deps.renderer, family),
      ...{ before, after, named, same: before === after },
    };
    await active.askAgain(dc, waiting, [this.deps.renderer.text('ack.earlierWords', data, family)]);
    return true;
  }

  /**
   * The earlier answer in words that `text` asks to take out by its words (`answerToRemove`): that
   * question is asked again, saying how to take it out, as "delete my answer" does; nothing is taken
   * out by these words alone. With no answer of those words, that is said and the question waiting
   * asked again. False for anything else (explorer 28, H332).
   */
  private async toRemove(
    dc: DialogContext,
    active: SectionDialog,
    waiting: string,
    text: string,
    earlier: () => readonly Asked[],
  ): Promise<boolean> {
    const about = answerToRemove(text, this.deps.phrases);
    if (about === undefined) return false;
    const { record } = this.deps.sessions.get(dc.context);
    const inWords = [...earlier()].reverse().filter(({ section, key }) => section.asksInWords(key));
    // Its words as written first, then misspelt: "walking" before "talking to people" (H406).
    const named = (spelt: boolean): Asked | undefined =>
      inWords.find(({ key }) => answerAbout(textAnswer(record, key) ?? '', about, spelt));
    const found = named(false) ?? named(true);
    const family = channelFamily(dc.context.activity.channelId);
    if (!found) {
      const said = this.deps.renderer.text('command.removeNotFound', { words: cleanText(text) }, family);
      await active.askAgain(dc, waiting, [said]);
      return true;
    }
    const answer = textAnswer(record, found.key);
    const mayLeaveOut = found.section.mayLeaveOut(found.key);
    const preface = [this.deps.renderer.text('command.removeNamed', { answer, mayLeaveOut }, family)];
    await this.askAgain(dc, active, found, preface);
    return true;
  }

  /** The questions that have an answer, in the order they are asked: before `waiting`, or all of them. */
  private answeredBefore(record: PreparationRecord, waiting?: string): readonly Asked[] {
    const asked = this.deps.sections.flatMap((section) => section.keysFor(record).map((key) => ({ section, key })));
    const at = asked.findIndex(({ key }) => key === waiting);
    const upTo = waiting === undefined ? asked.length : Math.max(0, at);
    return asked.slice(0, upTo).filter(({ key }) => record.answers[key] !== undefined);
  }

  /**
   * A new name once the plan is finished ("call me Bob now", "change my name to Bob"): noted, said
   * so only once it is, and then `change` runs, which shows the plan afresh to look over and share
   * again, as a name changed at the review does (nothing is sent again unasked). The name it has
   * already is said to be so, and nothing changes. False for anything else, and before the end.
   */
  async onceFinished(dc: DialogContext, text: string, change: (dc: DialogContext) => Promise<void>): Promise<boolean> {
    const session = this.deps.sessions.get(dc.context);
    const { record } = session;
    if (this.deps.root.nextSection(record) !== undefined) return false;
    const carer = answeredBy(record) === 'carer';
    const to = this.newName(text, () => this.answeredBefore(record), carer, false);
    if (!to) return false;
    const before = record.answers[to.key];
    const same = before?.status === 'answered' && before.value === to.name;
    if (!same) await to.section.noteAside(session, to.key, { status: 'answered', value: to.name, typed: to.name });
    const family = channelFamily(dc.context.activity.channelId);
    const own = to.section.nameAsked(to.key) === 'carersOwn';
    const data = { ...questionData(session.record, this.deps.renderer, family), newName: to.name, own, same };
    await dc.context.sendActivity(this.deps.renderer.message('name.changed', data, dc.context.activity.channelId));
    if (!same) await change(dc);
    return true;
  }

  /**
   * The name question a new name in `text` is for, and the name: said as one ("call me Jeanie",
   * "her name is Ron", `newNameSaid`), or asked to change to ("change my name to Jeanie"). Only a
   * name question already answered: the person's for "my name" when answering for themselves, a
   * carer's own for theirs and the person's for "her name".
   */
  private newName(
    text: string,
    earlier: () => readonly Asked[],
    carer: boolean,
    othersAsked: boolean,
  ): (Asked & { name: string }) | undefined {
    const said = newNameSaid(text, this.deps.phrases);
    if (said?.whose === 'person' && othersAsked) return undefined;
    const whose = (name: NewName['whose']): 'person' | 'carersOwn' =>
      name === 'own' && carer ? 'carersOwn' : 'person';
    if (said && (carer || said.whose === 'own')) {
      const target = earlier().find(({ section, key }) => section.nameAsked(key) === whose(said.whose));
      return target && { ...target, name: said.name };
    }
    if (!this.deps.phrases.within('changeVerb', text)) return undefined;
    const named = questionToChange(
      text,
      earlier().map(({ section, key }) => ({ key, names: section.namesOf(key, carer) })),
      this.deps.phrases,
    );
    const target = earlier().find(({ key }) => key === named?.key);
    if (!target || named?.to === undefined || target.section.nameAsked(target.key) === undefined) return undefined;
    // Read as a name said after "call me": only a name, never "something else".
    const name = newNameIn(named.to, this.deps.phrases);
    return name === undefined ? undefined : { ...target, name };
  }

  /** The person's name question and the name, when `text` says it as the person's ("she's called Rose"). */
  private personRenamed(text: string, earlier: () => readonly Asked[]): (Asked & { name: string }) | undefined {
    const said = newNameSaid(text, this.deps.phrases);
    if (said?.whose !== 'person') return undefined;
    const target = earlier().find(({ section, key }) => section.nameAsked(key) === 'person');
    return target && { ...target, name: said.name };
  }

  /**
   * Notes `to.name` as the answer to its name question, then says so (only once it is noted) and
   * asks the question waiting again, in words that use it. At the review the plan changed: what
   * was chosen to send is cleared, as any change clears it, and the plan is shown afresh.
   */
  private async rename(
    dc: DialogContext,
    active: SectionDialog,
    waiting: string,
    to: Asked & { name: string },
  ): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    const before = session.record.answers[to.key];
    const same = before?.status === 'answered' && before.value === to.name;
    if (!same) await to.section.noteAside(session, to.key, { status: 'answered', value: to.name, typed: to.name });
    const family = channelFamily(dc.context.activity.channelId);
    const data = {
      ...questionData(session.record, this.deps.renderer, family),
      newName: to.name,
      own: to.section.nameAsked(to.key) === 'carersOwn',
      same,
    };
    const said = this.deps.renderer.text('name.changed', data, family);
    if (active.section !== 'review' || same) {
      await active.askAgain(dc, waiting, [said]);
      return;
    }
    await session.update((draft) => clearSharing(draft));
    await this.deps.audit.append({
      actor: answeredBy(session.record),
      action: 'change',
      subject: session.record.id,
      detail: { section: to.section.section, planVersion: session.record.planVersion },
    });
    await dc.replaceDialog(active.id, { preface: [said] } satisfies SectionOptions);
  }

  /** `target` asked again, `preface` said first (by default "OK, let's go back"). */
  private async askAgain(dc: DialogContext, active: SectionDialog, target: Asked, preface?: string[]): Promise<void> {
    preface ??= [this.deps.renderer.text('command.back', {}, familyOf(dc))];
    if (target.section === active) await active.askAgain(dc, target.key, preface);
    else await dc.replaceDialog(target.section.id, { startAt: target.key, preface } satisfies SectionOptions);
  }
}

/** The channel family of the turn, for words. */
const familyOf = (dc: DialogContext): ChannelFamily => channelFamily(dc.context.activity.channelId);

/** What was chosen to send and the consent covered the plan as it was: a change clears them. */
function clearSharing(draft: PreparationRecord): void {
  for (const key of sharingKeys) delete draft.answers[key];
}
