/**
 * The person's rights over what is held about them: "show my data" lists all of it in words, and
 * "delete my data", once confirmed, erases it and tells anyone the plan was shared with.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import type { TemplateData } from '../content/renderer';
import { sharedRecord } from '../plan/consentScope';
import { sharedCopiesToShow } from './heldSharedCopies';
import { compileDraftPlan } from '../plan/draftPlan';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import type { ConversationDeps } from './conversationDeps';
import { noteDone } from './doneInTurn';
import { questionData } from './sectionPrompt';
import { tellTakenBack } from './sharingWithdrawal';

/** What showing and deleting need from the conversation. */
export type PersonalDataRightsDeps = Pick<
  ConversationDeps,
  'dialogState' | 'meta' | 'sessions' | 'renderer' | 'plans' | 'personalData' | 'planEvents' | 'leadCopies'
>;

/** "Show my data" and "delete my data". */
export class PersonalDataRights {
  constructor(private readonly deps: PersonalDataRightsDeps) {}

  /** Sends everything held about the person, in words. */
  async show(dc: DialogContext): Promise<void> {
    const channelId = dc.context.activity.channelId;
    const record = this.deps.sessions.get(dc.context).record;
    await dc.context.sendActivity(this.deps.renderer.lines(await this.heldData(record, channelId), channelId));
  }

  /**
   * After a yes to "delete my data?": tells recipients a shared plan is withdrawn, erases the
   * record, identities, links and this conversation's state, and leaves an audit entry (with no
   * answers in it).
   */
  async deleteAll(dc: DialogContext): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const session = this.deps.sessions.get(dc.context);
    const record = session.record;
    // A shared plan is taken back, erased and the lead contact's note queued in one transaction
    // (the erasure waits with the change, the note commits them): a failure does none of them, so
    // nobody is told it is taken back while it is still held and shared.
    if (sharedRecord(record) !== undefined) await session.update((draft) => void (draft.status = 'withdrawn'));
    // Once stored (with the note, when shared) it stands whatever happens to the rest of the turn,
    // and a failure after it says what was done and who is told, never "may not have saved" (H218).
    // Its audit entry is written with it (H262).
    let stored = false;
    const shared = await this.erased(dc, record, () => void (stored = true));
    // Read once the withdrawal is queued, which drops a plan still waiting to go to the lead contact;
    // one being sent as it was taken back may have arrived, so it is never said to be unsent.
    const { unsent, sending } = await this.deps.leadCopies.standing(record, shared);
    const data = { ...questionData(record, renderer, channelFamily(channelId)), shared, unsent, sending };
    // Not stored yet only when it waits for the turn's own commit, which a failure undoes with it.
    if (stored) noteDone(dc.context, { key: 'error.turnDeleted', data });
    await dc.cancelAllDialogs();
    await this.deps.dialogState.delete(dc.context);
    await this.deps.meta.delete(dc.context);
    // Said only once the withdrawal is queued; it is delivered after this turn, so the lead contact
    // is said to be about to hear, never to have heard (and one never sent the plan, not to hear).
    await dc.context.sendActivity(
      renderer.message(shared ? 'rights.deletedAndWithdrawn' : 'rights.deleted', data, channelId),
    );
  }

  /**
   * Erases the record with its audit entry and, when shared, queues the note that it is taken back,
   * all in one transaction; whether it was shared. Should that fail, nothing was erased (`stored`
   * was never called), and the failed turn's apology says so (H262).
   */
  private async erased(dc: DialogContext, record: PreparationRecord, stored: () => void): Promise<boolean> {
    let done = false;
    try {
      await this.deps.personalData.erase(dc.context, record.id, answeredBy(record), () => {
        done = true;
        stored();
      });
      return await tellTakenBack(this.deps.planEvents, record);
    } catch (error) {
      if (!done) {
        const data = questionData(record, this.deps.renderer, channelFamily(dc.context.activity.channelId));
        noteDone(dc.context, { key: 'error.turnNotDeleted', data });
      }
      throw error;
    }
  }

  /** Everything held about the person, in words: their plan, consents, safety notes, ways in, and history. */
  private async heldData(record: PreparationRecord, channelId: string): Promise<string[]> {
    const { renderer } = this.deps;
    const family = channelFamily(channelId);
    // Named as every question names them: a carer reads of Jean's plan, and the lead contact by name.
    const about = questionData(record, renderer, family);
    const text = (key: string, data: TemplateData = {}): string => renderer.text(key, { ...about, ...data }, family);
    const day = (iso: string): string => iso.slice(0, 10);
    const held = await this.deps.personalData.held(record.id);
    const heldVersion = await this.deps.leadCopies.heldVersion(record);
    const plan = compileDraftPlan(record, this.deps.plans.labels, 'own', { heldVersion });
    const sections = (ids: readonly string[]): string => ids.map((id) => text(`planSection.${id}`)).join(', ');
    return [
      text('rights.showIntro'),
      this.deps.plans.chat(plan, family),
      text('rights.record', {
        created: day(record.createdAt),
        updated: day(record.updatedAt),
        version: record.planVersion,
      }),
      // Shared versions are kept while the lead contact may hold one: held, so shown, labelled (H298).
      ...sharedCopiesToShow(record, heldVersion).flatMap(({ plan: copy, standing }) => [
        text('rights.sharedCopy', { ...standing, at: day(standing.at) }),
        this.deps.plans.chat(compileDraftPlan(copy, this.deps.plans.labels, 'shared'), family),
      ]),
      ...record.consents.map((consent) =>
        text('rights.consent', {
          at: day(consent.at),
          who: text(`rights.who.${consent.by}`),
          decision: text(`rights.decision.${consent.decision}`),
          version: consent.planVersion,
          recipients: consent.recipients.map((id) => text(`recipient.${id}`)).join(', ') || '-',
          withheld: consent.excludedSections.length > 0 ? sections(consent.excludedSections) : undefined,
        }),
      ),
      text('rights.flags', { count: record.flags.length }),
      text('rights.links', { identities: held.identities, links: held.links }),
      text('rights.history'),
      ...held.history.map((entry) =>
        text('rights.event', { at: day(entry.at), action: text(`rights.action.${entry.action}`), actor: entry.actor }),
      ),
      text('rights.deleteHint'),
    ];
  }
}
