/**
 * Picking the preparation up again: after a pause or a long gap (a recap of where they are, then
 * the same question), when the dialog stack has emptied, and finding the section asking now.
 * Where to go is read from the record, so a lost dialog stack still lands in the right place.
 */
import { takenBackToldData } from './takenBackTold';
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { sharedRecord, sharedVersionHeld } from '../plan/consentScope';
import type { ConversationDeps } from './conversationDeps';
import { rootDialogId, type RootOptions } from './rootDialog';
import { carersStrainWords } from './recognisers/carersStrainSaid';
import type { SectionDialog } from './sectionDialog';
import { messageText } from './messageText';
import { requestSaid } from './recognisers/commandSaid';
import type { Phrases } from './recognisers/phrases';
import { questionData } from './sectionPrompt';

/** What picking up needs from the conversation. */
export type ResumptionDeps = Pick<
  ConversationDeps,
  'root' | 'sections' | 'sessions' | 'renderer' | 'meta' | 'leadCopies' | 'phrases' | 'strain'
>;

/** Resumes a conversation at the question the record says comes next. */
export class Resumption {
  constructor(private readonly deps: ResumptionDeps) {}

  /**
   * Starts a `fresh` conversation, or recaps the part they are in and asks its question again,
   * offering to keep `words` sent with the return as its answer where they read as one.
   * The recap says "welcome back" unless it answers a greeting mid-conversation, "where was I?" or
   * "how long will this take?" (`recap`), which may come seconds after their last answer.
   * `longAgo`: they were away long; else they had paused, and the words are never said to be late.
   */
  async resume(
    dc: DialogContext,
    fresh: boolean,
    recap: 'resume.recap' | 'resume.greeted' | 'resume.where' | 'resume.howFar' = 'resume.recap',
    words?: string,
    longAgo = true,
  ): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    if (fresh) {
      await dc.beginDialog(rootDialogId);
      return;
    }
    const record = this.deps.sessions.get(dc.context).record;
    const section = this.deps.root.nextSection(record);
    const active = this.activeSection(dc);
    const at = active ?? section;
    if (!at) return this.finished(dc, recap === 'resume.recap');
    const family = channelFamily(channelId);
    const partName = renderer.text(`partName.${at.section}`, questionData(record, renderer, family), family);
    // Asked where they are with nothing noted (a new phone): how to carry on from where they started (H462).
    const nothingYet = recap === 'resume.where' && Object.keys(record.answers).length === 0;
    const part = { part: this.deps.root.partNumber(at), partName, nothingYet };
    // With the stack lost, the record says which question comes next.
    const key = active?.pendingKey(dc) ?? record.progress.current;
    const about = key ? at.recapLines(key, record, family) : [];
    await dc.context.sendActivity(renderer.lines([renderer.text(recap, part, family), ...about], channelId));
    // The recap ends "Let's carry on": "go on" said straight after it goes on, whatever the question.
    if (recap === 'resume.recap' || recap === 'resume.greeted')
      (await this.deps.meta.get(dc.context, {})).recapped = true;
    // Words they sent with their return are offered to keep, never dropped unseen.
    if (active) {
      if (words === undefined || !(await active.offerAfterGap(dc, words, longAgo))) await dc.repromptDialog();
    } else {
      await dc.cancelAllDialogs();
      await dc.beginDialog(rootDialogId, { quiet: true });
    }
  }

  /**
   * The question waiting again after a request answered: `before` said first, and back after a
   * pause or a long gap (`returning`), with the recap of where they are, never bare (H393).
   */
  async again(dc: DialogContext, returning: boolean, before: string[] = []): Promise<void> {
    const channelId = dc.context.activity.channelId;
    if (before.length > 0) await dc.context.sendActivity(this.deps.renderer.lines(before, channelId));
    if (returning) return this.resume(dc, false, 'resume.recap');
    await dc.repromptDialog();
  }

  /**
   * A greeting with a question waiting: that question again, with the recap once anything has
   * been answered (straight after the welcome a recap would only repeat it). "Welcome back" only
   * when they are `returning` (after a pause or a long gap), not to a "hi" between two answers.
   */
  async greeted(dc: DialogContext, returning: boolean): Promise<void> {
    if (this.deps.sessions.get(dc.context).record.progress.trail.length > 0) {
      return this.resume(dc, false, returning ? 'resume.recap' : 'resume.greeted');
    }
    await dc.repromptDialog();
  }

  /**
   * A first message opening with a greeting and answering nothing (`greetsFirst`, H323): what it said
   * beyond hello is not noted yet, and that is said; then the question waiting, once.
   */
  async greetedFirst(dc: DialogContext, text: string): Promise<void> {
    const unnoted = this.unnoted(text);
    if (unnoted) await dc.context.sendActivity(this.deps.renderer.message(unnoted, {}, dc.context.activity.channelId));
    await dc.repromptDialog();
  }

  /**
   * All answered: that they have finished, and where the plan stands with the lead contact, read
   * from the record and the delivery side (taken back; shared and with them; shared, and on its way
   * or waiting to go), so nobody who forgot takes a plan taken back to be with them, or one still
   * waiting to have reached them. "Welcome back" only when they are `returning`.
   */
  private async finished(dc: DialogContext, returning: boolean): Promise<void> {
    const { renderer, leadCopies } = this.deps;
    const channelId = dc.context.activity.channelId;
    const record = this.deps.sessions.get(dc.context).record;
    const shared = sharedRecord(record) !== undefined;
    const reached = shared && sharedVersionHeld(record, await leadCopies.heldVersion(record));
    const data = {
      ...questionData(record, renderer, channelFamily(channelId)),
      returning,
      hasLead: record.leadContact !== undefined,
      withdrawn: record.status === 'withdrawn',
      shared,
      reached,
      // A send under way may or may not have arrived: never said to be with them, nor waiting.
      sending: shared && !reached && (await leadCopies.beingSent(record)),
      ...(await takenBackToldData(leadCopies, record)),
    };
    await dc.context.sendActivity(renderer.message('resume.done', data, channelId));
  }

  /**
   * "Carry on": the question waiting again, nothing noted; with nothing noted in this chat, where
   * they are, which says how to bring answers given on another phone or computer (explorer 31).
   * With none waiting, pick up from the record.
   */
  async carryOn(dc: DialogContext): Promise<void> {
    if (!this.activeSection(dc)) return this.afterEnd(dc);
    const { record } = this.deps.sessions.get(dc.context);
    if (Object.keys(record.answers).length === 0) return this.resume(dc, false, 'resume.where');
    await dc.repromptDialog();
  }

  /**
   * When the dialog stack is empty: start, or pick up where the record says. A first message that
   * says more than a greeting ("I'm doing this for my dad who has dementia") is told that none of
   * it is noted yet: dropped without a word, it was believed kept ("as I said…", H278).
   */
  async afterEnd(dc: DialogContext): Promise<void> {
    const record = this.deps.sessions.get(dc.context).record;
    if (this.deps.root.nextSection(record)) {
      const quiet = record.progress.trail.length > 0;
      const text = messageText(dc.context);
      const unnoted = quiet || text === undefined ? undefined : this.unnoted(text);
      await dc.beginDialog(rootDialogId, { quiet, unnoted } satisfies RootOptions);
      return;
    }
    await dc.context.sendActivity(this.deps.renderer.message('command.nothingToDo', {}, dc.context.activity.channelId));
  }

  /**
   * What a first message is told of itself: that none of it is noted yet when it says more than
   * hello, kindly when it tells of the writer's strain ("I'm exhausted and I can't cope", H442), at
   * any length: who is answering is not known yet, so nothing is offered to keep.
   */
  private unnoted(text: string): RootOptions['unnoted'] {
    if (carersStrainWords(text, this.deps.strain, []) !== undefined) return 'welcome.unnotedStrain';
    // "Hello its Peggy again, I did this on the computer": how to bring those answers here (explorer 31).
    if (this.deps.phrases.within('cameBefore', text)) return 'welcome.unnotedElsewhere';
    return saysMoreThanHello(text, this.deps.phrases) ? 'welcome.unnoted' : undefined;
  }

  /** The section whose question is waiting for an answer, if any. */
  activeSection(dc: DialogContext): SectionDialog | undefined {
    const id = dc.activeDialog?.id;
    return this.deps.sections.find((section) => section.id === id);
  }
}

/** The fewest words of a first message that say more than hello ("for my mum" may be a greeting's aside). */
const wordsToNote = 4;

/** Whether a first message says more than a greeting: words enough, and not a greeting with asides alone. */
function saysMoreThanHello(text: string, phrases: Phrases): boolean {
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length < wordsToNote || phrases.is('greeting', text)) return false;
  return requestSaid(text, phrases)?.kind !== 'greeting';
}
