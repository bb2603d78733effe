import { randomInt, randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../../content/renderer';
import { answeredBy } from '../../plan/recordView';
import { mergeResults, type IncomingResult } from '../../plan/results/mergeResults';
import type { Invitation, InvitationStore } from '../../storage/invitationStore';
import type { Logger } from '../logger';
import type { RecordSessions } from '../sessions';
import { smsChannelId } from '../sms/smsRoutes';
import { appointmentWords } from './appointment';
import { CodeAttempts } from './codeAttempts';
import { invitationExpiresAt } from './invitationExpiry';

/** No 0/O, 1/I/L: a code read aloud or copied by hand comes out the same. */
export const codeAlphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const codeLength = 8;
const codePattern = new RegExp(`^[${codeAlphabet}]{${codeLength}}$`);

/** A fresh invitation code: 8 characters of 31, about 40 bits. */
export function newInvitationCode(): string {
  let code = '';
  for (let i = 0; i < codeLength; i++) code += codeAlphabet[randomInt(codeAlphabet.length)];
  return code;
}

/** The code in a message that is only a code (spaces, dashes and case forgiven), else undefined. */
export function invitationCodeIn(text: string): string | undefined {
  const candidate = text.replace(/[\s-]/g, '').toUpperCase();
  return codePattern.test(candidate) ? candidate : undefined;
}

/** The web chat link that carries a code. */
export function invitationUrl(publicUrl: string, code: string): string {
  return `${publicUrl}/?code=${code}`;
}

/** What a new invitation holds, as the coordinator gave it. */
export interface NewInvitation {
  coordinatorId: string;
  leadName: string;
  personName: string;
  mobile?: string;
  appointmentAt?: string;
  conditions: string[];
}

/** Makes invitations with codes that do not collide. */
export async function createInvitation(store: InvitationStore, input: NewInvitation, now: Date): Promise<Invitation> {
  for (let attempt = 0; ; attempt++) {
    const invitation: Omit<Invitation, 'deliveries' | 'recordId'> = {
      id: randomUUID(),
      code: newInvitationCode(),
      coordinatorId: input.coordinatorId,
      appointmentAt: input.appointmentAt,
      details: {
        version: 1,
        personName: input.personName,
        mobile: input.mobile,
        conditions: input.conditions,
        leadName: input.leadName,
      },
      createdAt: now.toISOString(),
    };
    try {
      await store.create(invitation);
      return { ...invitation, deliveries: 0 };
    } catch (error) {
      // A clash on the unique code is one in a trillion; try another rather than fail the coordinator.
      const clash = error instanceof Error && /UNIQUE constraint failed: invitations\.code/.test(error.message);
      if (!clash || attempt >= 3) throw error;
    }
  }
}

/**
 * What became of a message that may be an invitation code: linked; refused (someone else's); a
 * code that matches no invitation, sent before any answer (said so, then they go on without);
 * or not ours to answer.
 */
export type LinkOutcome = 'linked' | 'refused' | 'unknown' | undefined;

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
      sessions: RecordSessions;
      renderer: Renderer;
      clock: () => Date;
      logger: Logger;
      attempts?: CodeAttempts;
      /** Results that arrived before the person used their code, moved into their record now. */
      results?: { waiting(invitationId: string): Promise<IncomingResult[]> };
      /** Ties the invitation's mobile to the record, so a reply to a reminder text carries it on. */
      mobiles?: { tie(mobile: string, recordId: string): Promise<boolean> };
    },
  ) {
    this.attempts = deps.attempts ?? new CodeAttempts(deps.clock);
  }

  async handle(context: TurnContext, text: string): Promise<LinkOutcome> {
    const code = invitationCodeIn(text);
    if (!code) return undefined;
    const session = this.deps.sessions.get(context);
    const { channelId, conversation } = context.activity;
    const keys = [`conversation:${channelId}:${conversation.id}`, `record:${session.record.id}`];
    const locked = this.attempts.locked(keys);
    const found = locked ? null : await this.deps.invitations.byCode(code);
    const current = found && invitationExpiresAt(found).getTime() > this.deps.clock().getTime();
    const claimed = current ? await this.deps.invitations.claim(code, session.record.id) : undefined;
    if (!claimed?.ok) {
      this.attempts.fail(keys);
      const reason = locked ? 'locked' : !found ? 'unknown' : !current ? 'expired' : (claimed?.reason ?? 'unknown');
      this.deps.logger.info('invitation_refused', { reason });
      // An eight-letter word typed as an answer ("whatever") can look like a code: it is passed on
      // as the answer it was, unless it has a digit or comes before any answer, as codes do.
      if (!/\d/.test(code) && Object.keys(session.record.answers).length > 0) return undefined;
      await context.sendActivity(this.deps.renderer.message('invite.notAccepted', {}, channelId));
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
      if (waiting.length > 0) draft.results = mergeResults(draft.results, waiting, at);
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
    await context.sendActivity(
      this.deps.renderer.message(
        'invite.linked',
        { lead: invitation.details.leadName, when: appointmentWords(invitation.appointmentAt) },
        channelId,
      ),
    );
    await this.tieMobile(context, invitation, session.record.id);
    return 'linked';
  }

  /**
   * The number the coordinator gave now leads to this record too (once the record is stored), and
   * the person is shown which phone, by its last digits: a number typed wrong is seen at once.
   */
  private async tieMobile(context: TurnContext, invitation: Invitation, recordId: string): Promise<void> {
    const mobile = invitation.details.mobile;
    if (!mobile || !this.deps.mobiles) return;
    await this.deps.sessions.flush(recordId);
    const tied = await this.deps.mobiles.tie(mobile, recordId);
    const { channelId, from } = context.activity;
    if (!tied || (channelId === smsChannelId && from.id === mobile)) return;
    await context.sendActivity(
      this.deps.renderer.message('invite.mobileTied', { ending: mobile.slice(-3) }, channelId),
    );
  }
}
