import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { ChannelFamily } from '../content/channels';
import type { Flag, PreparationRecord } from '../plan/record';
import type { Recognised } from '../plan/recognised';
import { answeredBy, moodLeadsTopics, moodScreenPositive } from '../plan/recordView';
import { personWords, relationWords } from './crisisAbout';
import { raiseCrisisFlag, sendCrisisReply } from './crisisReply';
import { keepCarersOwn } from './carersOwnWords';
import { cardLinkId, messageText } from './messageText';
import { carersOwnToo, carersWordsKept, type CarersToo } from './recognisers/carersOwnToo';
import { meantByPlace, type MeantEarlier } from './recognisers/meantEarlier';
import { answerInOwnTerms } from './recognisers/ownTerms';
import { readAnswer, type Parsed } from './sectionAnswers';
import { cleanText, maxTextLength } from './typedText';
import { takeRiskHeard } from './riskHeard';
import { retryWords } from './sectionReplies';
import { SectionDialog } from './sectionDialog';
import type { SectionDeps } from './sectionTypes';

export const moodDialogId = 'moodDialog';

/**
 * Part 5: the two Whooley questions. A yes to either is a positive screen — never called a
 * diagnosis — which asks whether they want help, gives non-urgent support, and raises a flag
 * that puts mood first on the lead contact's list (unless they choose not to share it).
 *
 * A yes or a "not sure" to either is followed, once, by the direct question about thoughts of
 * being better off dead or of self-harm (as PHQ-9 item 9 asks): asking directly is safe
 * practice. Anything but a clear no there is a crisis, as at a check-in: a yes, "not sure", a
 * hedge ("not really", at once) or words kept after asking again get the crisis reply, a flag that
 * says which it was, and nothing routine until they say they are safe.
 */

export class MoodDialog extends SectionDialog {
  constructor(deps: SectionDeps) {
    super(moodDialogId, 'mood', deps);
  }

  protected override introKey(): string {
    return 'mood.intro';
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    return (await this.carersOwnToo(dc)) ?? (await this.downSaidAtInterest(dc)) ?? super.continueDialog(dc);
  }

  /**
   * Feeling down said in the first question's own terms at the second, where the second finds no
   * answer in it (lower than ever or than in years, `ownTermsComparative`, `ownTermsSince`): a yes
   * to the first, put right as a yes meant for the first one is (`correctEarlier`), and the second
   * asked again (H84). Asked again as not understood, it left a no to the first and no positive
   * screen. Only a yes is so read.
   */
  private async downSaidAtInterest(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const state = this.state(dc);
    const { record } = this.session(dc);
    const down = record.answers['mood.down'];
    if (state.pending !== 'mood.interest' || state.cutOff !== undefined || state.offered !== undefined)
      return undefined;
    if (cardLinkId(dc.context) !== undefined || (down?.status === 'answered' && down.value === true)) return undefined;
    const text = messageText(dc.context) ?? '';
    const locale = dc.context.activity.locale;
    if (readAnswer(this.asked('mood.interest', record), text, this.deps.phrases, locale, state.attempts).ok)
      return undefined;
    const keyWords = this.question('mood.down').keyWords;
    const about = answeredBy(record) === 'carer' ? 'someoneElse' : 'writer';
    if (!keyWords || answerInOwnTerms(text, keyWords, this.deps.phrases, about, personWords(record)) !== 'yes')
      return undefined;
    return this.correctEarlier(dc, 'mood.interest', { value: true, words: 'yes', place: 1 });
  }

  /**
   * A carer's own yes beside their answer for the person ("not him, but I have"), typed at a mood
   * question about the person (see `recognisers/carersOwnToo`): the carer's part is theirs, never
   * the person's answer (H65). Undefined when the reply is not so, to be read as ever.
   */
  private async carersOwnToo(dc: DialogContext): Promise<DialogTurnResult | undefined> {
    const state = this.state(dc);
    const key = state.pending;
    const { record } = this.session(dc);
    if (key === undefined || answeredBy(record) !== 'carer' || cardLinkId(dc.context) !== undefined) return undefined;
    // What is held for this message (an offer, a cut-off answer) is the section's to read.
    if (state.cutOff !== undefined || state.offered !== undefined) return undefined;
    const question = this.question(key);
    const risk = question.hedges === 'notNo';
    if (!risk && !question.keyWords) return undefined;
    const text = messageText(dc.context) ?? '';
    const named = personWords(record, relationWords(this.deps.library));
    const split = carersOwnToo(text, this.deps.phrases, named, risk ? 'thoughts' : 'mood');
    if (!split) return undefined;
    // Read as a first reply: words that are no answer for the person leave it to be asked again.
    const read = readAnswer(this.asked(key, record), split.person, this.deps.phrases, dc.context.activity.locale);
    return risk ? this.carersOwnThoughts(dc, key, split, read) : this.carersOwnMood(dc, key, split, read);
  }

