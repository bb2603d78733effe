/**
 * Telling the person that their plan reached their lead contact (H490): the delivery goes after
 * their turn (it is queued at the yes, and waits while Teams is down), so on their next message,
 * before anything else, they are told exactly to whom and on what day, once for each version that
 * reached them. Nothing while it waits, once it is taken back, or for a version before the one
 * they shared last.
 */
import type { TurnContext } from 'botbuilder';
import { channelFamily } from '../content/channels';
import { dayWords } from '../content/dates';
import type { Renderer } from '../content/renderer';
import { sharedVersionHeld } from '../plan/consentScope';
import type { LeadContactCopies } from '../plan/planEvents';
import { questionData } from './sectionPrompt';
import type { SessionSource } from './sessionSource';

/** Tells the person, once, that the version they shared reached their lead contact. */
export class SentTold {
  constructor(private readonly deps: { sessions: SessionSource; renderer: Renderer; leadCopies: LeadContactCopies }) {}

  async tell(context: TurnContext): Promise<void> {
    const session = this.deps.sessions.get(context);
    const { record } = session;
    if (record.status === 'withdrawn' || record.shared === undefined || !record.leadContact) return;
    const delivered = await this.deps.leadCopies.delivered(record);
    if (!delivered || !sharedVersionHeld(record, delivered.version)) return;
    if (record.progress.sentTold === delivered.version) return;
    await session.update((draft) => void (draft.progress.sentTold = delivered.version));
    const family = channelFamily(context.activity.channelId);
    const data = { ...questionData(record, this.deps.renderer, family), date: dayWords(delivered.at) };
    await context.sendActivity(this.deps.renderer.message('share.reached', data, context.activity.channelId));
  }
}
