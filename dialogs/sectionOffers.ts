import { Dialog, type DialogContext, type DialogTurnResult } from 'botbuilder-dialogs';
import { cutAtWord } from '../plan/readingLength';
import type { AnswerValue } from '../plan/record';
import { textAnswer } from '../plan/recordView';
import { goesOnFromLast } from './answerGoingOn';
import { carersOwnReply, carersOwnSaid, keepCarersOwn } from './carersOwnWords';
import { makeOffer } from './answerOffer';
import { ownTopicsKey } from './questionKeys';
import { looksLikeLetter } from './recognisers/pastedLetter';
import type { PhraseList } from './recognisers/phraseLists';
import { saysSafe } from './recognisers/safeSaid';
import { saidBeside } from './recognisers/saidBeside';
import { readAnswer } from './sectionAnswers';
import { cleanText } from './typedText';
import { SectionAsking } from './sectionAsking';
import { replyParts } from './recognisers/replyParts';
import { helpWords } from './sectionReplies';
import type { SectionOptions } from './sectionTypes';

/** Replies that may answer "thank you for telling me" after "I'm safe" rather than the question waiting. */
const afterSafeNoAnswer: readonly PhraseList[] = [
  'yes',
  'no',
  'agree',
  'thanks',
  'greeting',
  'decline',
  'notOk',
  'chatter',
  'feltAfterSafe',
];

/** How much of words sent after a long gap is said back with the offer to keep them. */
const saidBackLength = 80;

/**
 * Words that came out of turn, and what a section does with them rather than take them as the
 * answer to the question waiting unseen: sent days after it was asked (offered to keep), sent
 * before it could be seen (joined to the answer before, or offered), or said beside a yes or no
 * (kept as a topic, or said not kept). `SectionDialog` reads each message through them.
 */
export abstract class SectionOffers extends SectionAsking {
  /**
   * The question waiting asked again after a long gap, with `words` sent to it said back and
   * offered to keep: the person may no longer have had the question in mind, so the words are not
   * taken as its answer unseen, nor dropped. A yes keeps them whole, a no asks the question again;
   * anything else is read as the answer, as ever. Only where they read as an answer in words; false, asking nothing, otherwise.
   * `longAgo`: the question was asked a while ago; else they had paused, maybe seconds before, and
   * that is what is said (explorer 28, H334).
   */
  async offerAfterGap(dc: DialogContext, words: string, longAgo = true): Promise<boolean> {
    const state = this.state(dc);
    const key = state.pending;
    // A carer's own state said on coming back ("im exhausted" after a safety pause), whatever the
    // question but their own: kept for their own part and said so (H6, H150), never dropped as "carry on".
    const { phrases, library } = this.deps;
    if (key && carersOwnSaid(this.question(key), this.session(dc).record, words, phrases, library)) {
      await this.keepCarersOwn(dc, key, words, true);
      return true;
    }
    if (!key || this.question(key).type !== 'text' || state.heard?.[key]) return false;
    // A bare yes, no or ok says nothing to keep: the question again, as it was.
    if (phrases.is('yes', words) || phrases.is('no', words) || phrases.is('agree', words)) return false;
    const record = this.session(dc).record;
    const parsed = readAnswer(this.asked(key, record), words, this.deps.phrases, dc.context.activity.locale, 0, false);
    const answer = parsed.ok && parsed.value.status === 'answered' ? parsed.value.value : undefined;
    if (typeof answer !== 'string') return false;
    const said = cutAtWord(answer, saidBackLength);
    await this.ask(dc, key, [this.deps.renderer.text('resume.offerWords', { words: said, longAgo }, this.family(dc))]);
    // Offered as heard before it was asked: a no to the offer asks the question in its own words.
    makeOffer(state, answer, true);
    return true;
  }

