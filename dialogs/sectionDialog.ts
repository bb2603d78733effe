import { Dialog, type DialogContext, type DialogReason, type DialogTurnResult } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { AnswerValue, PreparationRecord } from '../plan/record';
import { afterConfirmation } from './confirmationDialog';
import { holdHeard, makeOffer, replyToOffer, takeHeard, withdrawOffer } from './answerOffer';
import { askForRest, cutOffToHold, restOfCutOff } from './cutOffRest';
import { cardLinkId, messageText } from './messageText';
import { linkIdForKey } from './questionKeys';
import { repeatOfLastAnswer } from './repeatedAnswer';
import { readAnswer, recordAnswer, type Parsed } from './sectionAnswers';
import { SectionHooks } from './sectionHooks';
import { askedBackWords, helpWords, retryWords } from './sectionReplies';
import type { SectionOptions, SectionResult, SectionState } from './sectionTypes';

/**
 * The behaviour all sections share: ask the next question of the section, read the answer by
 * question type, store it in the record in the same turn, acknowledge, and go on; re-ask kindly
 * when an answer can't be used. A section says which questions it asks, in order, for a given
 * record; what is already answered is not asked again, so a restart resumes where it stopped.
 *
 * A plain `Dialog` rather than a `ComponentDialog`: a section has no inner prompts to host.
 */
