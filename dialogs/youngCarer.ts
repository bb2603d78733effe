/**
 * A young carer (H489). DOMAIN.md says nothing of carers under 18; what is built here is what a
 * coordinator needs and what is safe: no age is asked or kept, only that the writer said they are
 * under 18 (`progress.under18Said`, from `under18Said`). While a carer is answering it raises the
 * `youngCarer` flag, which goes with the plan when it is shared, as safety notes do (a child caring
 * is for the care team to know, not a part to keep back), and is withdrawn if they stop being the
 * carer answering. They are told once, in words for a reading age of 9 to 11, what the lead contact
 * will see if they share, and where a young person can get help.
 */
import type { TurnContext } from 'botbuilder';
import { channelFamily } from '../content/channels';
import type { Renderer } from '../content/renderer';
import type { Clock } from '../plan/session';
import { answeredBy } from '../plan/recordView';
import type { Phrases } from './recognisers/phrases';
import { scaleOf } from './recognisers/namedScores';
import { under18Said } from './recognisers/youngCarerSaid';
import { questionData } from './sectionPrompt';
import type { SessionSource } from './sessionSource';

/** Follows what a writer said of being under 18 into the record's flag, and tells a young carer once. */
export class YoungCarer {
  constructor(private readonly deps: { sessions: SessionSource; renderer: Renderer; phrases: Phrases; clock: Clock }) {}

  async follow(context: TurnContext, text: string | undefined): Promise<void> {
    const session = this.deps.sessions.get(context);
    const at = this.deps.clock().toISOString();
    const before = session.record;
    // At a 0 to 10 question, "I'm 7" is a score (H515).
    const atScore = scaleOf(before.progress.current) !== undefined;
    const said = text !== undefined && under18Said(text, this.deps.phrases, { atScore });
    const young = (before.progress.under18Said === true || said) && answeredBy(before) === 'carer';
    const flagged = before.flags.some((flag) => flag.kind === 'youngCarer');
    const tell = young && before.progress.youngCarerTold !== true;
    if (young === flagged && !tell && (!said || before.progress.under18Said)) return;
    await session.update((draft) => {
      if (said) draft.progress.under18Said = true;
      if (young && !flagged) draft.flags.push({ kind: 'youngCarer', detail: 'youngCarer', at, by: 'carer' });
      if (!young && flagged) draft.flags = draft.flags.filter((flag) => flag.kind !== 'youngCarer');
      if (tell) draft.progress.youngCarerTold = true;
    });
    if (!tell) return;
    const family = channelFamily(context.activity.channelId);
    const data = questionData(session.record, this.deps.renderer, family);
    await context.sendActivity(this.deps.renderer.message('carer.young.told', data, context.activity.channelId));
  }
}
