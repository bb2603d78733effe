import type { Renderer } from '../content/renderer';
import { sayCrisisMessage } from '../dialogs/crisisReply';
import { bareYesAfterGap, plainlyOtherAnswer } from '../dialogs/recognisers/otherAnswer';
import type { Phrases } from '../dialogs/recognisers/phrases';
import type { PreparationRecord } from '../plan/record';
import type { Session } from '../plan/session';
import type { ScreenResult } from '../safety/screen';
import type { TurnContext } from 'botbuilder';

/** How long after "are you safe right now?" was last asked the next message is a return, not its answer (H347). */
export const safetyGapMs = 12 * 60 * 60 * 1000;

/**
 * Whether "are you safe right now?" waits and was last asked `safetyGapMs` or more before `now`:
 * every turn that asks it moves `lastActiveAt` on (`sayCrisisMessage`).
 */
export function backAfterGap(record: PreparationRecord, now: Date): boolean {
  const since = now.getTime() - Date.parse(record.progress.lastActiveAt);
  return record.progress.safetyCheckPending === true && since >= safetyGapMs;
}

/** Notes on the crisis flag "are you safe?" follows that they came back at `at` and have not said they are safe. */
export async function markCameBack(session: Session, at: string): Promise<void> {
  await session.update((draft) => {
    const flag = [...draft.flags].reverse().find((kept) => kept.kind === 'crisis');
    if (flag) flag.cameBackAt = at;
  });
}

/**
 * The reply to a message, after they came back, that says nothing of feelings or safety: a greeting,
 * an answer plainly to another question, or (first after the gap) a bare "yes". Never kept on the
 * flag; the short help for the kind again, and the question. True when it was such a message.
 */
export async function answerOfAnother(
  context: TurnContext,
  deps: { session: Session; renderer: Renderer; phrases: Phrases },
  reading: { text: string; found: ScreenResult; first: boolean },
): Promise<boolean> {
  const { session, renderer, phrases } = deps;
  const { text, found, first } = reading;
  const other =
    phrases.is('greeting', text) || plainlyOtherAnswer(text, found, phrases) || (first && bareYesAfterGap(text));
  if (!other) return false;
  const { safetyCheckKind: kind, safetyCheckAbout: about } = session.record.progress;
  const medical = kind === 'medicalEmergency' ? 'Medical' : '';
  const key = first ? `crisis.welcomeBack${medical}` : `crisis.askSafeAgain${medical}`;
  await sayCrisisMessage(context, { session, renderer }, key, { linkId: 'safety.check', about });
  return true;
}
