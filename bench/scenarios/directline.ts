import { runPersona, type PersonaReply } from '../../test/support/personas';
import { startBenchApp } from '../benchProcesses';
import { conversationPlan, progress, summarise, thinker, warmThenMeasure } from '../harness';
import type { ScenarioOptions, ScenarioResult } from '../scenario';

/** One line for the report. */
export const description =
  'Web Chat users on the built-in Direct Line (polling): post a message, latency until a poll shows the reply';

/** p99 target from the web chat issue. */
export const p99TargetMs = 100;

/** Web Chat's polling interval on the Careprep page (content/web/index.html.hbs). */
const backgroundPollMs = 300;
/** How soon a client polls again while it waits for the reply to a message it sent. */
const eagerPollMs = 5;

interface DlActivity {
  id: string;
  replyToId?: string;
  from?: { role?: string };
  channelData?: unknown;
  text?: string;
  [key: string]: unknown;
}

async function json<T>(response: Response, what: string): Promise<T> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}`);
  return (await response.json()) as T;
}

/**
 * One Web Chat user: a token for a stable user id, a conversation, a background poll every
 * 300 ms as the page does, and polls in quick succession after each message until its reply
 * shows. Polls of one client never overlap, as in DirectLineJS, so watermarks stay in order.
 */
class PollingClient {
  private watermark = '';
  private readonly seen: DlActivity[] = [];
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly base: string,
    private readonly token: string,
    private readonly conversationId: string,
  ) {}

  static async start(baseUrl: string, userId: string): Promise<PollingClient> {
    const base = `${baseUrl}/v3/directline`;
    const generated = await json<{ token: string }>(
      await fetch(`${base}/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ user: { id: userId } }),
      }),
      'tokens/generate',
    );
    const started = await json<{ token: string; conversationId: string }>(
      await fetch(`${base}/conversations`, { method: 'POST', headers: { authorization: `Bearer ${generated.token}` } }),
      'conversations',
    );
    const client = new PollingClient(base, started.token, started.conversationId);
    client.timer = setInterval(() => void client.poll().catch(() => undefined), backgroundPollMs);
    return client;
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Sends a message; resolves with the bot's replies and the time from sending to seeing them. */
  async say(text: string): Promise<{ replies: DlActivity[]; latencyMs: number }> {
    const sentAt = performance.now();
    const posted = await json<{ id: string }>(
      await fetch(`${this.base}/conversations/${this.conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text, channelData: { clientActivityID: `c-${sentAt}` } }),
      }),
      'post activity',
    );
    for (;;) {
      await this.poll();
      const replies = this.seen.filter((a) => a.replyToId === posted.id && a.from?.role === 'bot');
      if (replies.length > 0) return { replies, latencyMs: performance.now() - sentAt };
      await new Promise((resolve) => setTimeout(resolve, eagerPollMs));
    }
  }

  private poll(): Promise<void> {
    this.chain = this.chain.then(async () => {
      const page = await json<{ activities: DlActivity[]; watermark: string }>(
        await fetch(`${this.base}/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, {
          headers: { authorization: `Bearer ${this.token}` },
        }),
        'get activities',
      );
      this.watermark = page.watermark;
      this.seen.push(...page.activities);
    });
    return this.chain;
  }
}

/**
 * Full preparations by `concurrency` Web Chat users at once over the built-in Direct Line.
 * Latency is POST sent → the first poll that returns the bot's reply. The POST is answered once
 * the turn has run and its replies are in the stream, so a client that polls right after sees
 * them; Web Chat itself polls every 300 ms, which a person may add on top.
 */
export async function run(options: ScenarioOptions): Promise<ScenarioResult> {
  const running = await startBenchApp(options.store);
  const latencies: number[] = [];
  const count = options.concurrency;
  const tracker = progress(options.store, count, options.log);
  const clients: PollingClient[] = [];

  const conversation = async (i: number, measured: boolean): Promise<void> => {
    const { persona } = conversationPlan(i);
    const client = await PollingClient.start(running.baseUrl, `bench_${i}_${crypto.randomUUID().replaceAll('-', '')}`);
    clients.push(client);
    const think = thinker(measured ? options.thinkMs : [0, 0]);
    const send = async (text: string): Promise<readonly PersonaReply[]> => {
      await think();
      const { replies, latencyMs } = await client.say(text);
      if (measured) {
        latencies.push(latencyMs);
        tracker.turn();
      }
      return replies;
    };
    try {
      const result = await runPersona(send, persona);
      if (measured) tracker.done(result.turns);
    } finally {
      client.stop();
    }
  };

  let duration: number;
  try {
    duration = await warmThenMeasure(options, conversation);
  } finally {
    for (const client of clients) client.stop();
    await running.stop();
  }
  return summarise(
    {
      scenario: 'directline',
      store: options.store,
      concurrency: options.concurrency,
      conversations: count,
      notes: [`directline: each client also polls every ${backgroundPollMs} ms in the background, as Web Chat does`],
    },
    latencies,
    duration,
  );
}
