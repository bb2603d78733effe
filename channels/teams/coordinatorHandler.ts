import { TurnContext, type Activity } from 'botbuilder';
import { channelFamily } from '../../content/channels';
import type { PackLibrary } from '../../content/packs/packLibrary';
import type { PlanRenderer } from '../../content/planRenderer';
import type { Renderer, TemplateData } from '../../content/renderer';
import { answeredBy, textAnswer } from '../../plan/recordView';
import type { CoordinatorStore, CoordinatorReference } from '../../coordination/coordinatorStore';
import type { Invitation, InvitationStore } from '../../coordination/invitationStore';
import type { RecordStore } from '../../storage/recordStore';
import type { Logger } from '../../plan/logger';
import { TextNotSent, type Texter } from '../../coordination/outbound';
import { appointmentWords, parseAppointment, pickerFields } from '../../coordination/appointment';
import { normaliseMobile } from '../../coordination/mobileNumber';
import { normaliseNhsNumber } from '../../coordination/nhsNumber';
import type { AppointmentPhrases } from '../../coordination/typedAppointment';
import type { CoordinatorCommands } from './commands';
import { cardSubmit, planVersionSchema, type InviteSubmit } from './cardSubmissions';
import { cardActions, inviteCard, withoutTopicsCard, type CardWords } from './coordinatorCards';
import { conditionsWithTopics, readInviteConditions } from '../../coordination/inviteConditions';
import { createInvitation, invitationUrl } from '../../coordination/invitations';
import { fullPlanReply } from './fullPlanReply';
import { invitationRecord, invitationStatus, myPatients } from './myPatients';
import { isStaff, tenantOf, type StaffPolicy } from './staff';
import type { CoordinatorResults } from './coordinatorResults';

/** What a coordinator is told when the visit typed cannot be used, by why; otherwise the date could not be read. */
const appointmentProblem: Partial<Record<string, string>> = {
  out_of_range: 'teams.invite.pastDate',
  time_not_understood: 'teams.invite.badTime',
};

/** Sends the invitation text; absent when Twilio is not configured. */
export type InvitationTexter = Texter;

/** What the coordinator side needs. */
export interface CoordinatorDeps {
  staff: StaffPolicy;
  publicUrl: string;
  invitations: InvitationStore;
  coordinators: CoordinatorStore;
  records: RecordStore;
  renderer: Renderer;
  plans: PlanRenderer;
  library: PackLibrary;
  commands: CoordinatorCommands;
  appointmentPhrases: AppointmentPhrases;
  texter?: InvitationTexter;
  /** Reminders: scheduled for each new invitation; what was sent shows in "my patients". */
  reminders?: {
    invited(invitation: Invitation): Promise<void>;
    sentFor(invitationId: string): Promise<{ count: number; last?: string }>;
  };
  /** The "add results" cards. */
  results?: Pick<CoordinatorResults, 'isCommand' | 'handle' | 'patientsCard'>;
  clock: () => Date;
  logger: Logger;
}

/**
 * Care coordinators in Teams. Runs before the person's conversation on every msteams turn: it
 * takes the bot's @mention out of the text, answers staff (storing where to reach them for
 * proactive cards) with "invite", "my patients" and the cards' buttons, and politely refuses
 * staff commands from anyone else. A coordinator only ever sees their own invitations.
 */
export class CoordinatorHandler {
  constructor(private readonly deps: CoordinatorDeps) {}

