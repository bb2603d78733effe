import type { Renderer } from '../content/renderer';
import type { Logger } from '../plan/logger';
import { sharedRecord } from '../plan/consentScope';
import { answeredBy } from '../plan/recordView';
import type { IncomingResult } from '../plan/results/mergeResults';
import { takeResults } from '../plan/results/resultQuestions';
import type { Session } from '../plan/session';
import type { Invitation, InvitationStore } from './invitationStore';
import { appointmentWords } from './appointment';
import { isPast } from './typedAppointment';
import { CodeAttempts } from './codeAttempts';
import { invitationExpiresAt } from './invitationExpiry';
import { invitationCodeIn } from './invitations';
import { phoneEnding } from './joinNotices';

/** The turn a possible code arrived in, as linking needs it: where from, whose record, and a way to answer. */
export interface LinkTurn {
  channelId: string;
  conversationId: string;
  /** Who sent it on their channel (a phone number on SMS). */
  userId: string;
  session: Session;
  send(message: ReturnType<Renderer['message']>): Promise<unknown>;
  /**
   * Ties the invitation's mobile to the record with the turn's commit, so a reply to a reminder
   * text carries it on; false when the number leads to answers of its own (or nothing ties here).
   */
  tieMobile?(mobile: string): Promise<boolean>;
}

/**
 * What became of a message that may be an invitation code: linked; refused (someone else's); a
 * code that matches no invitation, sent before any answer (said so, then they go on without); a
 * code from another lead contact, left unused (said so: they keep the lead contact they have);
 * or not ours to answer.
 */
export type LinkOutcome = 'linked' | 'refused' | 'unknown' | 'kept' | undefined;

/**
 * The person's side: a message that is an unused, unexpired invitation code links their record
 * to the lead contact, the appointment and the conditions to talk about, and greets them with the
 * lead contact's name. Every other code gets one and the same answer, whether it exists, was used
 * by someone else, has expired or was never made, so a guesser learns nothing from it; and after
 * a few wrong codes in an hour, in one conversation or on one record, even the right one is
 * refused. Anything that is not a code is not ours to answer.
 */
export class InvitationLinker {
  private readonly attempts: CodeAttempts;

  constructor(
    private readonly deps: {
      invitations: InvitationStore;
      renderer: Renderer;
      clock: () => Date;
      logger: Logger;
      attempts?: CodeAttempts;
      /** Results that arrived before the person used their code, moved into their record now. */
      results?: { waiting(invitationId: string): Promise<IncomingResult[]> };
      /** What follows words said before a code ("my code is …"), read as the code alone would be. */
      afterIntro?: (text: string) => string | undefined;
    },
  ) {
    this.attempts = deps.attempts ?? CodeAttempts.inMemory(deps.clock);
  }

  async handle(turn: LinkTurn, text: string): Promise<LinkOutcome> {
    const said = this.deps.afterIntro?.(text);
    const code = invitationCodeIn(text) ?? (said === undefined ? undefined : invitationCodeIn(said));
    if (!code) return undefined;
    const { session, channelId } = turn;
    const keys = [`conversation:${channelId}:${turn.conversationId}`, `record:${session.record.id}`];
    const locked = await this.attempts.locked(keys);
    const found = locked ? null : await this.deps.invitations.byCode(code);
    const current = found && invitationExpiresAt(found).getTime() > this.deps.clock().getTime();
    const held = session.record.leadContact;
    // A record has one lead contact: a good code from another is never taken as a quiet change of
    // who has (or will have) the plan. The store refuses it too; the record says whom to name.
    if (current && held && held.invitationId !== found.id && found.recordId === undefined) {
      return this.keep(turn, held.name, found.details.leadName);
    }
    const claimed = current ? await this.deps.invitations.claim(code, session.record.id) : undefined;
    if (!claimed?.ok) {
      await this.attempts.fail(keys);
      const reason = locked ? 'locked' : !found ? 'unknown' : !current ? 'expired' : (claimed?.reason ?? 'unknown');
      this.deps.logger.info('invitation_refused', { reason });
      // An eight-letter word typed as an answer ("whatever") can look like a code: it is passed on
      // as the answer it was, unless it has a digit or comes before any answer, as codes do.
      if (!/\d/.test(code) && Object.keys(session.record.answers).length > 0) return undefined;
      await turn.send(this.deps.renderer.message('invite.notAccepted', {}, channelId));
      // Before any answer the person goes on without a code (the welcome follows); later, the
      // question they were on is asked again on their next message.
      return session.record.progress.trail.length === 0 ? 'unknown' : 'refused';
    }
    const invitation = claimed.invitation;
    const at = this.deps.clock().toISOString();
    // Merged in this turn's own write of the record, so the turn sees them and they are stored
    // with the link or not at all; the inbox keeps them until a later delivery finds them held.
    const waiting = (await this.deps.results?.waiting(invitation.id)) ?? [];
    await session.update((draft) => {
      if (waiting.length > 0) takeResults(draft, waiting, at);
      draft.leadContact = {
        name: invitation.details.leadName,
        coordinatorId: invitation.coordinatorId,
        invitationId: invitation.id,
        appointmentAt: invitation.appointmentAt,
      };
      if (draft.answers.conditions === undefined && invitation.details.conditions.length > 0) {
        draft.answers.conditions = {
          value: invitation.details.conditions,
          status: 'answered',
          by: answeredBy(draft),
          at,
        };
      }
    });
    this.deps.logger.info('invitation_linked', { invitation: invitation.id });
    await turn.send(
      this.deps.renderer.message(
        'invite.linked',
        {
          lead: invitation.details.leadName,
          when: appointmentWords(invitation.appointmentAt),
          // A code works for a week after the visit: one gone by is never told as to come.
          past: invitation.appointmentAt !== undefined && isPast(invitation.appointmentAt, this.deps.clock()),
        },
        channelId,
      ),
    );
    await this.tieMobile(turn, invitation);
    return 'linked';
  }

  /**
   * Says plainly that the code from `other` was not used: the lead contact is still `lead`, and
   * their choice to share, if made, stands (never that `lead` has it: it may still wait, H525).
   * Nothing is sent to `other`, and no attempt is counted: the code was good, and a fresh chat
   * would show the same name.
   */
  private async keep(turn: LinkTurn, lead: string, other: string): Promise<LinkOutcome> {
    const { record } = turn.session;
    this.deps.logger.info('invitation_refused', { reason: 'other_invitation' });
    await turn.send(
      this.deps.renderer.message(
        'invite.otherLead',
        { lead, other, shared: sharedRecord(record) !== undefined, carer: answeredBy(record) === 'carer' },
        turn.channelId,
      ),
    );
    return 'kept';
  }

  /**
   * The number the coordinator gave now leads to this record too (stored with the turn), and the
   * person is shown which phone, by its last digits: a number typed wrong is seen at once.
   */
  private async tieMobile(turn: LinkTurn, invitation: Invitation): Promise<void> {
    const mobile = invitation.details.mobile;
    if (!mobile || !turn.tieMobile) return;
    const tied = await turn.tieMobile(mobile);
    // Texting from that phone already, they need no telling.
    if (!tied || turn.userId === mobile) return;
    await turn.send(this.deps.renderer.message('invite.mobileTied', { ending: phoneEnding(mobile) }, turn.channelId));
  }
}
