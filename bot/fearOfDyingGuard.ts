import type { TurnContext } from 'botbuilder';
import type { Renderer } from '../content/renderer';
import { sayCrisisMessage } from '../dialogs/crisisReply';
import { asksFearOfDying } from '../dialogs/recognisers/fear';
import type { Phrases } from '../dialogs/recognisers/phrases';
import type { Logger } from '../plan/logger';
import type { GuardOutcome, MessageGuard } from './careprepBot';
import type { RecordSessions } from './sessions';

/** The record keys of a test result's questions: the results dialog answers a fear there. */
const atResult = /^result\./;

/**
 * Looks at every message the crisis guard let pass: a question of fear of dying ("am I going to
 * die?", "is this going to kill me"; the team's decision, H413) is not a suicide disclosure, and
 * the screen sets it aside. At a test result the results dialog answers it as a worry; at any other
 * question it is answered kindly here (the appointment, the GP practice or NHS 111, 999 if very
 * unwell now), never kept as the answer to that question, and the conversation waits where it was.
 */
export class FearOfDyingGuard implements MessageGuard {
  constructor(
    private readonly deps: { sessions: RecordSessions; renderer: Renderer; phrases: Phrases; logger: Logger },
  ) {}

  async handle(context: TurnContext, text: string, whole = text): Promise<GuardOutcome> {
    const { sessions, renderer, phrases, logger } = this.deps;
    if (!asksFearOfDying(whole, phrases)) return 'pass';
    const session = sessions.get(context);
    if (atResult.test(session.record.progress.current ?? '')) return 'pass';
    logger.info('fear_of_dying_asked', { channel: context.activity.channelId });
    await sayCrisisMessage(context, { session, renderer }, 'fear.dyingAsked');
    return 'handled';
  }
}
