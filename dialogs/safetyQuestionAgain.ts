import type { TurnContext } from 'botbuilder';
import type { PreparationRecord } from '../plan/record';
import type { ConversationDeps } from './conversationDeps';
import { crisisReplyKey, sayCrisisMessage } from './crisisReply';

/** Whether a safety question waits for its answer: "are you safe right now?" or a check-in. */
export function safetyQuestionWaits(record: PreparationRecord): boolean {
  return record.progress.safetyCheckPending === true || record.progress.checkIn !== undefined;
}

/**
 * Asks again the safety question waiting, when a chat starts again with no message (a web chat or
 * Teams arrival, an SMS START, a channel joined or linked): "are you safe right now?" after a crisis
 * reply, with its urgent help, or the check-in. Nothing routine is asked while one waits (hazard
 * H2); the next message goes to the crisis guard as the answer, as before. No flag is raised again:
 * nothing new was said. True when one was asked.
 */
export async function askSafetyQuestionAgain(
  context: TurnContext,
  deps: Pick<ConversationDeps, 'sessions' | 'renderer'>,
): Promise<boolean> {
  const session = deps.sessions.get(context);
  const say = { session, renderer: deps.renderer };
  const { safetyCheckPending, safetyCheckKind, safetyCheckAbout, checkIn } = session.record.progress;
  if (safetyCheckPending) {
    const key = crisisReplyKey(safetyCheckKind ?? 'suicide');
    await sayCrisisMessage(context, say, key, { linkId: 'safety.check', about: safetyCheckAbout });
    return true;
  }
  if (checkIn) {
    const key = `crisis.checkIn.${checkIn.kind}`;
    await sayCrisisMessage(context, say, key, { linkId: 'safety.checkIn', about: checkIn.about });
    return true;
  }
  return false;
}
