/**
 * Going through the test results again: on the person's word ("show me my results"), after they
 * chose not to go through them, and on a yes to a new result offered on their next visit. The
 * choice not to is taken back, the results not yet gone through (a new one among them) are
 * walked, the others are not gone over again, and the conversation then carries on where it was.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { PreparationRecord } from '../plan/record';
import { markNewerOffered, newerToOffer, reopenNewerResults } from '../plan/results/newerResults';
import { confirmationDialogId, type ConfirmationOptions } from './confirmationDialog';
import type { ConversationDeps } from './conversationDeps';
import { rootDialogId } from './rootDialog';
import type { SectionDialog } from './sectionDialog';
import { questionData } from './sectionPrompt';

/** What going through the results again needs from the conversation. */
export type ResultsAgainDeps = Pick<ConversationDeps, 'sections' | 'sessions' | 'renderer' | 'results' | 'clock'>;

/** Offers new results, and starts the results part again on request, whichever part is asking now. */
export class ResultsAgain {
  constructor(private readonly deps: ResultsAgainDeps) {}

  /** True when a new result of a measure the person went through has not been offered to them yet. */
  due(record: PreparationRecord): boolean {
    return newerToOffer(record).length > 0;
  }

  /**
   * Says which results are new since the person went through theirs, without their values (seen
   * only if they choose), and asks whether to go through them now. Offered once: a no leaves them
   * for "show me my results".
   */
  async offer(dc: DialogContext): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    const measures = newerToOffer(session.record).map((note) => note.measure);
    const names = this.deps.results.namesOf(measures) ?? '';
    await session.update((draft) => markNewerOffered(draft, this.deps.clock().toISOString()));
    const options: ConfirmationOptions = { kind: 'newResults', newResults: { names, many: measures.length > 1 } };
    await dc.beginDialog(confirmationDialogId, options);
  }

  /**
   * Takes back a choice not to go through the results, opens newer results to go through, and goes
   * through those not yet gone through; when there are none (none sent, or all gone through) says
   * so, and the question waiting (`active`'s) is asked again.
   */
  async show(dc: DialogContext, active: SectionDialog | undefined): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    const results = this.deps.sections.find((section) => section.section === 'results');
    const { declinedAt, newer } = session.record.results;
    if (declinedAt !== undefined || newer !== undefined)
      await session.update((draft) => {
        delete draft.results.declinedAt;
        reopenNewerResults(draft);
      });
    const keys = results?.keysFor(session.record) ?? [];
    if (!results || !keys.some((key) => session.record.answers[key] === undefined)) {
      await this.say(dc, keys.length === 0 ? 'results.noneToShow' : 'results.allSeen', session.record);
      if (active) await dc.repromptDialog();
      return;
    }
    await dc.cancelAllDialogs();
    await dc.beginDialog(rootDialogId, { quiet: true, start: results.section });
  }

  /**
   * "Stop results" away from a result (H411): those still to go through are not gone through, as
   * at a result, until "show me my results"; with none left, that is said. With none here (a reply
   * to the results-ready text before the code is typed), it is taken as stopping the texts: how to
   * is said, never that there are no results. Never an answer: the question waiting is asked again.
   */
  async stop(dc: DialogContext, active: SectionDialog | undefined): Promise<void> {
    const session = this.deps.sessions.get(dc.context);
    const results = this.deps.sections.find((section) => section.section === 'results');
    const keys = results?.keysFor(session.record) ?? [];
    if (keys.some((key) => session.record.answers[key] === undefined)) {
      const at = this.deps.clock().toISOString();
      await session.update((draft) => void (draft.results.declinedAt ??= at));
      await this.say(dc, 'results.stopped', session.record);
    } else await this.say(dc, keys.length === 0 ? 'command.stopTexting' : 'results.allSeen', session.record);
    if (active) await dc.repromptDialog();
  }

  private async say(dc: DialogContext, key: string, record: PreparationRecord): Promise<void> {
    const channelId = dc.context.activity.channelId;
    const data = questionData(record, this.deps.renderer, channelFamily(channelId));
    await dc.context.sendActivity(this.deps.renderer.message(key, data, channelId));
  }
}
