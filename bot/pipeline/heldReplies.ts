import type { Activity, ResourceResponse, TurnContext } from 'botbuilder';

/**
 * Holds what a turn says until the turn's writes are durable, then lets it go in order. A reply
 * such as the next question must never reach the person before the answer it follows is stored,
 * and a turn whose writes fail must not have said anything that assumed them. While held, a send
 * resolves at once (with no id, as with `expectReplies`), so the turn carries on.
 *
 * Registered before any other middleware's send handler, so released replies still pass through
 * them (the SMS splitter) on their way out.
 */
export class HeldReplies {
  private held: Partial<Activity>[] = [];
  private holding = true;

  constructor(private readonly context: TurnContext) {
    context.onSendActivities(async (_ctx, activities, send) => {
      if (!this.holding) return send();
      this.held.push(...activities);
      return activities.map((): ResourceResponse => ({ id: '' }));
    });
  }

  /** Stops holding and sends what was held (only what `keep` accepts), in the order said. */
  async release(keep: (activity: Partial<Activity>) => boolean = () => true): Promise<void> {
    this.holding = false;
    const out = this.held.filter(keep);
    this.held = [];
    if (out.length > 0) await this.context.sendActivities(out);
  }

  /** What is held, in the order said. */
  get pending(): readonly Partial<Activity>[] {
    return this.held;
  }

  /** How many replies are held. */
  get size(): number {
    return this.held.length;
  }
}
