import type { TurnContext } from 'botbuilder';
import type { PackLibrary } from '../content/packs/packLibrary';
import type { Renderer } from '../content/renderer';
import { personWords, relationWords } from '../dialogs/crisisAbout';
import { notSafeReplyKey, raiseCrisisFlag, sayCrisisMessage, sendCrisisReply } from '../dialogs/crisisReply';
import { carersOwnToo, type CarersToo, type OwnReading } from '../dialogs/recognisers/carersOwnToo';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { answeredBy } from '../plan/recordView';
import type { Clock, Session } from '../plan/session';
import type { CrisisKind } from '../safety/kinds';
import type { CrisisScreen } from '../safety/screen';
import { checkInReply, clearNoToCheckIn } from './checkInReply';
import { lastCrisis } from './safetyAnswer';

/**
 * A carer's own risk told beside their answer for the person, at a crisis question asked about the
 * person: "not him, me" at "Is Ron having thoughts of ending their life?" (H157), "he is, but I'm
 * not" at "Is Ron safe right now?" (H156). Read whole, each was the person's answer: Ron's crisis
 * flagged for what was his wife's, or her own "I'm not" lost while she was told "When Ron is
 * safe…". The carer's part (`recognisers/carersOwnToo`) is theirs: a crisis flag about the carer,
 * and the carer asked whether they are safe, as for a carer's own disclosure anywhere (H63, H65).
 */
export class CarersOwnRisk {
  constructor(
    private readonly deps: {
      screen: CrisisScreen;
      library: PackLibrary;
      renderer: Renderer;
      phrases: Phrases;
      clock: Clock;
    },
  ) {}

  /**
   * A check-in about the person's thoughts of suicide or self-harm, answered with the carer's own
   * yes: the carer's crisis, answered to them. The person's part flags the person's too unless it is
   * a clear no for them ("not him", "no he hasn't"). False when the reply is not so.
   */
  async atCheckIn(context: TurnContext, session: Session, text: string): Promise<boolean> {
    const asked = session.record.progress.checkIn;
    if (!asked || asked.about === 'carer' || (asked.kind !== 'suicide' && asked.kind !== 'selfHarm')) return false;
    const split = this.split(session, text, 'thoughts');
    if (!split) return false;
    const { phrases, screen, clock } = this.deps;
    const message = `${asked.said ?? asked.text}\n\n${text}`;
    const deniedForPerson =
      phrases.is('notThePerson', split.person) || clearNoToCheckIn(split.person, screen.screen(split.person), phrases);
    if (!deniedForPerson) {
      const reply = checkInReply(split.person, phrases, context.activity.locale);
      const event = { kind: asked.kind, message, via: 'checkIn', reply } as const;
      await session.update((draft) => raiseCrisisFlag(draft, event, clock().toISOString()));
    }
    const event = { kind: asked.kind, message, via: 'checkIn', reply: 'yes', about: 'carer' } as const;
    await sendCrisisReply(context, { session, renderer: this.deps.renderer, clock }, event);
    return true;
  }

  /**
   * "Is Ron safe right now?" answered with the carer's own "I'm not": a crisis flag about the carer,
   * kept as not safe, and the urgent help given to the carer, who is asked from then on whether
   * they are safe. A plain no for the person is kept on the person's flag. False when the reply is not so.
   */
  async atSafetyCheck(context: TurnContext, session: Session, text: string): Promise<boolean> {
    const { safetyCheckAbout, safetyCheckKind: kind = 'suicide' } = session.record.progress;
    if (safetyCheckAbout === 'carer') return false;
    const split = this.split(session, text, 'notSafe');
    if (!split) return false;
    const personNotSafe = this.deps.phrases.is('notSafe', split.person);
    const at = this.deps.clock().toISOString();
    await session.update((draft) => {
      const persons = lastCrisis(draft.flags);
      if (persons && personNotSafe) persons.safeNow = 'no';
      raiseCrisisFlag(draft, { kind, message: text, via: 'disclosure', about: 'carer' }, at);
      const carers = lastCrisis(draft.flags);
      if (carers) carers.safeNow = 'no';
      draft.progress.safetyCheckAbout = 'carer';
      draft.progress.safetyCheckMayBeFalseAlarm = undefined;
    });
    const key = notSafeReplyKey(kind);
    const deps = { session, renderer: this.deps.renderer };
    await sayCrisisMessage(context, deps, key, { linkId: 'safety.check', about: 'carer' });
    return true;
  }

  /**
   * "I'm safe" said for the person, taken back in the carer's own words ("to be honest I'm not ok"):
   * the carer's own not safe, never the person's (H206). A crisis flag about the carer, kept as not
   * safe, the person's flag left as it was, and the urgent help given to the carer, who is asked
   * from then on whether they are safe. With `whoseUnclear` ("actually I'm not", H213) the caller
   * has kept the person's not safe: the carer's flag keeps their words without saying they are not
   * safe, and the urgent help says it may be either of them.
   */
  async notSafeTakenBack(
    context: TurnContext,
    session: Session,
    text: string,
    kind: CrisisKind,
    { whoseUnclear = false }: { whoseUnclear?: boolean } = {},
  ): Promise<void> {
    const at = this.deps.clock().toISOString();
    await session.update((draft) => {
      raiseCrisisFlag(draft, { kind, message: text, via: 'disclosure', about: 'carer' }, at);
      const carers = [...draft.flags].reverse().find((flag) => flag.kind === 'crisis' && flag.about === 'carer');
      if (carers && !whoseUnclear) carers.safeNow = 'no';
      draft.progress.safetyCheckPending = true;
      draft.progress.safetyCheckKind = kind;
      draft.progress.safetyCheckAbout = 'carer';
      draft.progress.safetyCheckMayBeFalseAlarm = undefined;
    });
    const own = notSafeReplyKey(kind);
    const key = whoseUnclear ? 'crisis.notSafeWhoseUnclear' : own;
    await sayCrisisMessage(context, { session, renderer: this.deps.renderer }, key, {
      linkId: 'safety.check',
      about: 'carer',
    });
  }

  /** The carer's own part of a reply and the person's, when a carer answers and the reply is so. */
  private split(session: Session, text: string, reading: OwnReading): CarersToo | undefined {
    const { record } = session;
    if (answeredBy(record) !== 'carer') return undefined;
    return carersOwnToo(text, this.deps.phrases, personWords(record, relationWords(this.deps.library)), reading);
  }
}
