import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import { sayCrisisMessage } from '../dialogs/crisisReply';
import { readConfirmation } from '../dialogs/recognisers/confirmation';
import type { Phrases } from '../dialogs/recognisers/phrases';
import { recogniseYesNo } from '../dialogs/recognisers/yesNo';
import { askSafetyQuestionAgain } from '../dialogs/safetyQuestionAgain';
import type { Session } from '../plan/session';
import type { ScreenResult } from '../safety/screen';
import type { RecordSessions } from './sessions';

/**
 * A request to pause ("pause", "stop", "later") or to delete everything while "are you safe right
 * now?" waits (H311): it was read as a no to that question, so "Please get help now" came back to
 * every such message. Now where help is is said again, fitted to the kind, and the request goes
 * to the conversation as anywhere else: the pause pauses, and "delete everything" is asked to be
 * confirmed. The question stays waiting, asked again when they come back. Only "delete it all?"
 * is read from the message straight after: a yes goes to the conversation, which deletes; a plain
 * no is told nothing was deleted and "are you safe right now?" is asked again; anything else is
 * read as the answer to that question, as ever. Nothing in which the screen found a risk is a request.
 */
export class HeldRequest {
  constructor(private readonly deps: { phrases: Phrases; renderer: Renderer; sessions: RecordSessions }) {}

  /** `pass` when the conversation is to carry out `text`, `handled` when answered here, else undefined. */
  async read(
    context: TurnContext,
    session: Session,
    text: string,
    found: ScreenResult,
  ): Promise<'pass' | 'handled' | undefined> {
    const { progress } = session.record;
    if (progress.safetyCheckPending !== true) return undefined;
    const { phrases, renderer } = this.deps;
    const locale = context.activity.locale;
    if (progress.heldRequest === 'deleteData') {
      await session.update((draft) => void (draft.progress.heldRequest = undefined));
      if (found.tier !== 'none') return undefined;
      if (readConfirmation(text, phrases, locale) === 'yes') return 'pass';
      const answer = recogniseYesNo(text, phrases, locale);
      if (!answer.ok || answer.value) return undefined;
      await context.sendActivity(renderer.message('rights.deleteCancelled', {}, context.activity.channelId));
      await askSafetyQuestionAgain(context, this.deps);
      return 'handled';
    }
    if (found.tier !== 'none') return undefined;
    const command = phrases.command(text);
    if (command !== 'pause' && command !== 'deleteData') return undefined;
    const key = progress.safetyCheckKind === 'medicalEmergency' ? 'crisis.heldRequestMedical' : 'crisis.heldRequest';
    await sayCrisisMessage(context, { session, renderer }, key, { about: progress.safetyCheckAbout });
    if (command === 'deleteData') await session.update((draft) => void (draft.progress.heldRequest = 'deleteData'));
    return 'pass';
  }
}
