import type { TurnContext } from 'botbuilder';
import type { ConversationDeps } from './conversationDeps';
import { crisisData, crisisReplyKey } from './crisisReply';

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
  const { renderer } = deps;
  const session = deps.sessions.get(context);
  const { safetyCheckPending, safetyCheckKind, safetyCheckAbout, checkIn } = session.record.progress;
  const channelId = context.activity.channelId;
  const ask = (key: string, about: typeof safetyCheckAbout, linkId: string) =>
    context.sendActivity({
      ...renderer.message(key, crisisData(session, renderer, channelId, about), channelId),
      channelData: { careprep: { linkId, type: 'yesno' } },
    });
  if (safetyCheckPending) {
    await ask(crisisReplyKey(safetyCheckKind ?? 'suicide'), safetyCheckAbout, 'safety.check');
    return true;
  }
  if (checkIn) {
    await ask(`crisis.checkIn.${checkIn.kind}`, checkIn.about, 'safety.checkIn');
    return true;
  }
  return false;
}