  /** True when the turn was a coordinator's (or a refused staff command) and is finished. */
  async handle(context: TurnContext): Promise<boolean> {
    const { activity } = context;
    if (activity.channelId !== 'msteams') return false;
    if (activity.type === 'message' && typeof activity.text === 'string') {
      activity.text = TurnContext.removeRecipientMention(activity).trim();
    }
    if (!isStaff(activity, this.deps.staff)) {
      if (activity.type !== 'message' || !this.isStaffCommand(activity)) return false;
      this.deps.logger.info('staff_command_refused', {});
      await this.say(context, 'teams.notStaff');
      return true;
    }
    const coordinatorId = activity.from.aadObjectId ?? activity.from.id;
    await this.deps.coordinators.save(coordinatorId, referenceOf(activity));
    if (activity.type === 'conversationUpdate') {
      const joined = (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
      if (joined) await this.say(context, 'teams.welcome');
      return true;
    }
    if (activity.type !== 'message') return true;
    if (await this.deps.results?.handle(context, coordinatorId)) return true;

    const submitted = cardSubmit.safeParse(activity.value);
    if (submitted.success) {
      const value = submitted.data;
      if (value.careprep === cardActions.invite) return this.invite(context, coordinatorId, value);
      if (value.careprep === cardActions.fullPlan) return this.fullPlan(context, coordinatorId, value.invitationId);
      return this.reviewed(context, coordinatorId, value.invitationId, value.planVersion);
    }
    switch (this.deps.commands.match(activity.text ?? '')) {
      case 'invite':
        await context.sendActivity({
          type: 'message',
          attachments: [inviteCard(this.words(), conditionsWithTopics(this.deps.library))],
        });
        return true;
      case 'patients':
        await context.sendActivity(await myPatients(coordinatorId, this.deps));
        return true;
      case 'help':
        return this.say(context, 'teams.welcome');
      default:
        return this.say(context, await this.notACommand(coordinatorId));
    }
  }

  /**
   * Words that are no command. Once someone has been invited they are most often a reply to a plan
   * card, meant for the person: said plainly that they go no further, where the greeting would
   * leave the coordinator thinking they were passed on. Before that, the greeting.
   */
  private async notACommand(coordinatorId: string): Promise<string> {
    const invited = await this.deps.invitations.forCoordinator(coordinatorId);
    return invited.length > 0 ? 'teams.notPassedOn' : 'teams.welcome';
  }

  private isStaffCommand(activity: Activity): boolean {
    const command = this.deps.commands.match(activity.text ?? '');
    if (command === 'invite' || command === 'patients') return true;
    return cardSubmit.safeParse(activity.value).success || (this.deps.results?.isCommand(activity.value) ?? false);
  }

  private async invite(context: TurnContext, coordinatorId: string, value: InviteSubmit): Promise<true> {
    const personName = (value.name ?? '').trim().slice(0, 100);
    if (!personName) return this.say(context, 'teams.invite.needName');
    const typedMobile = (value.mobile ?? '').trim();
    const mobile = typedMobile ? normaliseMobile(typedMobile) : undefined;
    if (typedMobile && !mobile) return this.say(context, 'teams.invite.badMobile');
    const typedNhs = (value.nhsNumber ?? '').trim();
    const nhsNumber = typedNhs ? normaliseNhsNumber(typedNhs) : undefined;
    if (typedNhs && !nhsNumber) return this.say(context, 'teams.invite.badNhsNumber');
    const now = this.deps.clock();
    const when = parseAppointment(value, context.activity.locale, now, this.deps.appointmentPhrases);
    if (!when.ok) return this.say(context, appointmentProblem[when.code] ?? 'teams.invite.badDate');
    const read = readInviteConditions(value.conditions, this.deps.library);
    // Nothing is made or sent until the coordinator has changed the conditions or chosen to go on.
    if (read.withoutTopics.length > 0 && !value.withoutTopics) {
      return this.askAboutConditions(
        context,
        { ...value, when: undefined, date: undefined, time: undefined, ...pickerFields(when.value) },
        personName,
        read.withoutTopics,
      );
    }
    const conditions = read.ids;
    const leadName =
      context.activity.from.name?.trim() || this.deps.renderer.text('lead.default', {}, channelFamily('msteams'));

    const invitation = await createInvitation(
      this.deps.invitations,
      { coordinatorId, leadName, personName, mobile, nhsNumber, appointmentAt: when.value, conditions },
      now,
    );
    await this.deps.reminders?.invited(invitation);
    const url = invitationUrl(this.deps.publicUrl, invitation.code);
    let texted = false;
    // A mobile given where texts are not set up is no text sent: the coordinator is told to pass
    // the code on, as when a text fails.
    let textFailed = !!mobile && !this.deps.texter;
    let textUnknown = false;
    if (mobile && this.deps.texter) {
      const body = this.deps.renderer.text(
        'teams.invite.sms',
        { name: personName, lead: leadName, url, code: invitation.code },
        'sms',
      );
      try {
        texted = (await this.deps.texter(mobile, body)).ok;
        textFailed = !texted;
      } catch (error) {
        // Only a refusal before sending is certainly no text; a 5xx or a cut connection may have sent it.
        textFailed = error instanceof TextNotSent;
        textUnknown = !textFailed;
      }
    }
    this.deps.logger.info('invitation_created', { invitation: invitation.id, texted });
    return this.say(context, 'teams.invite.made', {
      name: personName,
      when: appointmentWords(invitation.appointmentAt),
      code: invitation.code,
      url,
      texted,
      textFailed,
      textUnknown,
    });
  }

  /**
   * Says which conditions have no topics and which do, with a button to go on without them.
   * `resubmit` is the invitation as given, its visit as read (so "in 2 weeks" stays that day).
   */
  private async askAboutConditions(
    context: TurnContext,
    resubmit: InviteSubmit,
    name: string,
    withoutTopics: readonly string[],
  ): Promise<true> {
    const many = withoutTopics.length > 1;
    const known = conditionsWithTopics(this.deps.library).map((option) => option.label);
    const message = this.deps.renderer.message(
      'teams.invite.unknownCondition',
      { name, unknown: withoutTopics.join('; '), known: known.join('; '), many },
      'msteams',
    );
    message.attachments = [withoutTopicsCard(this.words(), resubmit, many)];
    await context.sendActivity(message);
    return true;
  }

  private async fullPlan(context: TurnContext, coordinatorId: string, invitationId: string): Promise<true> {
    const invitation = await this.owned(invitationId, coordinatorId);
    if (!invitation) return this.say(context, 'teams.notYours');
    const record = await invitationRecord(invitation, this.deps.records);
    await context.sendActivity(fullPlanReply(this.deps, invitation, record));
    return true;
  }

  private async reviewed(
    context: TurnContext,
    coordinatorId: string,
    invitationId: string,
    planVersion: unknown,
  ): Promise<true> {
    const invitation = await this.owned(invitationId, coordinatorId);
    if (!invitation) return this.say(context, 'teams.notYours');
    // A plan taken back (or erased) is no longer theirs to act on, whatever card they still see:
    // read as "my patients" reads it.
    const record = await invitationRecord(invitation, this.deps.records);
    if (invitationStatus(invitation, record) === 'withdrawn') {
      // Whose doing it was, as the note said (H202); an erased record keeps no sign, so says nobody's.
      const byCarer = record !== null && answeredBy(record) === 'carer';
      const carer = byCarer ? textAnswer(record, 'respondent.name') : undefined;
      const name = invitation.details.personName;
      return this.say(context, 'teams.reviewWithdrawn', { name, erased: record === null, byCarer, carer });
    }
    const delivered = invitation.deliveredVersion;
    // None is theirs now (the copy on this card was taken back, and one shared again has not reached them): H284.
    if (delivered === undefined)
      return this.say(context, 'teams.reviewNoneHeld', { name: invitation.details.personName });
    // A card from before cards carried their version is the one last sent.
    const given = planVersion === undefined ? delivered : planVersionSchema.safeParse(planVersion).data;
    // Only a version they were sent can have been reviewed; saying so of any other would be untrue.
    if (given === undefined || given > delivered) {
      return this.say(context, 'teams.reviewUnknownVersion');
    }
    if (!(await this.deps.invitations.markReviewed(invitation.id, coordinatorId, given))) {
      return this.say(context, 'teams.notYours');
    }
    if (given === delivered) return this.say(context, 'teams.reviewed');
    // An older card: the newer version may have been marked already, and stays marked.
    const reviewed = (await this.deps.invitations.get(invitation.id))?.reviewedVersion ?? given;
    if (reviewed >= delivered) return this.say(context, 'teams.reviewedLatestAlready', { latest: reviewed });
    return this.say(context, 'teams.reviewedOlder', { version: given, latest: delivered });
  }

  /** The invitation, only if this coordinator made it. */
  private async owned(invitationId: string, coordinatorId: string): Promise<Invitation | undefined> {
    const invitation = await this.deps.invitations.get(invitationId);
    return invitation && invitation.coordinatorId === coordinatorId ? invitation : undefined;
  }

  private words(): CardWords {
    return (key, data = {}) => this.deps.renderer.text(key, data, 'teams');
  }

  private async say(context: TurnContext, key: string, data: TemplateData = {}): Promise<true> {
    await context.sendActivity(this.deps.renderer.message(key, data, 'msteams'));
    return true;
  }
}

/** Where to send to this coordinator later, from their message. */
function referenceOf(activity: Activity): CoordinatorReference {
  return {
    serviceUrl: activity.serviceUrl,
    conversationId: activity.conversation.id,
    botId: activity.recipient?.id ?? '',
    userId: activity.from.id,
    tenantId: tenantOf(activity),
  };
}
