import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { afterConfirmation } from './confirmationDialog';
import { makeOffer, replyToOffer, withdrawOffer } from './answerOffer';
import { carersOwnAt, carersOwnReply, carersPartAt, keepCarersOwn } from './carersOwnWords';
import { askForRest, cutOffToHold, restOfCutOff } from './cutOffRest';
import { cardLinkId, messageText } from './messageText';
import { linkIdForKey } from './questionKeys';
import { meantForEarlier, type MeantEarlier } from './recognisers/meantEarlier';
import { repeatOfLastAnswer } from './repeatedAnswer';
import { sentUnseen } from './turnArrival';
import { refuses } from './answerRefusal';
import { readAnswer, takesNotSure, type Parsed } from './sectionAnswers';
import { cleanText } from './typedText';
import { SectionStrain } from './sectionStrain';
import { askedBackWords, helpWords, retryWords } from './sectionReplies';
import type { SectionOptions, SectionState } from './sectionTypes';

/**
 * The behaviour all sections share: ask the next question of the section, read the answer by
 * question type, store it in the record in the same turn, acknowledge, and go on; re-ask kindly
 * when an answer can't be used. A section says which questions it asks, in order, for a given
 * record; what is already answered is not asked again, so a restart resumes where it stopped.
 * Here the person's turns: a message read as a reply to the question waiting, and the commands said
 * at it; asking and recording are `SectionAsking`'s.
 *
 * A plain `Dialog` rather than a `ComponentDialog`: a section has no inner prompts to host.
 */