  /**
   * Whether `words`, the message straight after a clear "I'm safe" to a crisis reply, answer the
   * question waiting as its own reader reads them, to be kept as its answer (H433): the person had
   * the question in mind, and one asked again was thought lost. Never a bare yes, no, thanks,
   * agreement, greeting or "I'm fine now", which may answer the thanks, nor at a question asking
   * to share (a yes there sends the plan); nor a carer's own state, which `offerAfterGap` keeps.
   */
  answersAfterSafe(dc: DialogContext, words: string): boolean {
    const key = this.state(dc).pending;
    if (!key || this.question(key).asksToShare) return false;
    const { phrases, library } = this.deps;
    const record = this.session(dc).record;
    // Each part thanks, greets or says how they feel now ("thank you, I feel a bit better"): no answer (H472).
    const noAnswer = (part: string): boolean =>
      afterSafeNoAnswer.some((list) => phrases.is(list, part)) || saysSafe(part, phrases, 'safe');
    if (noAnswer(words) || replyParts(words).every(noAnswer)) return false;
    if (carersOwnSaid(this.question(key), record, words, phrases, library)) return false;
    const parsed = readAnswer(this.asked(key, record), words, phrases, dc.context.activity.locale, 0, false);
    return parsed.ok && parsed.value.status === 'answered';
  }

  /** The help for the question waiting, without the question: said before a recap after a gap (H393). */
  helpLines(dc: DialogContext): string[] {
    const key = this.state(dc).pending;
    if (!key) return [];
    const family = this.family(dc);
    const record = this.session(dc).record;
    const data = this.templateData(record, family);
    return [helpWords(key, this.question(key), record, data, this.deps.renderer, family)];
  }

  /**
   * A letter or document pasted in at a question in words (`looksLikeLetter`): not noted straight
   * away (H396). Said to look like a letter and held as the offer standing, the question asked
   * again: a yes keeps it whole, a no asks the question in its own words, and their own words are
   * read as the answer, as ever. Undefined, saying nothing, otherwise.
   */
  protected async holdLetter(dc: DialogContext, key: string, text: string): Promise<DialogTurnResult | undefined> {
    if (this.question(key).type !== 'text' || !looksLikeLetter(text)) return undefined;
    const record = this.session(dc).record;
    const parsed = readAnswer(this.asked(key, record), text, this.deps.phrases, dc.context.activity.locale, 0, false);
    const answer = parsed.ok && parsed.value.status === 'answered' ? parsed.value.value : undefined;
    if (typeof answer !== 'string') return undefined;
    await this.ask(dc, key, [this.deps.renderer.text('letter.offer', {}, this.family(dc))]);
    makeOffer(this.state(dc), answer, true);
    return Dialog.EndOfTurn;
  }

  /**
   * A carer's own state or needs, said at a question about the person (or on coming back, `back`:
   * said back to them): kept for their part, the question asked again.
   */
  protected async keepCarersOwn(dc: DialogContext, key: string, text: string, back = false): Promise<DialogTurnResult> {
    const session = this.session(dc);
    const at = this.deps.clock().toISOString();
    await session.update((draft) => keepCarersOwn(draft, text, at));
    const family = this.family(dc);
    const words = cutAtWord(cleanText(text), saidBackLength);
    const said = this.deps.renderer.text(
      carersOwnReply(session.record, false, back),
      { ...this.templateData(session.record, family), words },
      family,
    );
    return this.ask(dc, key, [said]);
  }

  /**
   * Adds `text` to the answer given last in this section when it goes on from it ("and my garden"
   * straight after "my family", see `goesOnFromLast`), or whatever it says when it was sent before
   * `key` could be seen (`unseen`); says so, and asks `key` again. Undefined otherwise.
   */
  protected async addToLast(
    dc: DialogContext,
    key: string,
    text: string,
    unseen: boolean,
  ): Promise<DialogTurnResult | undefined> {
    const record = this.session(dc).record;
    const last = record.progress.trail.at(-1);
    if (last === undefined || last === key || !this.keysFor(record).includes(last)) return undefined;
    const questions = { last: this.question(last), waiting: this.question(key) };
    const { phrases, clock } = this.deps;
    const value = goesOnFromLast(record.answers[last], questions, text, phrases, clock(), unseen);
    if (value === undefined) return undefined;
    await this.note(dc, last, { status: 'answered', value });
    return this.ask(dc, key, [this.deps.renderer.text('answer.addedToLast', { words: value }, this.family(dc))]);
  }

