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

/** A Direct Line 3.0 client doing exactly what Web Chat does over polling. */
export class DirectLine {
  watermark = '';
  seen: DlActivity[] = [];

  constructor(
    readonly base: string,
    public token: string,
    readonly conversationId: string,
  ) {}

  static async generate(baseUrl: string, userId?: string): Promise<Started> {
    const response = await fetch(`${baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(userId ? { user: { id: userId } } : {}),
    });
    expect(response.status).to.equal(200);
    return (await response.json()) as Started;
  }

  static async start(baseUrl: string, userId = `wc_${crypto.randomUUID().replaceAll('-', '')}`): Promise<DirectLine> {
    const generated = await DirectLine.generate(baseUrl, userId);
    const response = await fetch(`${baseUrl}/v3/directline/conversations`, {
      method: 'POST',
      headers: { authorization: `Bearer ${generated.token}` },
    });
    expect(response.status).to.equal(201);
    const body = (await response.json()) as Started;
    return new DirectLine(`${baseUrl}/v3/directline`, body.token, body.conversationId);
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

  async post(activity: Record<string, unknown>): Promise<{ status: number; id?: string }> {
    const response = await fetch(`${this.base}/conversations/${this.conversationId}/activities`, {
      method: 'POST',
      headers: this.headers(),
      body: JSON.stringify(activity),
    });
    const body = (await response.json()) as { id?: string };
    return { status: response.status, id: body.id };
  }

  say(text: string): Promise<{ status: number; id?: string }> {
    return this.post({ type: 'message', text, channelData: { clientActivityID: `client-${Math.random()}` } });
  }

  lastQuestion(): string | undefined {
    return this.seen.flatMap((a) => (a.channelData?.careprep ? [a.channelData.careprep.linkId] : [])).at(-1);
  }
}
