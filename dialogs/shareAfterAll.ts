/**
 * "Actually yes, send it" once getting ready ended with a no to sharing, or with no part ticked to
 * send (explorer 23, H146): the person changed their mind, and was told "You have finished". The
 * no is taken off and "Can I share this plan?" asked again, with the parts they chose (which parts
 * first, when they ticked none). Nothing is sent by these words: only a yes to that question sends.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { planRecipients, shareKeys } from '../plan/consentScope';
import type { ConversationDeps } from './conversationDeps';
import { messageText } from './messageText';
import { sendsNothing } from './reviewAnswers';
import { rootDialogId, type RootOptions } from './rootDialog';

export class ShareAfterAll {
  constructor(private readonly deps: Pick<ConversationDeps, 'root' | 'sessions' | 'phrases'>) {}

  /**
   * Whether the message asked to send the plan after all, once it ended unshared with someone to
   * send it to; if so, the sharing question is asked again. False before the end, and once shared.
   */
  async asked(dc: DialogContext): Promise<boolean> {
    const text = messageText(dc.context);
    const session = this.deps.sessions.get(dc.context);
    const { record } = session;
    if (text === undefined || this.deps.root.nextSection(record) || planRecipients(record).length === 0) return false;
    const declined = record.answers[shareKeys.consent] !== undefined || sendsNothing(record);
    if (!declined || record.consents.at(-1)?.decision !== 'doNotShare') return false;
    if (!this.deps.phrases.sharesAfterAll(text)) return false;
    const noneTicked = sendsNothing(record);
    await session.update((draft) => {
      delete draft.answers[shareKeys.consent];
      if (noneTicked) delete draft.answers[shareKeys.send];
    });
    await dc.cancelAllDialogs();
    await dc.beginDialog(rootDialogId, { quiet: true } satisfies RootOptions);
    return true;
  }
}