export abstract class SectionDialog extends SectionStrain {
  override async beginDialog(dc: DialogContext, options?: SectionOptions): Promise<DialogTurnResult> {
    const state: SectionState = { attempts: 0, revisit: options?.revisit ?? false, revisited: [] };
    dc.activeDialog!.state = state;
    const family = this.family(dc);
    // A part's heading may name whose it is: a carer goes through "Jean's test results", not theirs.
    const heading = this.deps.renderer.text(
      `part.${this.section}`,
      this.templateData(this.session(dc).record, family),
      family,
    );
    const preface = [...(options?.preface ?? []), heading];
    if (options?.startAt) return this.ask(dc, options.startAt, preface);
    preface.push(...(await this.introLines(this.session(dc).record, family)));
    return this.askNext(dc, preface);
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const key = state.pending;
    if (!key) return this.askNext(dc, []);
    const session = this.session(dc);
    const question = this.question(key);
    const family = this.family(dc);
    let text = messageText(dc.context) ?? '';
    const fromCard = cardLinkId(dc.context);
    // What is held for the message straight after it (an offer, a cut-off answer) holds for it only.
    const { cutOff } = state;
    state.cutOff = undefined;
    const strain = await this.strainTurn(dc, key, text, fromCard !== undefined);
    if (strain) return strain;
    const offer = replyToOffer(state, text, this.deps.phrases);
    if (offer === 'ownWords') return this.ask(dc, key, []);
    if (offer) return this.store(dc, key, { status: 'answered', value: offer.keep, other: offer.other });
    if (fromCard !== undefined && fromCard !== linkIdForKey(key)) {
      // An old card, scrolled back to: its picks belong to another question, never to this one.
      return this.ask(dc, key, [this.deps.renderer.text('retry.staleCard', {}, family)]);
    }
    const meant = fromCard === undefined ? this.meantEarlier(text) : undefined;
    if (meant) return this.correctEarlier(dc, key, meant);
    const rest = cutOff && restOfCutOff(cutOff, text, this.deps.phrases);
    if (rest && 'kept' in rest) return this.store(dc, key, { status: 'answered', value: rest.kept });
    // The rest of an answer that looked cut off: read as one, by every step after this one too.
    if (rest) text = dc.context.activity.text = rest.whole;
    const said = text;
    const letter = fromCard === undefined ? await this.holdLetter(dc, key, text) : undefined;
    if (letter) return letter;
    if (fromCard === undefined && carersOwnAt(question, session.record, text, this.deps.phrases, this.deps.library)) {
      return this.keepCarersOwn(dc, key, text);
    }
    // Of themselves and of the person: their part kept as their own, the rest read as the answer.
    const part =
      fromCard === undefined
        ? carersPartAt(question, session.record, text, this.deps.phrases, this.deps.library)
        : undefined;
    if (part) text = part.person;
    if (fromCard === undefined) text = this.answerWords(key, text, session.record);
    const inWords = fromCard === undefined && !part;
    const beside = inWords ? await this.keepBeside(dc, key, text) : undefined;
    if (beside) return beside;
    const parsed = readAnswer(
      this.asked(key, session.record),
      text,
      this.deps.phrases,
      dc.context.activity.locale,
      state.attempts,
      fromCard !== undefined,
    );
    const instead = inWords ? await this.readInstead(dc, key, text, parsed) : undefined;
    if (instead) return instead;
    // A yes to sharing with more beside it, read for a condition first: never a plain yes (H106).
    const unsure = inWords && question.asksToShare ? await this.keepBeside(dc, key, text, true) : undefined;
    if (unsure) return unsure;
    // After the readings of the question waiting that are not its plain answer: a carer's own words,
    // or a next goal in place of a yes, are never added to the answer before.
    // Sent before this question could be seen (two texts at once): meant for the one before.
    const unseen = fromCard === undefined && sentUnseen(dc.context);
    const added = fromCard === undefined && !cutOff && !part ? await this.addToLast(dc, key, said, unseen) : undefined;
    if (added) return added;

    if (!parsed.ok) {
      const data = this.templateData(session.record, family);
      // A number alone straight after a score: a second go at it, said so with how to change it.
      const again =
        parsed.code === 'number_for_words'
          ? repeatOfLastAnswer(
              { key, question, record: session.record },
              text,
              { status: 'answered', value: cleanText(text) } satisfies Parsed,
              {
                phrases: this.deps.phrases,
                now: this.deps.clock(),
                reasked: state.attempts,
                locale: dc.context.activity.locale,
              },
            )
          : undefined;
      state.attempts += 1;
      if (again)
        return this.ask(dc, key, [this.deps.renderer.text(`retry.${again.kind}`, { ...data, ...again }, family)]);
      // Why it is asked, then the question in its own words.
      if (parsed.code === 'asked_why')
        return this.ask(dc, key, [this.deps.renderer.text('retry.askedWhy', data, family)]);
      const words =
        parsed.code === 'asked_back'
          ? askedBackWords(question, session.record, data, this.deps.renderer, family)
          : parsed.code === 'unsure' || parsed.code === 'asked_help'
            ? helpWords(key, question, session.record, data, this.deps.renderer, family)
            : retryWords(parsed, question, state.attempts, this.deps.renderer, family);
      return this.ask(dc, key, [], words);
    }
    if (part) {
      // Kept once the rest is an answer, whatever follows: held as cut off, or said again.
      const at = this.deps.clock().toISOString();
      await session.update((draft) => keepCarersOwn(draft, part.carer, at));
    }
    const from = { card: fromCard !== undefined, rest: cutOff !== undefined };
    const cut = cutOffToHold(question, parsed.value, this.deps.phrases, from);
    if (cut) {
      await this.ask(dc, key, [], askForRest(cut, this.deps.renderer, family), false);
      state.cutOff = cut;
      return Dialog.EndOfTurn;
    }
    const context = {
      phrases: this.deps.phrases,
      now: this.deps.clock(),
      reasked: state.attempts,
      locale: dc.context.activity.locale,
    };
    const repeat = repeatOfLastAnswer({ key, question, record: session.record }, text, parsed.value, context);
    if (repeat) {
      // Said why, then the question in its own words: they may not have read it before answering.
      state.attempts += 1;
      const { kind, ...said } = repeat;
      const data = { ...this.templateData(session.record, family), ...said };
      return this.ask(dc, key, [this.deps.renderer.text(`retry.${kind}`, data, family)]);
    }
    if (unseen)
      return this.offerUnseen(dc, key, said, parsed.value.status === 'answered' ? parsed.value.value : undefined);
    if (parsed.value.status === 'unknown' && !parsed.value.words && !state.ideasOffered) {
      const ideas = this.ideasWhenStuck(key, session.record, family);
      if (ideas) {
        state.ideasOffered = true;
        return this.ask(dc, key, [], ideas);
      }
    }
    if (!part) return this.store(dc, key, parsed.value);
    const kept = this.deps.renderer.text(
      carersOwnReply(session.record, true),
      this.templateData(session.record, family),
      family,
    );
    return this.store(dc, key, parsed.value, [kept]);
  }

  /** A yes or no in `text` meant for an earlier question ("sorry, I meant yes to the last one"), if it is one. */
  protected meantEarlier(text: string): MeantEarlier | undefined {
    return meantForEarlier(text, this.deps.phrases);
  }

  /**
   * A yes or no meant for the question before, said at `key` ("sorry, I meant yes to the last
   * one"): never this question's answer (H43). Here they are told how to go back; the mood questions
   * put the one before right (`MoodDialog`).
   */
  protected correctEarlier(dc: DialogContext, key: string, _meant: MeantEarlier): Promise<DialogTurnResult> {
    return this.askAgain(dc, key, [this.deps.renderer.text('retry.meantEarlier', {}, this.family(dc))]);
  }

