import { randomUUID } from 'node:crypto';
import { TestAdapter, type Activity } from 'botbuilder';
import type { App } from '../../bot/app';
import type { ActivityFields, ChatClient, PostResult, ReplyActivity } from './botClient';

/**
 * A conversation with the bot at `TestAdapter` level: each activity runs through the app's own
 * turn pipeline (lock, duplicate drop, one commit per turn, SMS splitting, error handler) and
 * bot, on the app's sqlite file, without HTTP, authentication or a connector. What the bot says
 * is read from the adapter's queue, as JSON, as a channel would receive it. For dialog behaviour;
 * the channels' own tests cover what HTTP adds.
 */
export class TranscriptClient implements ChatClient {
  readonly conversationId: string;
  readonly userId: string;
  private readonly adapter: TestAdapter;
  private readonly channelId: string;

  constructor(app: App, options: { channelId?: string; conversationId?: string; userId?: string } = {}) {
    this.channelId = options.channelId ?? 'webchat';
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
    this.userId = options.userId ?? `user-${randomUUID()}`;
    this.adapter = new TestAdapter((context) => app.botTurn(context));
    for (const middleware of app.pipeline.middleware) this.adapter.use(middleware);
    this.adapter.onTurnError = app.pipeline.onTurnError;
  }

  activity(fields: ActivityFields = {}): Record<string, unknown> {
    return {
      type: 'message',
      id: randomUUID(),
      channelId: this.channelId,
      serviceUrl: 'http://127.0.0.1:1',
      conversation: { id: this.conversationId },
      from: { id: this.userId, name: 'Test user' },
      recipient: { id: 'careprep-bot', name: 'Careprep' },
      locale: 'en-GB',
      timestamp: new Date().toISOString(),
      ...fields,
    };
  }

  post(fields: ActivityFields = {}): Promise<PostResult> {
    return this.postRaw(this.activity(fields));
  }

  say(text: string, fields: ActivityFields = {}): Promise<PostResult> {
    return this.post({ text, ...fields });
  }

  async postRaw(activity: Record<string, unknown>): Promise<PostResult> {
    // As it would arrive over the wire: plain JSON, replies to the adapter rather than inline.
    const incoming = JSON.parse(JSON.stringify({ ...activity, deliveryMode: undefined })) as Activity;
    this.adapter.activeQueue.splice(0);
    await this.adapter.processActivity(incoming);
    const replies = JSON.parse(JSON.stringify(this.adapter.activeQueue.splice(0))) as ReplyActivity[];
    const questions = replies.flatMap((reply) => (reply.channelData?.careprep ? [reply.channelData.careprep] : []));
    return { status: 200, replies, questions };
  }
}
