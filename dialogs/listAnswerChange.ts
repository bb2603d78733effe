import type { DialogContext } from 'botbuilder-dialogs';
import { channelFamily } from '../content/channels';
import { putsRight } from './answerMeant';
import type { ConversationDeps } from './conversationDeps';
import type { SectionDialog } from './sectionDialog';
import { questionData } from './sectionPrompt';

/**
 * A list's earlier answer changed by naming its question with what it is to become ("change my
 * topics to sleep and tiredness", "change my conditions to diabetes and COPD"): the new words are
 * read as that list reads them; when they pick from it, they are noted, said back from what to what,
 * and the question waiting is asked again, as new words for an answer in words are (dialog 29, H384;
 * before, the list was asked again as if nothing had been said). False, noting nothing, for words
 * that pick nothing there, for a question that is no list, and for the parts chosen to share.
 */
export async function listAnswerChanged(
  deps: Pick<ConversationDeps, 'sessions' | 'renderer' | 'clock'>,
  dc: DialogContext,
  at: { active: SectionDialog; waiting: string },
  target: { section: SectionDialog; key: string; carer: boolean },
  to: string,
): Promise<boolean> {
  const { active, waiting } = at;
  const { section, key } = target;
  const session = deps.sessions.get(dc.context);
  const { locale } = dc.context.activity;
  const meant = section.readFor(key, to, session.record, locale);
  const { type } = meant.question;
  if (type !== 'choice' && type !== 'multichoice') return false;
  const parsed = putsRight(meant, active.readFor(waiting, to, session.record, locale));
  if (!parsed) return false;
  const family = channelFamily(dc.context.activity.channelId);
  const before = section.describeFor(key, session.record, family);
  const when = deps.clock().toISOString();
  await session.update((draft) => {
    const { trail } = draft.progress;
    section.noteFor(draft, key, parsed, when);
    draft.progress.trail = trail;
  });
  const after = section.describeFor(key, session.record, family) ?? to;
  const named = section.namesOf(key, target.carer)[0];
  const data = {
    ...questionData(session.record, deps.renderer, family),
    ...{ before, after, named, same: before === after },
  };
  await active.askAgain(dc, waiting, [deps.renderer.text('ack.earlierWords', data, family)]);
  return true;
}
