import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import type { PackLibrary } from '../content/packs/packLibrary';
import { crisisAbout } from '../dialogs/crisisAbout';
import { raiseCrisisFlag, sayCrisisMessage, sendCrisisReply, type CrisisEvent } from '../dialogs/crisisReply';
import { endsCutOff, joined } from '../dialogs/cutOffAnswer';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { meantForEarlier } from '../dialogs/recognisers/meantEarlier';
import { hearRisk, takeRiskHeard } from '../dialogs/riskHeard';
import { askSafetyQuestionAgain } from '../dialogs/safetyQuestionAgain';
import { bare } from '../plan/normalise';
import { screenContext } from '../dialogs/screenContext';
import type { Flag, PreparationRecord } from '../plan/record';
import type { Clock, Session } from '../plan/session';
import type { AnswerContext } from '../safety/answerContext';
import { graver, type CrisisScreen, type ScreenResult } from '../safety/screen';
import { takesOthersIn } from '../safety/takesOthersIn';
import type { GuardOutcome, MessageGuard } from './careprepBot';
import type { Logger } from '../plan/logger';
import { SafetyAnswer } from './safetyAnswer';
import { backAfterGap, markCameBack } from './safetyAfterGap';
import { CarersOwnRisk } from './carersOwnRisk';
import { HeldRequest } from './heldRequest';
import { checkInReply, clearNoToCheckIn } from './checkInReply';
import { SafetyTakenBack } from './safetyTakenBack';
import type { RecordSessions } from './sessions';

/** What the screen found, when it found something. */
type Found = Exclude<ScreenResult, { tier: 'none' }>;

/**
 * Looks at every message before anything else, in every state of the conversation, through the
 * crisis screen (patterns, then the learned layer):
 * - a clear disclosure gets the crisis reply at once (999 first for a medical emergency), a flag,
 *   and "are you safe right now?"; only a clear "I'm safe" carries on from there — "no", "not
 *   sure", "maybe" or anything else repeats the urgent help for that kind;
 * - a middle score or a warning sign gets a check-in: one direct, kind question fitted to the
 *   kind. "Yes", "not sure" or anything unclear gets the crisis reply and a flag that says which
 *   it was (never "they said so" for a "go back"); a clear "no" records the answer that raised
 *   it, as if nothing had interrupted, and raises nothing.
 * A plain "no" or "not sure" to "are you safe right now?" is kept on the flag for the lead contact.
 * A carer's own crisis (`crisisAbout`) is answered to them ("Are you safe right now?") from the
 * first reply to the last, and flagged as the carer's, never as the person's.
 */
export class CrisisGuard implements MessageGuard {
  private readonly safety: SafetyAnswer;
  private readonly carersOwn: CarersOwnRisk;
  private readonly takenBack: SafetyTakenBack;
  private readonly heldRequest: HeldRequest;

  constructor(
    private readonly deps: {
      screen: CrisisScreen;
      library: PackLibrary;
      sessions: RecordSessions;
      renderer: Renderer;
      phrases: Phrases;
      clock: Clock;
      logger: Logger;
      /** After this long away, a greeting is a return, not an answer (`CAREPREP_RESUME_AFTER_MINUTES`). */
      resumeAfterMs: number;
    },
  ) {
    this.safety = new SafetyAnswer(deps);
    this.carersOwn = new CarersOwnRisk(deps);
    this.takenBack = new SafetyTakenBack({ ...deps, safety: this.safety, carersOwn: this.carersOwn });
    this.heldRequest = new HeldRequest(deps);
  }