  /**
   * A carer's own low mood, told at a screening question about the person's: kept for the carer's
   * own part, never the person's answer (H6), with support for the carer. A yes or no for the person
   * is noted; otherwise the question is asked again (H70).
   */
  private async carersOwnMood(
    dc: DialogContext,
    key: string,
    split: CarersToo,
    read: Recognised<Parsed>,
  ): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const at = this.deps.clock().toISOString();
    await session.update((draft) => keepCarersOwn(draft, carersWordsKept(split, messageText(dc.context)), at));
    const family = this.family(dc);
    const support = this.deps.renderer.text('mood.carersOwn', this.templateData(session.record, family), family);
    if (read.ok && read.value.status === 'answered') return this.store(dc, key, read.value, [support]);
    return this.ask(dc, key, [support]);
  }

  /**
   * A carer's own thoughts of being better off dead, told at the question about the person's: the
   * crisis reply asks the carer whether they are safe, with the flag as theirs, as anywhere else. A
   * clear no for the person is noted; anything but one is noted and flagged too, as the person's
   * own answer would be; words that answer nothing for them leave the question to be asked again
   * once the carer is safe.
   */
  private async carersOwnThoughts(
    dc: DialogContext,
    key: string,
    split: CarersToo,
    read: Recognised<Parsed>,
  ): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const asked = this.render(this.question(key).ask.carer, session.record, this.family(dc));
    const forPerson =
      read.ok && (read.value.status === 'answered' || read.value.status === 'unknown') ? read.value : undefined;
    if (forPerson) await this.note(dc, key, forPerson);
    const personAtRisk = forPerson !== undefined && !(forPerson.status === 'answered' && forPerson.value === false);
    if (forPerson && personAtRisk) {
      const at = this.deps.clock().toISOString();
      const event = {
        kind: 'suicide',
        message: `${asked} ${split.person}`,
        via: 'moodQuestion',
        reply: replyTold(forPerson),
      } as const;
      await session.update((draft) => raiseCrisisFlag(draft, event, at));
    }
    const text = dc.context.activity.text ?? '';
    await sendCrisisReply(
      dc.context,
      { session, renderer: this.deps.renderer, clock: this.deps.clock },
      { kind: 'suicide', message: `${asked} ${text}`, via: 'moodQuestion', reply: 'yes', about: 'carer' },
    );
    return this.holdNext(dc);
  }

  /**
   * "Sorry, I meant yes to the last one", said at a mood question: the answer to the question
   * before is changed (and the screen with it) and the question waiting asked again. Read as an
   * answer to the question waiting, it told the lead contact the opposite of both (H43). The yes or
   * no is read as the question before reads it: "not really" is no clear no to thoughts of being
   * better off dead, so it gets the crisis reply there, and where a hedge is asked about again, that
   * question is asked again. Where the question before is in another part, or no yes/no question,
   * they are told how to go back.
   */
  /**
   * Here a mood question may also be named by where it was asked ("can I change the first answer to
   * no"): read as an answer to the self-harm question, it was noted as a no there (H69).
   */
  protected override meantEarlier(text: string): MeantEarlier | undefined {
    return meantByPlace(text, this.deps.phrases) ?? super.meantEarlier(text);
  }

  protected override async correctEarlier(
    dc: DialogContext,
    key: string,
    meant: MeantEarlier,
  ): Promise<DialogTurnResult> {
    const family = this.family(dc);
    const { record } = this.session(dc);
    const earlier = meant.place === undefined ? this.previousKey(record, key) : this.keyAt(record, key, meant.place);
    if (earlier === undefined || this.question(earlier).type !== 'yesno') return super.correctEarlier(dc, key, meant);
    const read = readAnswer(this.asked(earlier, record), meant.words, this.deps.phrases, dc.context.activity.locale);
    if (!read.ok) {
      // Asked again once already, in effect: their words are kept if they hedge once more.
      await this.askAgain(dc, earlier, [retryWords(read, this.question(earlier), 1, this.deps.renderer, family)]);
      this.state(dc).attempts = 1;
      return Dialog.EndOfTurn;
    }
    const parsed = read.value;
    await this.note(dc, earlier, parsed);
    // Anything but a clear no to thoughts of being better off dead, however it comes, gets the crisis reply.
    const ended = await this.afterAnswer(dc, earlier, parsed);
    if (ended) return ended;
    const ack =
      parsed.status === 'answered'
        ? [
            this.deps.renderer.text(
              'ack.meantEarlier',
              { yes: parsed.value === true, first: meant.place === 1, second: meant.place === 2 },
              family,
            ),
          ]
        : this.acknowledge(earlier, parsed, record, family);
    return this.askNext(dc, ack);
  }

  /**
   * The question asked at `place` in this section (1 the first), when it was asked before `key`;
   * undefined when it is `key` itself or comes after it.
   */
  private keyAt(record: PreparationRecord, key: string, place: number): string | undefined {
    const keys = this.keysFor(record);
    return place - 1 < keys.indexOf(key) ? keys[place - 1] : undefined;
  }

  protected override onAnswer(key: string, _parsed: Parsed, draft: PreparationRecord): void {
    if (key !== 'mood.down' && key !== 'mood.interest') return;
    // The flag follows the answers: raised by a yes, withdrawn if both are corrected to no.
    const existing = draft.flags.find((flag) => flag.kind === 'moodScreenPositive');
    if (moodScreenPositive(draft) && !existing) {
      draft.flags.push({
        kind: 'moodScreenPositive',
        detail: 'whooley',
        at: this.deps.clock().toISOString(),
        by: answeredBy(draft),
      });
    } else if (!moodScreenPositive(draft) && existing && draft.answers['mood.interest'] !== undefined) {
      draft.flags = draft.flags.filter((flag) => flag !== existing);
    }
  }

  protected override async afterAnswer(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
  ): Promise<DialogTurnResult | undefined> {
    const harmThoughts =
      key === 'mood.harmThoughts' &&
      (parsed.status === 'unknown' || (parsed.status === 'answered' && parsed.value === true));
    if (!harmThoughts) return undefined;
    const session = this.session(dc);
    const { record } = session;
    // The flag keeps the question with the answer: "yes" alone would tell the lead contact nothing.
    const asked = this.render(this.question(key).ask[answeredBy(record)], record, this.family(dc));
    await sendCrisisReply(
      dc.context,
      { session, renderer: this.deps.renderer, clock: this.deps.clock },
      {
        kind: 'suicide',
        message: `${asked} ${dc.context.activity.text ?? ''}`,
        via: 'moodQuestion',
        reply: replyTold(parsed),
      },
    );
    // The crisis guard reads the safety answer; the next question (whether they want help) is
    // asked only when they come back after saying they are safe.
    return this.holdNext(dc);
  }

  /**
   * A risk the crisis screen heard in a reply to the direct question ("only passing thoughts,
   * nothing I would act on", `riskHeard`) is no clear no, however it reads, unless it is a yes: kept
   * in their words, with the crisis reply (H126).
   */
  protected override async readInstead(dc: DialogContext, key: string, text: string, read: Recognised<Parsed>) {
    if (this.question(key).hedges !== 'notNo' || !takeRiskHeard(dc.context)) return undefined;
    if (read.ok && read.value.status === 'answered' && read.value.value === true) return undefined;
    return this.store(dc, key, { status: 'unknown', words: cleanText(text).slice(0, maxTextLength) });
  }

  protected override acknowledge(
    key: string,
    parsed: Parsed,
    record: PreparationRecord,
    family: ChannelFamily,
  ): string[] {
    const lines = super.acknowledge(key, parsed, record, family);
    if (key === 'mood.wantsHelp') {
      const carer = answeredBy(record) === 'carer';
      lines.push(
        this.deps.renderer.text(
          carer ? 'mood.supportCarer' : 'mood.support',
          // Only promised when the plan does it: a "no" to help keeps mood off the top (H3).
          { ...this.templateData(record, family), onTop: moodLeadsTopics(record) },
          family,
        ),
      );
    }
    return lines;
  }
}

/** Told as it was said: a hedge or other words ("not really") are not a clear no, and no yes either. */
function replyTold(parsed: Parsed): NonNullable<Flag['reply']> {
  return parsed.status === 'answered'
    ? 'yes'
    : parsed.status === 'unknown' && parsed.words !== undefined
      ? 'unclear'
      : 'notSure';
}
