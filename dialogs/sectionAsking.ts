import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import type { AnswerValue, PreparationRecord } from '../plan/record';
import type { Session } from '../plan/session';
import { dropHeard, holdHeard, makeOffer, takeHeard, withdrawOffer } from './answerOffer';
import { recordAnswer } from './answerInRecord';
import type { Parsed } from './sectionAnswers';
import { SectionHooks } from './sectionHooks';
import type { GoOver, SectionResult, SectionState } from './sectionTypes';

/**
 * Where a section stands and how it moves: which question waits, asking the next one (or ending the
 * section when none is left), asking one again, and recording an answer in the record in the same
 * turn. `SectionDialog` moves it with the person's messages; a section may move it too (hold the
 * next question, pass over the rest, offer to keep words as the answer).
 */
export abstract class SectionAsking extends SectionHooks {
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

  protected state(dc: DialogContext): SectionState {
    return dc.activeDialog!.state as SectionState;
  }

  private nextKey(record: PreparationRecord, state: SectionState): string | undefined {
    const keys = this.keysFor(record);
    const again = state.goOver?.find((key) => keys.includes(key));
    if (again !== undefined) return again;
    return keys.find((key) => (state.revisit ? !state.revisited.includes(key) : record.answers[key] === undefined));
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
    state.goOver = undefined;
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

  /**
   * Asks `key` now: `preface` said first, `lead` (or an answer heard before it was asked) in place
   * of its own words, and what goes with it only `withExtras`. Whatever was held for the question
   * before (an offer, a cut-off answer) is let go.
   */
  protected async ask(
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
    if (heard) makeOffer(state, heard.value, true, heard.other);
    return Dialog.EndOfTurn;
  }

  /**
   * Keeps `value` (and `other` words for a list's "something else"), heard before `key` was asked,
   * to offer in `offer`'s words when it is asked: a yes to the offer keeps it, anything else is
   * read as an answer to the question, as ever.
   */
  protected hearForLater(dc: DialogContext, key: string, value: AnswerValue, offer: string, other?: string): void {
    holdHeard(this.state(dc), key, value, offer, other);
  }

  /** Lets go of an answer heard for `key` before it was asked (`hearForLater`), if one was. */
  protected forgetHeard(dc: DialogContext, key: string): void {
    dropHeard(this.state(dc), key);
  }

  /**
   * Records `parsed` as the answer to `key`, which may be a question other than the one waiting (a
   * score given by name at another question): it counts as gone over, and is not asked again.
   * Says nothing and asks nothing; `askNext` goes on. Returns the answers to go over again now
   * that this one has changed (see `goOverAfter`), which are asked next.
   */
  protected async note(dc: DialogContext, key: string, parsed: Parsed): Promise<GoOver | undefined> {
    const state = this.state(dc);
    state.goOver = state.goOver?.filter((k) => k !== key);
    let again: GoOver | undefined;
    const at = this.deps.clock().toISOString();
    if (state.pending === key) {
      state.pending = undefined;
      state.attempts = 0;
      withdrawOffer(state);
      state.cutOff = undefined;
    }
    if (state.revisit && !state.revisited.includes(key)) state.revisited.push(key);
    await this.session(dc).update((draft) => {
      const before = draft.answers[key];
      recordAnswer(draft, key, parsed, at);
      this.onAnswer(key, parsed, draft, before);
      again = this.goOverAfter(key, draft, before);
      if (again) state.goOver = again.keys;
      // Saved with the answer, so one write both records it and marks what comes next.
      draft.progress.current = this.nextKey(draft, state);
    });
    return again;
  }

  /**
   * Records `parsed` as the answer to `key`, one of this section's, given while another question
   * waits (a new name said at a later question): with this section's changes to the record
   * (`onAnswer`), and where the person is left as it was.
   */
  async noteAside(session: Session, key: string, parsed: Parsed): Promise<void> {
    const at = this.deps.clock().toISOString();
    await session.update((draft) => {
      const before = draft.answers[key];
      const { trail } = draft.progress;
      recordAnswer(draft, key, parsed, at);
      this.onAnswer(key, parsed, draft, before);
      draft.progress.trail = trail;
    });
  }

  /** Records `parsed` as the answer to the question waiting, says so (then `after`), and goes on. */
  protected async store(
    dc: DialogContext,
    key: string,
    parsed: Parsed,
    after: string[] = [],
  ): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const family = this.family(dc);
    const again = await this.note(dc, key, parsed);
    const goingOver = again
      ? [this.deps.renderer.text(again.say, this.templateData(session.record, family), family)]
      : [];
    const ack = [...this.acknowledge(key, parsed, session.record, family), ...goingOver, ...after];
    const ended = await this.afterAnswer(dc, key, parsed);
    if (ended) return ended;
    return this.askNext(dc, ack);
  }
}