  /**
   * A reply to `key` sent before `key` could be seen (two texts at once) and not joined to the answer
   * before: never noted unasked. They are told, and `key` is asked; where it read as an answer
   * (`value`), a yes keeps it, except where `key` itself takes a yes or a no: there it is only asked.
   */
  protected async offerUnseen(
    dc: DialogContext,
    key: string,
    text: string,
    value: AnswerValue | undefined,
  ): Promise<DialogTurnResult> {
    const offer = value !== undefined && this.question(key).type !== 'yesno';
    const data = { words: cleanText(text), offer };
    await this.ask(dc, key, [this.deps.renderer.text('retry.sentUnseen', data, this.family(dc))]);
    if (offer && value !== undefined) makeOffer(this.state(dc), value);
    return Dialog.EndOfTurn;
  }

  /**
   * A yes or no with something more said beside it ("yes, also I want to talk about my feet"): the
   * answer is noted, and the more never lost without a word. A wish to talk about something is added
   * to the things to talk about (`ownTopicsKey`) and said so; at the review, whose plan it changes,
   * that plan is shown again before anything is shared. Anything else is said not to be kept.
   * Undefined for any other reply, where only a clear no is no (`hedges: notNo`: the whole reply
   * is read there), and for a yes to a question asking for more ("another goal?") with more that
   * is no topic: that is the section's to read (a next goal). A yes to a question asking to share
   * is never stored here (H106): with a topic beside it, it is asked again (the review shows the
   * plan again); with anything else, undefined until the section has read it for a condition
   * (`conditionsRead`, "yes, also don't send my mood"), then said not kept and asked again.
   */
  protected async keepBeside(
    dc: DialogContext,
    key: string,
    text: string,
    conditionsRead = false,
  ): Promise<DialogTurnResult | undefined> {
    const question = this.question(key);
    if (question.type !== 'yesno' || question.hedges === 'notNo') return undefined;
    const beside = saidBeside(text, this.deps.phrases);
    const session = this.session(dc);
    const { locale } = dc.context.activity;
    const head = beside && readAnswer(this.asked(key, session.record), beside.head, this.deps.phrases, locale);
    if (!beside || !head?.ok || head.value.status !== 'answered') return undefined;
    if (beside.topic === undefined && question.nothingMore && head.value.value === true) return undefined;
    const family = this.family(dc);
    const data = { ...this.templateData(session.record, family), words: beside.extra, topic: beside.topic };
    const say = (k: string): string => this.deps.renderer.text(k, data, family);
    const sharing = question.asksToShare && head.value.value === true;
    if (sharing && beside.topic === undefined) {
      return conditionsRead
        ? this.askAgain(dc, key, [say('answer.besideNotKept'), say('answer.besideAskPlainly')])
        : undefined;
    }
    if (beside.topic === undefined) return this.store(dc, key, head.value, [say('answer.besideNotKept')]);
    const own = textAnswer(session.record, ownTopicsKey);
    const topics = own === undefined ? beside.topic : `${own}; ${beside.topic}`;
    await this.noteAside(session, ownTopicsKey, { status: 'answered', value: topics });
    if (sharing && this.section !== 'review') {
      return this.askAgain(dc, key, [say('answer.besideToTopics'), say('answer.besideAskPlainly')]);
    }
    if (this.section !== 'review') return this.store(dc, key, head.value, [say('answer.besideToTopics')]);
    const preface = [say('answer.besideToTopics'), say('answer.besidePlanAgain')];
    return dc.replaceDialog(this.id, { preface } satisfies SectionOptions);
  }
}
