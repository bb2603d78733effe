import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Clock } from '../plan/session';
import { burstWithinMs } from './burstWindow';
import type { ConversationMeta } from './conversationDeps';

/** Only short texts are joined: a burst is made of fragments, and the screen reads long texts whole. */
const burstMostWords = 12;

/** True when `text` has at most `most` words; counts no further, so a long text costs little. */
function short(text: string, most = burstMostWords): boolean {
  const word = /\S+/g;
  for (let count = 0; word.exec(text); count++) if (count === most) return false;
  return true;
}

/**
 * The message before this one, kept a short while beside the dialog stack (`ConversationMeta`),
 * so the crisis screen can read it with the next as one message: "I cut", then "myself", says in
 * two texts what neither says alone (hazard H42). Kept only when the screen found nothing in it,
 * so a disclosure already answered is not answered again with its next text.
 */
export class RecentMessage {
  constructor(private readonly deps: { meta: StatePropertyAccessor<ConversationMeta>; clock: Clock }) {}

  /** The message before `text` and `text`, as one burst, when both are short and came close together. */
  async withNext(context: TurnContext, text: string): Promise<string | undefined> {
    const recent = (await this.deps.meta.get(context, {})).recent;
    if (!recent || !short(text)) return undefined;
    const since = this.deps.clock().getTime() - Date.parse(recent.at);
    return since >= 0 && since <= burstWithinMs ? `${recent.text} ${text}` : undefined;
  }

  /** Keeps `text`, when short enough to begin a burst, for the next message to be read with; forgets it otherwise. */
  async keep(context: TurnContext, text: string): Promise<void> {
    const meta = await this.deps.meta.get(context, {});
    meta.recent = short(text) ? { text, at: this.deps.clock().toISOString() } : undefined;
  }

  /** Forgets the message kept: the screen answered it, or nothing should be joined to it. */
  async forget(context: TurnContext): Promise<void> {
    const meta = await this.deps.meta.get(context, {});
    meta.recent = undefined;
  }
}
