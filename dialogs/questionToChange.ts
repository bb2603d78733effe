import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { answeredBy } from '../plan/recordView';
import type { ConversationDeps } from './conversationDeps';
import { questionToChange } from './recognisers/questionToChange';
import type { Resumption } from './resumption';
import type { SectionDialog } from './sectionDialog';
import type { SectionOptions } from './sectionTypes';

/**
 * A request, at a question, to change the answer to an earlier one by its name ("change my name",
 * "change my answer to what matters most"): that question is asked again, as "back" asks the one
 * before, and once it is answered the one waiting comes again. Never kept as the answer to the
 * question waiting. Only questions already answered are named; at the review, its own "anything
 * to change?" reads such words.
 */
export class QuestionToChange {
  constructor(
    private readonly deps: Pick<ConversationDeps, 'sections' | 'sessions' | 'renderer' | 'phrases'>,
    private readonly resumption: Resumption,
  ) {}

  /** Takes `text` to the earlier question it names to change; false when it names none. */
  async asked(dc: DialogContext, text: string): Promise<boolean> {
    const active = this.resumption.activeSection(dc);
    const waiting = active?.pendingKey(dc);
    if (!active || waiting === undefined || active.section === 'review') return false;
    // Most messages name no change: the questions are gathered only for one that might.
    if (!this.deps.phrases.within('changeVerb', text)) return false;
    const record = this.deps.sessions.get(dc.context).record;
    const asked = this.deps.sections.flatMap((section) => section.keysFor(record).map((key) => ({ section, key })));
    const upTo = asked.findIndex(({ key }) => key === waiting);
    const earlier = asked.slice(0, Math.max(0, upTo)).filter(({ key }) => record.answers[key] !== undefined);
    const carer = answeredBy(record) === 'carer';
    const named = questionToChange(
      text,
      earlier.map(({ section, key }) => ({ key, names: section.namesOf(key, carer) })),
      this.deps.phrases,
    );
    const target = earlier.find(({ key }) => key === named);
    if (!target) return false;
    await this.askAgain(dc, active, target);
    return true;
  }

  private async askAgain(
    dc: DialogContext,
    active: SectionDialog,
    target: { section: SectionDialog; key: string },
  ): Promise<void> {
    const family = channelFamily(dc.context.activity.channelId);
    const preface = [this.deps.renderer.text('command.back', {}, family)];
    if (target.section === active) await active.askAgain(dc, target.key, preface);
    else await dc.replaceDialog(target.section.id, { startAt: target.key, preface } satisfies SectionOptions);
  }
}
