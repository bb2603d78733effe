import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import type { PackLibrary } from '../content/packs/packLibrary';
import { burstWithinMs } from '../dialogs/burstWindow';
import { notSafeReplyKey, sayCrisisMessage, sendCrisisReply } from '../dialogs/crisisReply';
import type { Phrases } from '../dialogs/recognisers/phrases';
import {
  takesBackAsOwn,
  takesBackNo,
  takesBackSafe,
  takesBackSafePlainly,
  takesBackWhoseUnclear,
  type SafeNowSaid,
} from '../dialogs/recognisers/safeNow';
import type { Logger } from '../plan/logger';
import type { CrisisKind } from '../safety/kinds';
import { answeredBy } from '../plan/recordView';
import type { PreparationRecord } from '../plan/record';
import type { Clock, Session } from '../plan/session';
import type { CarersOwnRisk } from './carersOwnRisk';
import type { SafetyAnswer } from './safetyAnswer';

/**
 * A safety answer taken back in a quick second text, sent within a burst of the first
 * (`burstWithinMs`): read as that answer, never as the next routine one (H162).
 * - "I'm safe", then "no wait, i am not safe", "actually I'm not" or "i lied" (a whole message of
 *   not safe or doubt, `takesBackSafe`): the urgent help again and "are you safe right now?"
 *   waiting, the flag told what they said;
 * - a clear no to a check-in or to the direct question after the mood screen, then "well actually
 *   yes" or "well sometimes" (said plainly, `takesBackNo`; never "hmm not sure", which answers the
 *   question now waiting, H163): the crisis reply and a flag, as for that answer first time, with
 *   the no and the words that took it back; the direct question's answer is theirs;
 * - "I'm safe", then at any later time, whatever came between, a plain taking back that names it
 *   ("actually I'm not safe", "i lied earlier, im not ok", `takesBackSafePlainly`): as a quick one (H176).
 * Either way, an "I'm safe" a carer said for the person, taken back in the carer's own words ("to be
 * honest I'm not ok", `takesBackAsOwn`), is the carer's own not safe, never the person's (H206);
 * taken back with no word for whose ("actually I'm not", `takesBackWhoseUnclear`), it is kept as
 * the person's and the carer is asked about themselves too (H213).
 */
export class SafetyTakenBack {
  constructor(
    private readonly deps: {
      library: PackLibrary;
      renderer: Renderer;
      phrases: Phrases;
      clock: Clock;
      logger: Logger;
      safety: SafetyAnswer;
      carersOwn: CarersOwnRisk;
    },
  ) {}

  /**
   * Reads `text` as a taking back when it is one; true when it was answered so. A quick second text
   * is read once by the rules above; any later text only as a plain taking back of "I'm safe" (H176).
   */
  async read(context: TurnContext, session: Session, text: string): Promise<boolean> {
    const { safetyAnswered: answered, safeSaid } = session.record.progress;
    if (answered) {
      await session.update((draft) => {
        draft.progress.safetyAnswered = undefined;
      });
    }
    const now = this.deps.clock().getTime();
    const quick = (at: string): boolean => now - Date.parse(at) >= 0 && now - Date.parse(at) <= burstWithinMs;
    if (answered && quick(answered.at)) {
      const { kind, about, checkIn } = answered;
      if (checkIn) {
        const reply = takesBackNo(text, this.deps.phrases, context.activity.locale);
        if (reply) {
          const message = `${checkIn.text}\n\n${checkIn.no}\n\n${text}`;
          await this.crisis(context, session, { kind, message, via: 'checkIn', reply, about });
          return true;
        }
      } else {
        const said = takesBackSafe(text, this.deps.phrases);
        if (!said) return false;
        await this.notSafeAfterAll(context, session, text, said, answered);
        return true;
      }
    }
    if (safeSaid && takesBackSafePlainly(text, this.deps.phrases)) {
      await this.notSafeAfterAll(context, session, text, 'no', safeSaid);
      return true;
    }
    return this.directNoTakenBack(context, session, text, quick);
  }

  /** "I'm safe" taken back: the urgent help again, "are you safe right now?" waiting, the flag told what they said. */
  private async notSafeAfterAll(
    context: TurnContext,
    session: Session,
    text: string,
    said: SafeNowSaid,
    { kind, about }: { kind: CrisisKind; about?: 'carer' },
  ): Promise<void> {
    if (about !== 'carer' && answeredBy(session.record) === 'carer' && takesBackAsOwn(text, this.deps.phrases)) {
      this.deps.logger.warn('crisis_carer_not_safe', { kind, channel: context.activity.channelId });
      return this.deps.carersOwn.notSafeTakenBack(context, session, text, kind);
    }
    if (about !== 'carer' && answeredBy(session.record) === 'carer' && takesBackWhoseUnclear(text, this.deps.phrases)) {
      // Whose is not said ("actually I'm not"): the person's not safe is kept, and the carer asked (H213).
      this.deps.logger.warn('crisis_not_safe_whose_unclear', { kind, channel: context.activity.channelId });
      await this.deps.safety.keepSafeNow(session, text, { said });
      return this.deps.carersOwn.notSafeTakenBack(context, session, text, kind, { whoseUnclear: true });
    }
    this.deps.logger.warn('crisis_not_safe', { kind, channel: context.activity.channelId });
    await session.update((draft) => {
      draft.progress.safetyCheckPending = true;
      draft.progress.safetyCheckKind = kind;
      draft.progress.safetyCheckAbout = about;
    });
    await this.deps.safety.keepSafeNow(session, text, { said });
    const key = notSafeReplyKey(kind);
    const deps = { session, renderer: this.deps.renderer };
    await sayCrisisMessage(context, deps, key, { linkId: 'safety.check', about });
  }

  /** A clear no to the direct question after the mood screen (`hedges: notNo`), the last answer given, taken back. */
  private async directNoTakenBack(
    context: TurnContext,
    session: Session,
    text: string,
    quick: (at: string) => boolean,
  ): Promise<boolean> {
    const key = this.lastAnswered(session.record);
    const answer = key === undefined ? undefined : session.record.answers[key];
    if (key === undefined || answer?.value !== false || !quick(answer.at)) return false;
    const reply = takesBackNo(text, this.deps.phrases, context.activity.locale);
    if (!reply) return false;
    const at = this.deps.clock().toISOString();
    await session.update((draft) => {
      const by = answeredBy(draft);
      draft.answers[key] =
        reply === 'yes' ? { value: true, status: 'answered', by, at } : { value: text, status: 'unknown', by, at };
    });
    await this.crisis(context, session, { kind: 'suicide', message: `no\n\n${text}`, via: 'moodQuestion', reply });
    return true;
  }

  /** The question answered last (the one before the question waiting), when it asks straight about a risk (`hedges: notNo`). */
  private lastAnswered(record: PreparationRecord): string | undefined {
    const { trail, current } = record.progress;
    const last = trail.filter((key) => key !== current).at(-1);
    return this.deps.library.find(last)?.hedges === 'notNo' ? last : undefined;
  }

  private crisis(context: TurnContext, session: Session, event: Parameters<typeof sendCrisisReply>[2]): Promise<void> {
    this.deps.logger.warn('crisis_taken_back', { kind: event.kind, channel: context.activity.channelId });
    return sendCrisisReply(context, { session, renderer: this.deps.renderer, clock: this.deps.clock }, event);
  }
}
