/**
 * Going through the test results on the person's word ("show me my results"): after they chose
 * not to go through them, or to go through one that is new. The choice not to is taken back, the
 * results not yet gone through are walked, and the conversation then carries on where it was.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { PreparationRecord } from '../plan/record';
import type { ConversationDeps } from './conversationDeps';
import { rootDialogId } from './rootDialog';
import { questionData } from './sectionPrompt';
import type { SectionDialog } from './sectionDialog';

/** What going through the results again needs from the conversation. */
export type ResultsAgainDeps = Pick<ConversationDeps, 'sections' | 'sessions' | 'renderer'>;

/** Starts the results part again on request, whichever part is asking now. */
export class ResultsAgain {
  constructor(private readonly deps: ResultsAgainDeps) {}

  /**
   * Takes back a choice not to go through the results and goes through those not yet gone
   * through; when there are none (none sent, or all gone through) says so, and the question
   * waiting (`active`'s) is asked again.
   */
  async show(dc: DialogContext, active: SectionDialog | undefined): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    const results = this.deps.sections.find((section) => section.section === 'results');
    if (session.record.results.declinedAt !== undefined)
      await session.update((draft) => void delete draft.results.declinedAt);
    const keys = results?.keysFor(session.record) ?? [];
    if (!results || !keys.some((key) => session.record.answers[key] === undefined)) {
      await this.say(dc, keys.length === 0 ? 'results.noneToShow' : 'results.allSeen', session.record);
      if (active) await dc.repromptDialog();
      return;
    }
    await dc.cancelAllDialogs();
    await dc.beginDialog(rootDialogId, { quiet: true, start: results.section });
  }

  private async say(dc: DialogContext, key: string, record: PreparationRecord): Promise<void> {
    const channelId = dc.context.activity.channelId;
    const data = questionData(record, this.deps.renderer, channelFamily(channelId));
    await dc.context.sendActivity(this.deps.renderer.message(key, data, channelId));
  }
}