  /**
   * `whole` is `text` with the cut-off answer it finishes ("he took an" / "overdose"): screened as
   * one message, and kept as the words said, as if sent in one; `text` alone is screened too.
   */
  async handle(context: TurnContext, text: string, whole = text, burst?: string): Promise<GuardOutcome> {
    const { screen, library, sessions, logger } = this.deps;
    const session = sessions.get(context);
    const { progress } = session.record;
    const channel = context.activity.channelId;
    // Read with the message before only when nothing waits for an answer: an answer to "are you
    // safe?" or to a check-in is read as that answer. Otherwise read with the question it answers
    // (a goal as wished, a goal's steps with "do it" as the goal: H120).
    const waiting = progress.safetyCheckPending || progress.checkIn !== undefined;
    // Back 12 hours or more after "are you safe right now?" was last asked (H347).
    const back = backAfterGap(session.record, this.deps.clock());
    const asked = waiting ? undefined : screenContext(session.record, { library, screen });
    const read = (words: string): ScreenResult => screen.screen(words, asked);
    const alone = whole === text ? read(text) : graver(read(whole), read(text));
    const together =
      burst === undefined || waiting || alone.tier === 'crisis' ? alone : this.readBurst(burst, text, asked, alone);
    // A crisis counts read together; a doubt only when the text goes on from the one before ("writing
    // letters", "to say goodbye", H127): two answers to two questions, joined, read as no one wrote
    // them, and a doubt between the cut-offs there is more often the join than the person.
    const goesOn = together.tier === 'checkIn' && this.deps.phrases.is('burstGoesOn', bare(text).split(' ')[0] ?? '');
    const found = together.tier === 'crisis' || goesOn ? graver(alone, together) : alone;
    // What was said, as the lead contact is told it: both texts when only both together say it.
    const said = found === alone ? whole : (burst ?? whole);

    if (found.tier === 'crisis') {
      // "No, and now my chest is really tight": the no answers the crisis it follows, for the lead contact.
      if (progress.safetyCheckPending) await this.safety.keepSafeNow(session, text, { newCrisis: true });
      await this.disclosure(context, session, found, said);
      return 'handled';
    }
    // A safety answer taken back in a quick second text is read as that answer (H162).
    if (!waiting && (await this.takenBack.read(context, session, text))) return 'handled';
    // Back with only a greeting after a long gap: the question waiting again, as an arrival asks it,
    // never the greeting read as its answer (by SMS there is no arrival; H125).
    if (waiting && !back && found.tier === 'none' && this.greetedAfterGap(session.record, text)) {
      await askSafetyQuestionAgain(context, { sessions, renderer: this.deps.renderer });
      // Asked now: a greeting straight after is read as its answer.
      await session.update(() => undefined);
      return 'handled';
    }
    if (progress.safetyCheckPending) {
      // "pause" or "delete everything": the help again, then done as asked (H311).
      const request = await this.heldRequest.read(context, session, text, found);
      if (request !== undefined) return request;
      // A carer's own "I'm not" beside their answer for the person ("he is, but I'm not") is theirs (H156).
      if (await this.carersOwn.atSafetyCheck(context, session, text)) return 'handled';
      if (back) await markCameBack(session, this.deps.clock().toISOString());
      await this.safety.read(context, session, text, found, back);
      return 'handled';
    }
    if (progress.checkIn) return this.checkInAnswer(context, session, text, found);
    // A whole message that only puts the answer before right ("sorry I meant yes to the last one")
    // holds no word of a risk: the learned layer's doubt about it (0.75) is its yes, which the
    // question it answers reads as it reads a yes first time, the crisis reply included (H50).
    // Never a crisis reply, and never with any other words: those are screened as ever.
    if (found.tier === 'checkIn' && found.by === 'model' && meantForEarlier(whole, this.deps.phrases)) return 'pass';
    // At the direct question after the mood screen, a risk heard is no clear no to it (H126).
    if (found.tier === 'checkIn' && this.askedStraight(session.record, found)) {
      hearRisk(context, whole);
      return { answer: whole };
    }
    if (found.tier === 'checkIn') {
      logger.info('crisis_check_in', { kind: found.kind, by: found.by, evidence: found.evidence, channel });
      const about = crisisAbout(session.record, said, { screen, library, kind: found.kind });
      // A clear "no" gives back the whole answer, the held words already let go (see CareprepBot).
      await session.update((draft) => {
        const at = this.deps.clock().toISOString();
        draft.progress.checkIn = { kind: found.kind, text: whole, ...(said === whole ? {} : { said }), at, about };
      });
      // Harm to others asks whether the person, or anyone else, is in danger of being hurt, whoever's
      // words raised it: a carer's own ("I could slap him sometimes") is asked about the person they
      // care for, never "are you…" about themselves (H131); the flag stays the carer's.
      const asksAbout = found.kind === 'harmOthers' ? undefined : about;
      await this.say(context, session, `crisis.checkIn.${found.kind}`, { linkId: 'safety.checkIn', about: asksAbout });
      return 'handled';
    }
    return 'pass';
  }

