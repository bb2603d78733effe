import { randomUUID } from 'node:crypto';

/** The question metadata every asking activity carries (DESIGN.md, "question metadata"). */
export interface QuestionMeta {
  linkId: string;
  type: string;
  options?: unknown[];
}

/** The parts of a reply activity tests look at. */
export interface ReplyActivity {
  type: string;
  text?: string;
  replyToId?: string;
  channelData?: { careprep?: QuestionMeta };
  [key: string]: unknown;
}

/** What came back for one posted activity. */
export interface PostResult {
  status: number;
  replies: ReplyActivity[];
  /** The question metadata of the replies that ask something, in order. */
  questions: QuestionMeta[];
}

/** Fields of an activity a test may set; the client fills in the rest. */
export interface ActivityFields {
  id?: string;
  type?: string;
  text?: string;
  value?: unknown;
  [key: string]: unknown;
}

/** One user in one conversation with the bot, however the activities reach it. */
export interface ChatClient {
  readonly conversationId: string;
  readonly userId: string;
  /** The full activity that `post` would send. */
  activity(fields?: ActivityFields): Record<string, unknown>;
  /** Sends one activity and returns the replies to it. */
  post(fields?: ActivityFields): Promise<PostResult>;
  /** Sends a text message. */
  say(text: string, fields?: ActivityFields): Promise<PostResult>;
  /** Sends an exact activity. */
  postRaw(activity: Record<string, unknown>): Promise<PostResult>;
}

/**
 * A Bot Framework channel in miniature: posts activities for one conversation and one user to
 * `/api/messages` with `deliveryMode: 'expectReplies'`, so the bot's replies come back inline.
 */
export class BotClient implements ChatClient {
  readonly conversationId: string;
  readonly userId: string;

  constructor(
    private readonly baseUrl: string,
    private readonly options: {
      channelId?: string;
      conversationId?: string;
      userId?: string;
      /** Sent as the Authorization header, e.g. `Bearer <jwt>`; a function is called per request. */
      authorization?: string | (() => string);
      serviceUrl?: string;
    } = {},
  ) {
    this.conversationId = options.conversationId ?? `conv-${randomUUID()}`;
    this.userId = options.userId ?? `user-${randomUUID()}`;
  }

  /** The full activity that `post` would send. */
  activity(fields: ActivityFields = {}): Record<string, unknown> {
    return {
      type: 'message',
      id: randomUUID(),
      channelId: this.options.channelId ?? 'webchat',
      serviceUrl: this.options.serviceUrl ?? 'http://127.0.0.1:1',
      conversation: { id: this.conversationId },
      from: { id: this.userId, name: 'Test user' },
      recipient: { id: 'careprep-bot', name: 'Careprep' },
      locale: 'en-GB',
      deliveryMode: 'expectReplies',
      timestamp: new Date().toISOString(),
      ...fields,
    };
  }

  /** Posts one activity and returns the status and inline replies. */
  async post(fields: ActivityFields = {}): Promise<PostResult> {
    return this.postRaw(this.activity(fields));
  }

  /** Posts a text message. */
  say(text: string, fields: ActivityFields = {}): Promise<PostResult> {
    return this.post({ text, ...fields });
  }

  /** Posts an exact activity body. */
  async postRaw(activity: Record<string, unknown>): Promise<PostResult> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    const auth =
      typeof this.options.authorization === 'function' ? this.options.authorization() : this.options.authorization;
    if (auth) headers.authorization = auth;
    const response = await fetch(`${this.baseUrl}/api/messages`, {
      method: 'POST',
      headers,
      body: JSON.stringify(activity),
    });
    const raw = await response.text();
    const body: unknown = raw === '' ? undefined : JSON.parse(raw);
    const replies =
      body && typeof body === 'object' && 'activities' in body && Array.isArray(body.activities)
        ? (body.activities as ReplyActivity[])
        : [];
    const questions = replies.flatMap((reply) => (reply.channelData?.careprep ? [reply.channelData.careprep] : []));
    return { status: response.status, replies, questions };
  }
}

/** The linkId of the last question in a reply set, if it asks one. */
export function lastQuestion(result: PostResult): string | undefined {
  return result.questions.at(-1)?.linkId;
}

/** Every reply's text, one per line. */
export function allText(result: PostResult): string {
  return result.replies.map((r) => r.text ?? '').join('\n');
}

/** Says each text in order and returns what came back for the last. */
export async function sayAll(client: ChatClient, texts: readonly string[]): Promise<PostResult> {
  let result: PostResult | undefined;
  for (const text of texts) result = await client.say(text);
  if (!result) throw new Error('sayAll needs at least one text');
  return result;
}

/** The options offered with the last reply: its buttons on web chat and Teams, its numbered lines ("1 Yes") on SMS. */
export function offered(result: PostResult, channelId: string): string[] {
  const asking = result.replies.at(-1);
  if (channelId === 'sms') return [...(asking?.text ?? '').matchAll(/^(\d) (\w+)$/gm)].map((m) => `${m[1]} ${m[2]}`);
  const actions = (asking?.suggestedActions as { actions?: { title: string }[] } | undefined)?.actions ?? [];
  return actions.map((a) => a.title);
}