export abstract class SectionDialog extends SectionHooks {
  override async beginDialog(dc: DialogContext, options?: SectionOptions): Promise<DialogTurnResult> {
    const state: SectionState = { attempts: 0, revisit: options?.revisit ?? false, revisited: [] };
    dc.activeDialog!.state = state;
    const family = this.family(dc);
    const preface = [...(options?.preface ?? []), this.deps.renderer.text(`part.${this.section}`, {}, family)];
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
    const offer = replyToOffer(state, text, this.deps.phrases);
    if (offer === 'ownWords') return this.ask(dc, key, []);
    if (offer) return this.store(dc, key, { status: 'answered', value: offer.keep });
    if (fromCard !== undefined && fromCard !== linkIdForKey(key)) {
      // An old card, scrolled back to: its picks belong to another question, never to this one.
      return this.ask(dc, key, [this.deps.renderer.text('retry.staleCard', {}, family)]);
    }
    const rest = cutOff && restOfCutOff(cutOff, text, this.deps.phrases);
    if (rest && 'kept' in rest) return this.store(dc, key, { status: 'answered', value: rest.kept });
    // The rest of an answer that looked cut off: read as one, by every step after this one too.
    if (rest) text = dc.context.activity.text = rest.whole;
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
      const words =
        parsed.code === 'asked_back'
          ? askedBackWords(
              question,
              session.record,
              this.templateData(session.record, family),
              this.deps.renderer,
              family,
            )
          : retryWords(parsed, question, state.attempts, this.deps.renderer, family);
      return this.ask(dc, key, [], words);
    }
    const from = { card: fromCard !== undefined, rest: cutOff !== undefined };
    const cut = cutOffToHold(question, parsed.value, this.deps.phrases, from);
    if (cut) {
      await this.ask(dc, key, [], askForRest(cut, this.deps.renderer, family), false);
      state.cutOff = cut;
      return Dialog.EndOfTurn;
    }
    const context = { phrases: this.deps.phrases, now: this.deps.clock(), reasked: state.attempts };
    const repeat = repeatOfLastAnswer({ key, question, record: session.record }, text, parsed.value, context);
    if (repeat) {
      // Said why, then the question in its own words: they may not have read it before answering.
      state.attempts += 1;
      return this.ask(dc, key, [this.deps.renderer.text(`retry.${repeat}`, {}, family)]);
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

  /** "help": explains the current question and asks it again. */
  async help(dc: DialogContext): Promise<DialogTurnResult> {
    const key = this.state(dc).pending;
    if (!key) return this.askNext(dc, []);
    const family = this.family(dc);
    const record = this.session(dc).record;
    const data = this.templateData(record, family);
    return this.ask(dc, key, [helpWords(key, this.question(key), record, data, this.deps.renderer, family)]);
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

  /** The key asked before `key` in this section, for "back"; undefined at the section's start. */
  previousKey(record: PreparationRecord, key: string | undefined): string | undefined {
    const keys = this.keysFor(record);
    const index = key ? keys.indexOf(key) : keys.length;
    return index > 0 ? keys[index - 1] : undefined;
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

  private state(dc: DialogContext): SectionState {
    return dc.activeDialog!.state as SectionState;
  }

  private nextKey(record: PreparationRecord, state: SectionState): string | undefined {
    return this.keysFor(record).find((key) =>
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

  /**
   * Passes over the question waiting and every one after it in this section, in one write, and
   * goes on with `preface` said first: the section ends, as nothing is left to ask. Answers
   * already given are kept; a question never answered is noted as skipped.
   */
  protected async passOverRest(dc: DialogContext, preface: string[]): Promise<DialogTurnResult> {
    const state = this.state(dc);
    const session = this.session(dc);
    const at = this.deps.clock().toISOString();
    const keys = this.keysFor(session.record);
    const rest = keys.slice(Math.max(0, state.pending ? keys.indexOf(state.pending) : 0));
    state.pending = undefined;
    state.attempts = 0;
    if (state.revisit) state.revisited.push(...rest.filter((key) => !state.revisited.includes(key)));
    await session.update((draft) => {
      for (const key of rest) if (draft.answers[key] === undefined) recordAnswer(draft, key, { status: 'skipped' }, at);
      draft.progress.current = this.nextKey(draft, state);
    });
    return this.askNext(dc, preface);
  }

  /**
   * Offers to keep `words` as the answer to the question waiting: says `preface`, then asks
   * `offer` in place of the question's own words, leaving out what is shown with it (a result's
   * explanation, just said). A yes (or "ok") to the very next message keeps the words; anything
   * else is read as an answer to the question, as ever.
   */
  protected async offerToKeep(
    dc: DialogContext,
    words: string,
    preface: string[],
    offer: string,
  ): Promise<DialogTurnResult> {
    const key = this.state(dc).pending;
    if (!key) return this.askNext(dc, preface);
    await this.ask(dc, key, preface, offer, false);
    makeOffer(this.state(dc), words);
    return Dialog.EndOfTurn;
  }

  /** Asks the next question of the section, or ends the section when none is left. */
  async askNext(dc: DialogContext, preface: string[]): Promise<DialogTurnResult> {
    const next = this.nextKey(this.session(dc).record, this.state(dc));
    // Unsaid words travel to the next section, so its first question carries them in one message.
    if (!next) return dc.endDialog({ section: this.section, preface } satisfies SectionResult);
    return this.ask(dc, next, preface);
  }

  private async ask(
    dc: DialogContext,
    key: string,
    preface: string[],
    lead?: string,
    withExtras = true,
  ): Promise<DialogTurnResult> {
    const state = this.state(dc);
    if (state.pending !== key) {
      state.attempts = 0;
      state.ideasOffered = false;
    }
    withdrawOffer(state);
    state.cutOff = undefined;
    state.pending = key;
    const session = this.session(dc);
    if (session.record.progress.current !== key) {
      await session.update((draft) => {
        draft.progress.current = key;
      });
    }
    // Heard before it was asked: offered once, in place of the question's own words.
    const heard = takeHeard(state, key, lead);
    const words = heard?.offer ?? lead;
    const activities = this.questionActivities(dc.context.activity, session.record, key, preface, words, withExtras);
    for (const activity of activities) await dc.context.sendActivity(activity);
    if (heard) makeOffer(state, heard.value, true);
    return Dialog.EndOfTurn;
  }

  /**
   * Keeps `value`, heard before `key` was asked, to offer in `offer`'s words when it is asked: a
   * yes to the offer keeps it, anything else is read as an answer to the question, as ever.
   */
  protected hearForLater(dc: DialogContext, key: string, value: AnswerValue, offer: string): void {
    holdHeard(this.state(dc), key, value, offer);
  }

  /**
   * Records `parsed` as the answer to `key`, which may be a question other than the one waiting (a
   * score given by name at another question): it counts as gone over, and is not asked again.
   * Says nothing and asks nothing; `askNext` goes on.
   */
  protected async note(dc: DialogContext, key: string, parsed: Parsed): Promise<void> {
    const state = this.state(dc);
    const at = this.deps.clock().toISOString();
    if (state.pending === key) {
      state.pending = undefined;
      state.attempts = 0;
      withdrawOffer(state);
      state.cutOff = undefined;
    }
    if (state.revisit && !state.revisited.includes(key)) state.revisited.push(key);
    await this.session(dc).update((draft) => {
      recordAnswer(draft, key, parsed, at);
      this.onAnswer(key, parsed, draft);
      // Saved with the answer, so one write both records it and marks what comes next.
      draft.progress.current = this.nextKey(draft, state);
    });
  }

  private async store(dc: DialogContext, key: string, parsed: Parsed): Promise<DialogTurnResult> {
    const session = this.session(dc);
    await this.note(dc, key, parsed);
    const ack = this.acknowledge(key, parsed, session.record, this.family(dc));
    const ended = await this.afterAnswer(dc, key, parsed);
    if (ended) return ended;
    return this.askNext(dc, ack);
  }
}
