import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import { sayCrisisMessage } from '../dialogs/crisisReply';
import { readNoEmergency } from '../dialogs/recognisers/noEmergency';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { saysSafe } from '../dialogs/recognisers/safeSaid';
import type { Logger } from '../plan/logger';
import type { Flag } from '../plan/record';
import type { Session } from '../plan/session';
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
  constructor(private readonly deps: { renderer: Renderer; phrases: Phrases; logger: Logger }) {}

  /**
   * Only a clear yes carries on, or, after the medical
   * emergency reply to what may be a false alarm, a plain word that there is no emergency, or that
   * they are fine with an aside beside it (H67):
   * the emergency reply was ours to give and theirs to judge, and "call 999 now" again would loop.
   * After an emergency a pattern states (an overdose, poison swallowed) the same words are the
   * refusal the urgent help is for, so it is repeated; after a mental health crisis reply they say
   * nothing of safety, so the question is asked plainly, and being fine with an aside is no clear yes.
   */
  async read(context: TurnContext, session: Session, text: string, found: ScreenResult): Promise<void> {
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
    if (noEmergency) await this.keepNoEmergency(session);
    if (!safe && !noEmergency) {
      this.deps.logger.warn('crisis_not_safe', { kind, channel: context.activity.channelId });
      await this.keepSafeNow(session, text);
      const key = medical ? 'crisis.notSafeMedical' : 'crisis.notSafe';
      await this.say(context, session, key, { linkId: 'safety.check', about });
      return;
    }
    await session.update((draft) => {
      draft.progress.safetyCheckPending = false;
      draft.progress.safetyCheckKind = undefined;
      draft.progress.safetyCheckAbout = undefined;
      draft.progress.safetyCheckMayBeFalseAlarm = undefined;
      draft.progress.paused = true;
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
   * Keeps a plain "no" (or "not sure") to "are you safe right now?" on the crisis flag it follows,
   * for the lead contact: the urgent help is repeated either way, but only the flag tells them.
   * Other words ("it still hurts") say nothing of safety and are not told as if they did; a "no"
   * is never softened to "not sure" by a later reply.
   */
  private async keepSafeNow(session: Session, text: string): Promise<void> {
    const { phrases } = this.deps;
    const said = phrases.is('notSafe', text)
      ? 'no'
      : phrases.is('notSure', text) || phrases.within('doubt', text)
        ? 'notSure'
        : undefined;
    const flag = lastCrisis(session.record.flags);
    if (!said || !flag || flag.safeNow === 'no' || flag.safeNow === said) return;
    await session.update((draft) => {
      const kept = lastCrisis(draft.flags);
      if (kept) kept.safeNow = said;
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
