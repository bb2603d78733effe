import { expect } from 'chai';

export interface DlActivity {
  id: string;
  type: string;
  timestamp: string;
  text?: string;
  replyToId?: string;
  conversation: { id: string };
  from: { id: string; role?: string };
  channelData?: { clientActivityID?: string; careprep?: { linkId: string; type: string } };
  serviceUrl?: string;
}

export interface Started {
  conversationId: string;
  token: string;
  expires_in: number;
}

/** What `tokens/generate` answers: a conversation, and who the server says this browser is. */
export interface Generated extends Started {
  userId: string;
  credential: string;
}

/** Who a browser says it is: its credential, an id it chose before credentials, or nothing. */
export type Who = { credential: string } | { user: { id: string } } | Record<string, never>;

/** A Direct Line 3.0 client doing exactly what Web Chat does over polling. */
/** What a post was answered. */
export interface Posted {
  status: number;
  id?: string;
  retryAfter: string | null;
}

export class DirectLine {
  watermark = '';
  seen: DlActivity[] = [];

  constructor(
    /** The Direct Line's root on the instance the next request goes to (see `on`). */
    public base: string,
    public token: string,
    readonly conversationId: string,
    /** The user id and credential the server issued, when started through `tokens/generate`. */
    readonly userId = '',
    readonly credential = '',
  ) {}

  static async generate(baseUrl: string, who: Who = {}): Promise<Generated> {
    const response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(who),
    });
    expect(response.status).to.equal(200);
    return (await response.json()) as Generated;
  }

  /** Starts as the page does; `credential` is what an earlier start was issued (a returning browser). */
  static async start(baseUrl: string, credential?: string): Promise<DirectLine> {
    const generated = await DirectLine.generate(baseUrl, credential ? { credential } : {});
    const response = await fetch(`${baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${generated.token}` },
    });
    expect(response.status).to.equal(201);
    const body = (await response.json()) as Started;
    return new DirectLine(
      `${baseUrl}/v3/directline`,
      body.token,
      body.conversationId,
      generated.userId,
      generated.credential,
    );
  }

  /**
   * Sends the next requests to the instance at `baseUrl` (the same conversation, token and
   * watermark), as a load balancer without session affinity would.
   */
  on(baseUrl: string): this {
    this.base = `${baseUrl}/v3/directline`;
    return this;
  }

  headers(token = this.token): Record<string, string> {
    return { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  }

  async poll(): Promise<DlActivity[]> {
    const response = await fetch(
      `${this.base}/conversations/${this.conversationId}/activities?watermark=${this.watermark}`,
      { headers: this.headers() },
    );
    expect(response.status).to.equal(200);
    const body = (await response.json()) as { activities: DlActivity[]; watermark: string };
    this.watermark = body.watermark;
    this.seen.push(...body.activities);
    return body.activities;
  }

  /** Posts `activity`: its status, the id given, and `Retry-After` when refused for now (429). */
  async post(activity: Record<string, unknown>): Promise<Posted> {
    const response = await fetch(`${this.base}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(activity),
    });
    const text = await response.text();
    const body = (text.startsWith('{') ? JSON.parse(text) : {}) as { id?: string };
    return { status: response.status, id: body.id, retryAfter: response.headers.get('retry-after') };
  }

  say(text: string): Promise<Posted> {
    return this.post({ type: 'message', text, channelData: { clientActivityID: `client-${Math.random()}` } });
  }

  lastQuestion(): string | undefined {
    return this.seen.flatMap((a) => (a.channelData?.careprep ? [a.channelData.careprep.linkId] : [])).at(-1);
  }
}