  /**
   * A confirmation asked on top of the question ("start again?") has ended without doing it: the
   * section stays at its question. Left to `Dialog`, the section would end with it.
   */
  override async resumeDialog(dc: DialogContext, reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    return (await afterConfirmation(dc, result)) ?? super.resumeDialog(dc, reason, result);
  }

  override async repromptDialog(context: DialogContext['context'], instance: { state: SectionState }): Promise<void> {
    const key = instance.state.pending;
    if (!key) return;
    // Asked again in its own words: an offer made in other words no longer stands. A cut-off answer
    // held is kept and its rest asked for again, so the rest still joins it (see `cutOffRest`).
    withdrawOffer(instance.state);
    const { cutOff } = instance.state;
    const family = channelFamily(context.activity.channelId);
    const lead = cutOff && askForRest(cutOff, this.deps.renderer, family);
    const session = this.deps.sessions.get(context);
    for (const activity of this.questionActivities(context.activity, session.record, key, [], lead, !cutOff)) {
      await context.sendActivity(activity);
    }
  }

  /**
   * "help": explains the current question and asks it again. Words offered to keep stay offered:
   * the yes the offer asked for, said after the help, keeps them rather than being the answer.
   */
  async help(dc: DialogContext): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const key = state.pending;
    if (!key) return this.askNext(dc, []);
    const { offered, offeredHeard, offeredOther } = state;
    const family = this.family(dc);
    const record = this.session(dc).record;
    const data = this.templateData(record, family);
    const result = await this.ask(dc, key, [
      helpWords(key, this.question(key), record, data, this.deps.renderer, family),
    ]);
    if (offered !== undefined) makeOffer(state, offered, offeredHeard || undefined, offeredOther);
    return result;
  }

  /** "skip": passes over an optional question; a required one is asked again with a reason. */
  async skip(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.state(dc).pending;
    if (!key) return this.askNext(dc, []);
    if (!this.question(key).optional) {
      const data = { notSure: takesNotSure(this.question(key)) };
      return this.ask(dc, key, [this.deps.renderer.text('command.skipNotAllowed', data, this.family(dc))]);
    }
    return this.store(dc, key, { status: 'skipped' });
  }

  /**
   * True when the question waiting takes `text`, a command elsewhere, as its answer: one asking if
   * there is anything more, words saying there is not ("no more questions" is no pause there); one
   * asking how someone is, words that say how they are ("I'm a bit busy", "keep going"); one
   * where no clear no hides a risk, a refusal ("pass" is no skip there, but no clear no); one about
   * who someone is, "why are you asking?" (answered with why it asks, not what Careprep is). Going on
   * in agreeing words ("go on") is a yes to a question that takes agreement as one, or to an
   * answer offered to keep, unless it answers the recap (`afterRecap`), which ends "Let's carry on".
   */
  answersCommand(dc: DialogContext, text: string, afterRecap = false): boolean {
    const state = this.state(dc);
    const key = state.pending;
    if (key === undefined) return false;
    const question = this.question(key);
    const { phrases } = this.deps;
    if (question.nothingMore && phrases.is('nothingMore', text)) return true;
    // "I'm a bit busy", "keep going" to "how are you coping?": how they are, not a pause or going
    // on; straight after a recap ("Let's carry on") they go on, as anywhere.
    if (question.asksHowSomeoneIs && !afterRecap && phrases.is('howSomeoneIs', text)) return true;
    // "Why are you asking?" where who someone is was asked: why this question asks, in its own help.
    if (question.aboutWho && phrases.command(text) === 'whatFor') return true;
    const agrees = phrases.is('agree', text) || phrases.within('yes', text);
    if (!afterRecap && phrases.command(text) === 'carryOn' && agrees) {
      return state.offered !== undefined || (question.type === 'yesno' && !question.asksWhatHappened);
    }
    return question.hedges === 'notNo' && refuses(text, phrases);
  }

  /** True when the question waiting is one where only a clear no is no: it asks about a risk (`hedges: notNo`). */
  asksAboutRisk(dc: DialogContext): boolean {
    const key = this.state(dc).pending;
    return key !== undefined && this.question(key).hedges === 'notNo';
  }

  /** True when the question waiting asks whether something may be shared (see `declineSharing`). */
  asksToShare(dc: DialogContext): boolean {
    const key = this.state(dc).pending;
    return key !== undefined && this.question(key).asksToShare;
  }

  /**
   * Words that keep something from the care team, said to a question asking whether something may
   * be shared: recorded as a no (nothing ticked, for the parts to send), as if they had said it.
   */
  async declineSharing(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.state(dc).pending;
    if (!key || !this.question(key).asksToShare) return this.askNext(dc, []);
    return this.store(dc, key, { status: 'answered', value: this.question(key).type === 'multichoice' ? [] : false });
  }
}