  /** Whether `text` is only a greeting, said longer after the chat last moved on than a return takes. */
  private greetedAfterGap(record: PreparationRecord, text: string): boolean {
    const since = this.deps.clock().getTime() - Date.parse(record.progress.lastActiveAt);
    return since > this.deps.resumeAfterMs && this.deps.phrases.is('greeting', text);
  }

  /**
   * Whether the question waiting asks straight about thoughts of being better off dead or of
   * self-harm (`hedges: notNo`) and the screen's finding is of those, so its reply reads it (H126).
   * A medical emergency, or a warning sign of harm to others, tells what it did not ask: checked in on.
   */
  private askedStraight(record: PreparationRecord, found: Found): boolean {
    const { current } = record.progress;
    if (found.kind === 'medicalEmergency' || (found.kind === 'harmOthers' && found.by !== 'model')) return false;
    return this.deps.library.find(current)?.hedges === 'notNo';
  }

  /**
   * After the conversation ran: a risk heard at the direct question that its reply never read (a
   * confirmation waited, say) gets the crisis reply all the same, unless one was given this turn.
   */
  async settle(context: TurnContext): Promise<void> {
    const heard = takeRiskHeard(context);
    const session = heard && this.deps.sessions.get(context);
    if (!heard || !session || session.record.progress.safetyCheckPending) return;
    await this.crisis(context, session, {
      kind: 'suicide',
      message: heard.words,
      via: 'moodQuestion',
      reply: 'unclear',
    });
  }

  /**
   * `burst` read as one message. A message the screen sets aside whole (a stop for the day, H86; a
   * bed for the night at a friend's, H348) reads as finality or danger after any answer, to the
   * learned layer (0.97 after a garden named; 0.93 after "not sure") and to the patterns, which set
   * its words aside only as a whole message: the join counts only when the text before is not all but
   * ruled out alone, as a preparation told before a stop is not (H86, review 21).
   * A threat taken back as a joke, which the screen asks about whatever the learned layer scores
   * (`keptInBurst`, H257), stays asked about when only that layer reads the burst as a crisis: the
   * text before it had nothing, and a pattern in the burst still decides. Other readings asked about
   * first (something taken to sleep, H211) give way to the burst read as a crisis (H285).
   */
  private readBurst(burst: string, text: string, asked: AnswerContext | undefined, alone: ScreenResult): ScreenResult {
    const { screen } = this.deps;
    const read = screen.screen(burst, asked);
    if (alone.tier === 'checkIn' && alone.keptInBurst === true && read.tier === 'crisis' && read.by === 'model') {
      return alone;
    }
    if (read.tier === 'none' || !screen.setAsideWhole(text)) return read;
    const before = burst.endsWith(text) ? burst.slice(0, -text.length) : burst;
    return screen.allButRuledOut(before) ? { tier: 'none' } : read;
  }

