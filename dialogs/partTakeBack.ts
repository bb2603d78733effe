/**
 * Once a plan is shared, asking that one part of it go back ("can you take my mood answers back
 * please", "I'd rather Nurse Kay didn't see the mood bit"): it was answered "You have finished",
 * with the part left shared and nothing said (explorer 27), then only by an offer to take the whole
 * plan back (H321). Now the part itself is taken back, after a yes: the consent no longer covers it,
 * and a new version of the shared plan without it goes to the lead contact as any re-share does.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { channelFamily } from '../content/channels';
import { bare } from '../plan/normalise';
import { optionalSections, sharedRecord, shareKeys, type OptionalSection } from '../plan/consentScope';
import { inPlanOrder, partsStillShared, takePartBack } from '../plan/partTakenBack';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { confirmationDialogId, partWords, type ConfirmationOptions } from './confirmationDialog';
import { consentAuditEntry } from './consentAudit';
import type { ConversationDeps } from './conversationDeps';
import { messageText } from './messageText';
import { recogniseChoices } from './recognisers/choices';
import { namesOf } from './recognisers/namedOption';
import { questionData } from './sectionPrompt';

/** What taking a part back needs from the conversation. */
export type PartTakeBackDeps = Pick<
  ConversationDeps,
  'root' | 'sessions' | 'phrases' | 'renderer' | 'sections' | 'clock' | 'planEvents' | 'leadCopies' | 'audit'
>;

/**
 * The message, the record and the sharing section when the journey is finished with a plan shared
 * and not taken back: only then can a part of what is shared be taken back or shared again.
 */
export function sharedAndFinished(
  dc: DialogContext,
  deps: PartTakeBackDeps,
): { text: string; record: PreparationRecord; section: PartTakeBackDeps['sections'][number] } | undefined {
  const text = messageText(dc.context);
  const { record } = deps.sessions.get(dc.context);
  const section = deps.sections[0];
  if (text === undefined || !section || deps.root.nextSection(record)) return undefined;
  if (sharedRecord(record) === undefined || record.status === 'withdrawn') return undefined;
  return { text, record, section };
}

export class PartTakeBack {
  constructor(private readonly deps: PartTakeBackDeps) {}

  /**
   * Whether the message, once finished with a plan shared, asked for a part of it back; if so,
   * asks whether to take out the parts named that are shared, or says none of them is.
   */
  async asked(dc: DialogContext): Promise<boolean> {
    const asked = sharedAndFinished(dc, this.deps);
    if (asked === undefined) return false;
    const { text, record, section } = asked;
    if (!this.deps.phrases.within('partTakeBack', text)) return false;
    const options = section.optionsFor(shareKeys.send, record);
    const named = recogniseChoices(text, options, this.deps.phrases, { multiple: true }, dc.context.activity.locale);
    // A part only where its name stands whole in the words: "what you sent" names no "what matters".
    const said = ` ${bare(text)} `;
    const namedWhole = (id: string): boolean =>
      options.some((o) => o.id === id && namesOf(o).some((name) => name.length >= 4 && said.includes(` ${name} `)));
    const ids = inPlanOrder(named.ok ? named.value.ids.filter(namedWhole) : []);
    if (ids.length === 0) return false;
    const sections = partsStillShared(record, ids);
    if (sections.length === 0) {
      await this.say(dc, 'withdraw.partNotShared', ids);
      return true;
    }
    await dc.beginDialog(confirmationDialogId, { kind: 'takeBackPart', sections } satisfies ConfirmationOptions);
    return true;
  }

  /**
   * After a yes: takes `sections` out of the shared plan, audits the new consent and queues the new
   * version for the lead contact, all with the turn's one commit, and only then says what was done.
   * Where the lead contact's copy stands is read before, as the new version joins the queue: one
   * never sent to them goes without the part; one being sent may reach them with it, and is said so.
   * The sections come back from stored dialog state, so they are checked, not trusted.
   */
  async takeBack(dc: DialogContext, sections: unknown): Promise<void> {
    const parts = z.array(z.enum(optionalSections)).safeParse(sections);
    if (!parts.success) return;
    const session = this.deps.sessions.get(dc.context);
    const before = session.record;
    // Taken back already, or the plan withdrawn, in a turn that failed after storing it.
    if (partsStillShared(before, parts.data).length === 0) return this.say(dc, 'withdraw.partNotShared', parts.data);
    const { unsent, sending } = await this.deps.leadCopies.standing(before, true);
    const heldVersion = await this.deps.leadCopies.heldVersion(before);
    let previous: PreparationRecord | undefined;
    await session.update((draft) => {
      const at = this.deps.clock().toISOString();
      previous = takePartBack(draft, parts.data, { by: answeredBy(draft), at, heldVersion })?.previous;
    });
    const after = session.record;
    await this.deps.audit.append(consentAuditEntry(after));
    // Awaited before anything is said: the new version is said to be on its way only once queued.
    // Older versions still waiting to go hold the part: this one replaces them.
    await this.deps.planEvents.shared(after, previous, { replacesQueued: true });
    await this.say(dc, 'withdraw.partDone', parts.data, { unsent, sending });
  }

  /** Says `key` with the names every question uses and the words for `sections`. */
  private async say(
    dc: DialogContext,
    key: string,
    sections: readonly OptionalSection[],
    copy: { unsent?: boolean; sending?: boolean } = {},
  ): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const family = channelFamily(channelId);
    const data = questionData(this.deps.sessions.get(dc.context).record, renderer, family);
    const part = partWords(sections, renderer, data, family);
    await dc.context.sendActivity(renderer.message(key, { ...data, ...copy, part }, channelId));
  }
}
