/**
 * What a stranger can throw at the public endpoints, each as a closed loop that sends the next
 * request as soon as the last is answered: new Direct Line conversations from 1,000 forwarded
 * addresses (the app trusts one proxy hop, as behind Azure's front end), 1 MB typing activities
 * into four conversations, and 860 KB multipart uploads to the public token endpoint.
 */

/** Counts of each status a flood got back. */
export type Tally = Record<string, number>;

/** What each flood got back. */
export interface FloodTallies {
  conversations: Tally;
  typing: Tally;
  multipart: Tally;
}

const typingValue = 'x'.repeat(1_000_000);
const boundary = 'careprep-bench-boundary';
const multipartBody = Buffer.concat([
  Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="f"; filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  ),
  Buffer.alloc(860 * 1024, 0x61),
  Buffer.from(`\r\n--${boundary}--\r\n`),
]);

function count(tally: Tally, status: number | string): void {
  tally[status] = (tally[status] ?? 0) + 1;
}

/**
 * One flood request, tallied by status. A connection the service closed while the body was still
 * being sent (it refuses large bodies unread) is tallied as `closed`, and the flood goes on, as an
 * attacker's would.
 */
async function send(tally: Tally, url: string, init: RequestInit): Promise<void> {
  try {
    const response = await fetch(url, init);
    count(tally, response.status);
    await response.arrayBuffer();
  } catch {
    count(tally, 'closed');
  }
}

/** Runs the three floods against `base` (the Direct Line root) while `going()` holds. */
export async function floodAll(base: string, going: () => boolean, log: (line: string) => void): Promise<FloodTallies> {
  const tallies: FloodTallies = { conversations: {}, typing: {}, multipart: {} };

  const floodConversations = async (): Promise<void> => {
    for (let i = 0; going(); i++) {
      const forwarded = `198.18.${Math.floor((i % 1000) / 250)}.${i % 250}`;
      await send(tallies.conversations, `${base}/conversations`, {
        method: 'POST',
        headers: { 'x-forwarded-for': forwarded },
      });
    }
  };
  const floodTyping = async (): Promise<void> => {
    const streams: { conversationId: string; token: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${base}/conversations`, {
        method: 'POST',
        headers: { 'x-forwarded-for': `198.19.0.${i}` },
      });
      if (response.ok) streams.push((await response.json()) as { conversationId: string; token: string });
    }
    const body = JSON.stringify({ type: 'typing', value: typingValue });
    for (let i = 0; going() && streams.length > 0; i++) {
      const { conversationId, token } = streams[i % streams.length];
      await send(tallies.typing, `${base}/conversations/${conversationId}/activities`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body,
      });
    }
  };
  const floodMultipart = async (): Promise<void> => {
    while (going()) {
      await send(tallies.multipart, `${base}/tokens/generate`, {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body: new Blob([new Uint8Array(multipartBody)]),
      });
    }
  };
  const failed = (tally: Tally, flood: string) => (error: unknown) => {
    count(tally, 'error');
    log(`  ${flood} flood stopped: ${error instanceof Error ? error.message : String(error)}`);
  };
  await Promise.all([
    floodConversations().catch(failed(tallies.conversations, 'conversations')),
    floodTyping().catch(failed(tallies.typing, 'typing')),
    floodMultipart().catch(failed(tallies.multipart, 'multipart')),
  ]);
  return tallies;
}
