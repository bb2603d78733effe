import type { ConversationState, TurnContext } from 'botbuilder';
import type { Conversation } from '../dialogs/conversation';
import { joined as withHeld } from '../dialogs/cutOffAnswer';
import { messageText } from '../dialogs/messageText';
import { safetyQuestionWaits } from '../dialogs/safetyQuestionAgain';
import type { JoinOutcome } from './continuing/continueLinker';
import { helpKeywordEvent } from './helpKeywordEvent';
import { safetyQuestionAgainEvent } from './safetyQuestionAgainEvent';
import { isScreenOnly } from './screenOnly';
import { channelUserId, type RecordSessions } from './sessions';
import type { LinkOutcome, LinkTurn } from '../coordination/invitationLinker';

/**
 * What a guard made of a message: it replied and the turn goes no further (`handled`), the
 * conversation reads the message as usual (`pass`), or the conversation reads another answer
 * instead (a check-in's clear "no" gives back the answer that raised the check-in).
 */
export type GuardOutcome = 'handled' | 'pass' | { answer: string };

/**
 * A check that may answer a message before the conversation sees it (the crisis guard). `whole` is
 * the message as the conversation will read it: a cut-off answer held ("he took an") joined to
 * `text` ("overdose"), or `text` itself. `burst` is the message before and `text`, when they came
 * close together ("I cut", then "myself"): for the screen to read as one, never kept as an answer.
 */
export interface MessageGuard {
  handle(context: TurnContext, text: string, whole?: string, burst?: string): Promise<GuardOutcome>;
  /** After the conversation ran: what a guard left for it to read and it did not (see `CrisisGuard`). */
  settle?(context: TurnContext): Promise<void>;
}

/**
 * The bot's turn after the transport guards (lock, duplicates): open the person's record, let
 * the safety guards look at the message first, then run the conversation and save its state.
 */
export class CareprepBot {
  constructor(
    private readonly deps: {
      conversationState: ConversationState;
      sessions: RecordSessions;
      conversation: Conversation;
      guards: readonly MessageGuard[];
      /** Care coordinators in Teams: their turns end there, before any person's record is opened. */
      coordinators?: { handle(context: TurnContext): Promise<boolean> };
      /** A message that is an invitation code links the person to their lead contact. */
      invitations?: { handle(turn: LinkTurn, text: string): Promise<LinkOutcome> };
      /** A message that is a continue code joins this channel to a record started elsewhere. */
      continuing?: { handle(context: TurnContext, text: string): Promise<JoinOutcome> };
      /** Ties an invitation's mobile to the record in the turn that used the code. */
      mobiles?: { tieInTurn(context: TurnContext, mobile: string, recordId: string): Promise<boolean> };
    },
  ) {}

  async onTurn(context: TurnContext): Promise<void> {
    const { activity } = context;
    const joined =
      activity.type === 'conversationUpdate' &&
      (activity.membersAdded ?? []).some((member) => member.id !== activity.recipient?.id);
    const onlySafetyQuestion = activity.type === 'event' && activity.name === safetyQuestionAgainEvent;
    const helpKeyword = activity.type === 'event' && activity.name === helpKeywordEvent;
    if (await this.deps.coordinators?.handle(context)) return;
    if (activity.type !== 'message' && !joined && !onlySafetyQuestion && !helpKeyword) return;
    // No record, no safety question waiting: messages turned back on, or a help keyword, make none.
    if ((onlySafetyQuestion || helpKeyword) && !(await this.deps.sessions.exists(context))) return;
    let text = activity.type === 'message' ? (messageText(context) ?? '') : undefined;
    // Part of a message too long to read: only the safety guards see it (H320).
    const screenOnly = activity.type === 'message' && isScreenOnly(activity.channelData);
    // Before any record is opened: a joining channel must open the record it joins, not make one.
    const continued = text === undefined || screenOnly ? undefined : await this.deps.continuing?.handle(context, text);
    if (continued === 'refused') return;
    // Two independent reads: run them side by side rather than one after the other. The state
    // load is started inside a promise, so a synchronous throw from it cannot strand the record
    // read's rejection unhandled (which would end the process).
    await Promise.all([
      this.deps.sessions.open(context, { relinked: continued === 'joined' }),
      Promise.resolve().then(() => this.deps.conversationState.load(context)),
    ]);
    if (continued === 'joined') {
      // Whatever this chat was asking belonged to no one's answers: pick up where the record is.
      await this.deps.conversationState.clear(context);
      text = undefined;
    }
    const invited =
      text === undefined || continued || screenOnly
        ? undefined
        : await this.deps.invitations?.handle(this.linkTurn(context), text);
    if (invited === 'refused') return;
    // Once linked, told a code did not work or that their lead contact stays, the conversation
    // picks up as if they had just arrived: welcome, or where they were. The code is never read as
    // an answer.
    if (invited === 'linked' || invited === 'unknown' || invited === 'kept') text = undefined;
    // A channel's help keyword is read, as sent, only as the reply to a safety question waiting.
    if (helpKeyword) {
      if (!safetyQuestionWaits(this.deps.sessions.get(context).record)) return;
      text = messageText(context) ?? '';
    }
    let handled = false;
    let held = false;
    if (text !== undefined) {
      const { held: heldWords, recent } = this.deps.conversation;
      const cutOff = await heldWords.words(context);
      // The screen sees the words held and the rest as one message, as the conversation reads them.
      const whole = cutOff ? withHeld(cutOff, text) : text;
      const burst = cutOff ? undefined : await recent.withNext(context, text);
      for (const guard of this.deps.guards) {
        const outcome = await guard.handle(context, text, whole, burst);
        // Answered as one message, as if sent whole: nothing is left held to join to the next.
        if (outcome !== 'pass' && cutOff) await this.deps.conversation.held.letGo(context);
        if (outcome === 'handled') {
          handled = true;
          break;
        }
        if (outcome !== 'pass') {
          // Dialogs read the answer from the activity, as they do a card's submission.
          text = outcome.answer;
          held = true;
          activity.text = text;
          activity.value = undefined;
        }
      }
    }
    // A message a guard answered is never read with the next; one it let pass may begin a burst.
    if (text !== undefined && !handled && !held && !screenOnly) await this.deps.conversation.recent.keep(context, text);
    else await this.deps.conversation.recent.forget(context);
    if (!handled && !screenOnly) await this.deps.conversation.run(context, text, { held, onlySafetyQuestion });
    for (const guard of this.deps.guards) await guard.settle?.(context);
    // The question the replies leave waiting, and when they go: a message that came in before is sent unseen.
    await this.deps.conversation.unseen.replied(context);
    await this.deps.conversationState.saveChanges(context);
  }

  private linkTurn(context: TurnContext): LinkTurn {
    const session = this.deps.sessions.get(context);
    const { mobiles } = this.deps;
    return {
      channelId: context.activity.channelId,
      conversationId: context.activity.conversation.id,
      userId: channelUserId(context),
      session,
      send: (message) => context.sendActivity(message),
      tieMobile: mobiles ? (mobile) => mobiles.tieInTurn(context, mobile, session.record.id) : undefined,
    };
  }
}
