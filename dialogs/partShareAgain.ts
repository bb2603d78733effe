/**
 * Once a part of a shared plan was taken back (H321), asking that it be shared again ("share my mood
 * answers with Nurse Kay again", "put my mood answers back in"): only "start again" could bring it
 * back, and the words were answered "You have finished" (truth 29). Now it is asked about, naming the
 * part and the lead contact, and a yes records a consent with it and queues a new version holding it.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { z } from 'zod';
import { channelFamily } from '../content/channels';
import { bare } from '../plan/normalise';
import { optionalSections, sharedVersionHeld, shareKeys, type OptionalSection } from '../plan/consentScope';
import { partsTakenBack, sharePartAgain } from '../plan/partSharedAgain';
import { inPlanOrder, partsStillShared } from '../plan/partTakenBack';
import type { PreparationRecord } from '../plan/record';
import { answeredBy } from '../plan/recordView';
import { confirmationDialogId, partWords, type ConfirmationOptions } from './confirmationDialog';
import { consentAuditEntry } from './consentAudit';
import { sharedAndFinished, type PartTakeBackDeps } from './partTakeBack';
import { recogniseChoices } from './recognisers/choices';
import { namesOf } from './recognisers/namedOption';
import { questionData } from './sectionPrompt';

export class PartShareAgain {
  constructor(private readonly deps: PartTakeBackDeps) {}

  /**
   * Whether the message, once finished with a plan shared, asked for a part back in what is shared:
   * a word for sharing or seeing and one for "again" ("again", "after all", "back in"), with no word
   * against it ("don't", "never"). Asks to share the parts named that were taken back; says those
   * still shared are seen already; leaves anything else (a part never shared) to what reads after.
   */
  async asked(dc: DialogContext): Promise<boolean> {
    const asked = sharedAndFinished(dc, this.deps);
    if (asked === undefined) return false;
    const { text, record } = asked;
    const { phrases } = this.deps;
    if (!phrases.within('partShareAgain', text) || !phrases.within('partShareVerb', text)) return false;
    if (phrases.within('partShareNot', text)) return false;
    const ids = this.partsNamed(dc, text, record);
    if (ids.length === 0) return false;
    const sections = partsTakenBack(record, ids);
    if (sections.length > 0) {
      await dc.beginDialog(confirmationDialogId, { kind: 'sharePart', sections } satisfies ConfirmationOptions);
      return true;
    }
    const seen = partsStillShared(record, ids);
    if (seen.length !== ids.length) return false;
    await this.alreadyShared(dc, seen);
    return true;
  }

  /** The optional parts named whole in `text`, as the parts step reads them, in the plan's order. */
  private partsNamed(dc: DialogContext, text: string, record: PreparationRecord): OptionalSection[] {
    // Every part, those kept back too: the parts step no longer offers a part taken back.
    const options = this.deps.sections[0].optionsFor(shareKeys.send, { ...record, keptBack: undefined });
    const named = recogniseChoices(text, options, this.deps.phrases, { multiple: true }, dc.context.activity.locale);
    const said = ` ${bare(text)} `;
    const namedWhole = (id: string): boolean =>
      options.some((o) => o.id === id && namesOf(o).some((name) => name.length >= 4 && said.includes(` ${name} `)));
    const ids = named.ok ? named.value.ids.filter(namedWhole) : [];
    return inPlanOrder(ids.filter((id) => (optionalSections as readonly string[]).includes(id)));
  }

  /**
   * After a yes: shares `sections` again, audits the new consent and queues the new version for the
   * lead contact with the turn's one commit, and only then says it will be sent (queued, not sent).
   * The sections come back from stored dialog state, so they are checked, not trusted.
   */
  async share(dc: DialogContext, sections: unknown): Promise<void> {
    const parts = z.array(z.enum(optionalSections)).safeParse(sections);
    if (!parts.success) return;
    const session = this.deps.sessions.get(dc.context);
    // Shared again already, or the plan withdrawn, in a turn that failed after storing it.
    if (partsTakenBack(session.record, parts.data).length === 0) return this.alreadyShared(dc, parts.data);
    const heldVersion = await this.deps.leadCopies.heldVersion(session.record);
    let previous: PreparationRecord | undefined;
    await session.update((draft) => {
      const at = this.deps.clock().toISOString();
      previous = sharePartAgain(draft, parts.data, { by: answeredBy(draft), at, heldVersion })?.previous;
    });
    const after = session.record;
    await this.deps.audit.append(consentAuditEntry(after));
    // Awaited before anything is said: the new version is said to be on its way only once queued.
    await this.deps.planEvents.shared(after, previous);
    await this.say(dc, 'withdraw.partShareDone', parts.data);
  }

  /** Says `sections` are in what is shared: seen by the lead contact only once that version reached them (H492). */
  private async alreadyShared(dc: DialogContext, sections: readonly OptionalSection[]): Promise<void> {
    const { record } = this.deps.sessions.get(dc.context);
    const reached = sharedVersionHeld(record, await this.deps.leadCopies.heldVersion(record));
    const sending = !reached && (await this.deps.leadCopies.beingSent(record));
    await this.say(dc, 'withdraw.partAlreadyShared', sections, { reached, sending });
  }

  private async say(
    dc: DialogContext,
    key: string,
    sections: readonly OptionalSection[],
    where: { reached: boolean; sending: boolean } | undefined = undefined,
  ): Promise<void> {
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const family = channelFamily(channelId);
    const data = questionData(this.deps.sessions.get(dc.context).record, renderer, family);
    const part = partWords(sections, renderer, data, family);
    await dc.context.sendActivity(renderer.message(key, { ...data, ...where, part }, channelId));
  }
}
