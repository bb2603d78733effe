/**
 * Once a plan is shared, asking that one part of it go back ("can you take my mood answers back
 * please", "I'd rather Nurse Kay didn't see the mood bit"): it was answered "You have finished",
 * with the part left shared and nothing said (explorer 27, H321). One part cannot be taken back on
 * its own yet: the person is told so truthfully (what they chose to share, with whom), and asked
 * whether to take the whole plan back, after which 'change' shares it again without that part.
 * Nothing is taken back or sent by these words: only a yes to that question takes the plan back.
 */
import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { optionalSections, sharedRecord, shareKeys } from '../plan/consentScope';
import { confirmationDialogId, type ConfirmationOptions } from './confirmationDialog';
import type { ConversationDeps } from './conversationDeps';
import { messageText } from './messageText';
import { recogniseChoices } from './recognisers/choices';
import { partsSaid } from './sharedParts';
import { questionData } from './sectionPrompt';

export class PartTakeBack {
  constructor(
    private readonly deps: Pick<ConversationDeps, 'root' | 'sessions' | 'phrases' | 'renderer' | 'sections'>,
  ) {}

  /** Whether the message, once finished with a plan shared, asked for a part of it back; if so, answered. */
  async asked(dc: DialogContext): Promise<boolean> {
    const text = messageText(dc.context);
    const { record } = this.deps.sessions.get(dc.context);
    const section = this.deps.sections[0];
    if (text === undefined || !section || this.deps.root.nextSection(record)) return false;
    if (sharedRecord(record) === undefined || record.status === 'withdrawn') return false;
    if (!this.deps.phrases.within('partTakeBack', text)) return false;
    const options = section.optionsFor(shareKeys.send, record);
    const named = recogniseChoices(text, options, this.deps.phrases, { multiple: true }, dc.context.activity.locale);
    const ids = named.ok ? named.value.ids.filter((id) => (optionalSections as readonly string[]).includes(id)) : [];
    if (ids.length === 0) return false;
    const { renderer } = this.deps;
    const channelId = dc.context.activity.channelId;
    const family = channelFamily(channelId);
    const data = questionData(record, renderer, family);
    const part = ids.map((id) => renderer.text(`planSection.${id}`, data, family)).join(', ');
    const { parts } = partsSaid(record, renderer, data, family);
    await dc.context.sendActivity(renderer.message('withdraw.onePart', { ...data, part, parts }, channelId));
    await dc.beginDialog(confirmationDialogId, { kind: 'withdraw' } satisfies ConfirmationOptions);
    return true;
  }
}
