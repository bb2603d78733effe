import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import { keepWordsOnFlag, notSafeReplyKey, sayCrisisMessage } from '../dialogs/crisisReply';
import { readNoEmergency } from '../dialogs/recognisers/noEmergency';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { saysSafe } from '../dialogs/recognisers/safeSaid';
import { answerOfAnother } from './safetyAfterGap';
import { safeNowSaid, type SafeNowSaid } from '../dialogs/recognisers/safeNow';
import type { Logger } from '../plan/logger';
import type { Flag } from '../plan/record';
import type { Clock, Session } from '../plan/session';
import type { ScreenResult } from '../safety/screen';

/** The crisis flag raised last: the one "are you safe right now?" follows. */
export function lastCrisis(flags: Flag[]): Flag | undefined {
  return [...flags].reverse().find((flag) => flag.kind === 'crisis');
}

/**
 * The answer to "are you safe right now?", after the crisis reply (see `CrisisGuard`): only a clear
 * yes carries on; anything else repeats the urgent help for the kind and asks again (H2).
 */
export class SafetyAnswer {
  constructor(private readonly deps: { renderer: Renderer; phrases: Phrases; logger: Logger; clock: Clock }) {}

  /**
   * Only a clear yes carries on, or, after the medical
   * emergency reply to what may be a false alarm, a plain word that there is no emergency, or that
   * they are fine with an aside beside it (H67):
   * the emergency reply was ours to give and theirs to judge, and "call 999 now" again would loop.
   * After an emergency a pattern states (an overdose, poison swallowed) the same words are the
   * refusal the urgent help is for, so it is repeated; after a mental health crisis reply they say
   * nothing of safety, so the question is asked plainly, and being fine with an aside is no clear yes.
   * Back after 12 hours or more (`back`), or after coming back so until they say they are safe, a
   * greeting or an answer plainly to another question is no answer: never kept on the flag (H347).
   */
  async read(context: TurnContext, session: Session, text: string, found: ScreenResult, back = false): Promise<void> {
    const { progress } = session.record;
    const { safetyCheckKind: kind = 'suicide', safetyCheckAbout: about } = progress;
    const medical = kind === 'medicalEmergency';
    const falseAlarm = medical && progress.safetyCheckMayBeFalseAlarm === true;
    // Asked about the carer, "yes he is" speaks of the person and says nothing of the carer.
    const { phrases } = this.deps;
    const plain = found.tier === 'none' ? readNoEmergency(text, phrases) : undefined;
    const noEmergency = plain === 'noEmergency' && falseAlarm;
    // A clear yes with pleasantries ("yes I'm safe now", "I'm fine now, carry on") only when the
    // screen found nothing in it; the listed phrases alone as ever (H125).
    const said = (list: 'safe' | 'safeOther'): boolean =>
      phrases.is(list, text) || (found.tier === 'none' && saysSafe(text, phrases, list));
    const safe = said('safe') || (about !== 'carer' && said('safeOther')) || (plain === 'safe' && falseAlarm);
    if (plain === 'noEmergency' && !medical) {
      await this.say(context, session, 'crisis.askSafePlainly', { linkId: 'safety.check', about });
      return;
    }
    const returned = back || lastCrisis(session.record.flags)?.cameBackAt !== undefined;
    if (returned && (!safe || back) && !noEmergency) {
      const deps = { session, renderer: this.deps.renderer, phrases };
      if (await answerOfAnother(context, deps, { text, found, first: back })) return;
    }
    if (noEmergency) await this.keepNoEmergency(session);
    if (!safe && !noEmergency) {
      this.deps.logger.warn('crisis_not_safe', { kind, channel: context.activity.channelId });
      await this.keepSafeNow(session, text);
      const key = notSafeReplyKey(kind);
      await this.say(context, session, key, { linkId: 'safety.check', about });
      return;
    }
    await session.update((draft) => {
      draft.progress.safetyCheckPending = false;
      draft.progress.safetyCheckKind = undefined;
      draft.progress.safetyCheckAbout = undefined;
      draft.progress.safetyCheckMayBeFalseAlarm = undefined;
      draft.progress.heldRequest = undefined;
      draft.progress.paused = true;
      draft.progress.afterSafe = true;
      // A quick second text may take it back ("no wait, i am not safe"): see `SafetyTakenBack`.
      const said = noEmergency ? undefined : { kind, about, at: this.deps.clock().toISOString() };
      draft.progress.safetyAnswered = said;
      // Taken back plainly later ("actually I'm not safe"), it is read as not safe whenever it comes (H176).
      draft.progress.safeSaid = said ?? draft.progress.safeSaid;
      const flag = lastCrisis(draft.flags);
      if (flag) flag.cameBackAt = undefined;
    });
    const thanks = noEmergency ? 'crisis.noEmergency' : medical ? 'crisis.thanksMedical' : 'crisis.thanks';
    await this.say(context, session, thanks, { about });
  }

  /** Keeps "it was not an emergency" on the crisis flag for the lead contact, never over a no or not sure. */
  private async keepNoEmergency(session: Session): Promise<void> {
    if (lastCrisis(session.record.flags)?.safeNow !== undefined) return;
    await session.update((draft) => {
      const kept = lastCrisis(draft.flags);
      if (kept) kept.safeNow = 'noEmergency';
    });
  }

  /**
   * Keeps what an answer to "are you safe right now?" that was no clear yes said on the crisis flag
   * it follows, for the lead contact: the urgent help is repeated either way, but only the flag
   * tells them. A no or not sure (`safeNowSaid`: "i think so" is not sure, as the bot treated it;
   * or `said`, as a quick second text taking back "I'm safe" said it); and its words when they say
   * more than a listed phrase ("yes but i have the tablets here"). A "no" is never softened to "not
   * sure" by a later reply. Also read when the answer told of a new crisis (`newCrisis`: "no, and
   * now my chest is really tight"), before that crisis is flagged with the words.
   */
  async keepSafeNow(
    session: Session,
    text: string,
    reading: { newCrisis?: boolean; said?: SafeNowSaid } = {},
  ): Promise<void> {
    const { phrases } = this.deps;
    const said = reading.said ?? safeNowSaid(text, phrases, reading);
    const keepWords = reading.newCrisis !== true;
    const lists = ['notSafe', 'notSure', 'safeHedged', 'hedge', 'safeAround', 'noEmergencyAside'] as const;
    const listed = lists.some((list) => phrases.is(list, text));
    const flag = lastCrisis(session.record.flags);
    // A greeting says nothing of their safety: never kept as their answer (H347).
    if (!flag || phrases.is('greeting', text)) return;
    const keeps = said !== undefined && flag.safeNow !== 'no' && flag.safeNow !== said;
    if (!keeps && (listed || !keepWords)) return;
    await session.update((draft) => {
      const kept = lastCrisis(draft.flags);
      if (!kept) return;
      if (keeps) kept.safeNow = said;
      if (!listed && keepWords) keepWordsOnFlag(kept, text);
    });
  }

  private async say(
    context: TurnContext,
    session: Session,
    key: string,
    options: { linkId?: string; about?: Flag['about'] },
  ): Promise<void> {
    await sayCrisisMessage(context, { session, renderer: this.deps.renderer }, key, options);
  }
}