  /** The answer to a check-in: a clear no goes back to the answer that raised it; anything else is a crisis. */
  private async checkInAnswer(
    context: TurnContext,
    session: Session,
    text: string,
    found: ScreenResult,
  ): Promise<GuardOutcome> {
    const asked = session.record.progress.checkIn!;
    // A carer's own yes beside their answer for the person ("not him, me") is theirs (H157).
    if (await this.carersOwn.atCheckIn(context, session, text)) return 'handled';
    const carersOwn = asked.about === 'carer';
    if (!clearNoToCheckIn(text, found, this.deps.phrases, { kind: asked.kind, carersOwn })) {
      this.deps.logger.warn('crisis_check_in_confirmed', { kind: asked.kind, channel: context.activity.channelId });
      const reply = checkInReply(text, this.deps.phrases, context.activity.locale);
      if (reply === 'unclear' && (await this.finished(context, session, asked.text, text))) return 'handled';
      const message = `${asked.said ?? asked.text}\n\n${text}`;
      await this.crisis(context, session, { kind: asked.kind, message, via: 'checkIn', reply, about: asked.about });
      return 'handled';
    }
    await session.update((draft) => {
      draft.progress.checkIn = undefined;
      // A quick second text may take the no back ("well sometimes"): see `SafetyTakenBack`.
      const at = this.deps.clock().toISOString();
      const checkIn = { text: asked.said ?? asked.text, no: text };
      draft.progress.safetyAnswered = { kind: asked.kind, about: asked.about, at, checkIn };
    });
    await this.say(context, session, 'crisis.checkInClear', { about: asked.about });
    return { answer: asked.text };
  }

  /**
   * A check-in raised by words that look cut off ("I want to end my"), and a reply that is no answer
   * to it but their rest ("life"): a crisis in the two joined is answered as if sent in one message,
   * a disclosure in the joined words, never as an unclear reply to the question (hazard H40).
   */
  private async finished(context: TurnContext, session: Session, first: string, rest: string): Promise<boolean> {
    const cutOff = endsCutOff(first, this.deps.phrases);
    const whole = cutOff && joined(cutOff, rest);
    const found = whole === undefined ? undefined : this.deps.screen.screen(whole);
    if (whole === undefined || found?.tier !== 'crisis') return false;
    await this.disclosure(context, session, found, whole);
    return true;
  }

  /**
   * A crisis the screen found in `message`: logged, answered with the crisis reply, and flagged. A
   * medical emergency only the learned layer found, with no pattern in the words said, may be a
   * false alarm (condition names read as an event, H67); one a pattern states never is.
   */
  private async disclosure(context: TurnContext, session: Session, found: Found, message: string): Promise<void> {
    const { screen, library, logger } = this.deps;
    const { kind, by, evidence } = found;
    logger.warn('crisis_detected', { kind, by, evidence, channel: context.activity.channelId });
    const about = crisisAbout(session.record, message, { screen, library, kind });
    const again = kind === 'medicalEmergency' && by === 'model' ? screen.screen(message) : undefined;
    const mayBeFalseAlarm = again !== undefined && again.tier !== 'none' && again.by === 'model' ? true : undefined;
    // Ending one's own life with someone else's ("for both of us"): a danger to them too, flagged
    // first, so "are you safe right now?" is answered on the flag it follows (H128).
    if ((kind === 'suicide' || kind === 'selfHarm') && takesOthersIn(message)) {
      const at = this.deps.clock().toISOString();
      const event = { kind: 'harmOthers', message, via: 'disclosure', about } as const;
      await session.update((draft) => raiseCrisisFlag(draft, event, at));
    }
    await this.crisis(context, session, { kind, message, via: 'disclosure', about, mayBeFalseAlarm });
  }

  private crisis(context: TurnContext, session: Session, event: CrisisEvent): Promise<void> {
    return sendCrisisReply(context, { session, renderer: this.deps.renderer, clock: this.deps.clock }, event);
  }

  private async say(
    context: TurnContext,
    session: Session,
    key: string,
    options: { linkId?: string; about?: Flag['about'] } = {},
  ): Promise<void> {
    await sayCrisisMessage(context, { session, renderer: this.deps.renderer }, key, options);
  }
}
