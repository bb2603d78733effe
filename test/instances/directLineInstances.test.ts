import { expect } from 'chai';
import { randomBytes, randomInt } from 'node:crypto';
import { DirectLine, type DlActivity, type Generated, type Started } from '../support/directLineClient';
import { oneGoal, personToFirstGoal } from '../support/scripts';
import { realProcessTestTimeoutMs } from '../support/serverProcess';
import { twoInstancesOnPostgres } from '../support/twoInstances';
import { clearOfWindowEdge } from '../support/windowEdge';

/** A whole short preparation after the greeting: for themselves, to a first goal and past it. */
const journey = [...personToFirstGoal().slice(1), ...oneGoal];

/** What a person's turn looked like from the page: the question it ended on. */
interface Turn {
  text: string;
  asked: string | undefined;
}

/** `tokens/generate` from a client at `address` (behind the one proxy hop the instances trust). */
function generate(baseUrl: string, address: string): Promise<Response> {
  return fetch(`${baseUrl}/v3/directline/tokens/generate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: '{}',
  });
}

/**
 * Starts a conversation as Web Chat does, its token from `generateAt` and the conversation from
 * `startAt` (two instances, when a load balancer sends the two requests to different ones).
 */
async function startAcross(generateAt: string, startAt: string): Promise<DirectLine> {
  const response = await generate(generateAt, `203.0.113.${randomInt(1, 255)}`);
  expect(response.status).to.equal(200);
  const generated = (await response.json()) as Generated;
  const started = await fetch(`${startAt}/v3/directline/conversations`, {
    method: 'POST',
    headers: { authorization: `Bearer ${generated.token}` },
  });
  expect(started.status).to.equal(201);
  const body = (await started.json()) as Started;
  return new DirectLine(`${startAt}/v3/directline`, body.token, body.conversationId, generated.userId);
}

/** Says `text` with a fresh client id, polling until the bot's answer to it has come (at most 5 s). */
async function turn(dl: DirectLine, postAt: string, pollAt: string, text: string): Promise<Turn> {
  const posted = await dl.on(postAt).post({
    type: 'message',
    text,
    channelData: { clientActivityID: `client-${randomBytes(6).toString('hex')}` },
  });
  expect(posted.status, `posting "${text}"`).to.equal(200);
  const deadline = Date.now() + 5000;
  dl.on(pollAt);
  while (!dl.seen.some((a) => a.replyToId === posted.id) && Date.now() < deadline) {
    if ((await dl.poll()).length === 0) await new Promise((resolve) => setTimeout(resolve, 25));
  }
  expect(
    dl.seen.some((a) => a.replyToId === posted.id),
    `an answer to "${text}"`,
  ).to.equal(true);
  return { text, asked: dl.lastQuestion() };
}

/** The stream as the page saw it: every activity once, in order, each message of the person answered. */
function expectWhole(seen: readonly DlActivity[], said: readonly string[]): void {
  const ids = seen.map((a) => a.id);
  expect(new Set(ids).size, 'no activity twice').to.equal(ids.length);
  const numbers = ids.map((id) => Number(id.split('|')[1]));
  expect(numbers, 'in the order of the stream').to.deep.equal([...numbers].sort((x, y) => x - y));
  const times = seen.map((a) => Date.parse(a.timestamp));
  for (let i = 1; i < times.length; i++) expect(times[i], 'timestamps increasing').to.be.above(times[i - 1]);
  const mine = seen.filter((a) => a.from.role === 'user');
  expect(
    mine.map((a) => a.text),
    'every message said, once',
  ).to.deep.equal(said);
  for (const message of mine)
    expect(
      seen.filter((a) => a.replyToId === message.id && a.from.role === 'bot'),
      `answers to "${message.text}"`,
    ).to.not.be.empty;
}

/** Min / median / max, rounded to a tenth of a millisecond. */
function spread(values: readonly number[]): string {
  const sorted = [...values].sort((x, y) => x - y);
  const tenth = (n: number): number => Math.round(n * 10) / 10;
  return `${tenth(sorted[0])} / ${tenth(sorted[Math.floor(sorted.length / 2)])} / ${tenth(sorted[sorted.length - 1])}`;
}

describe('The built-in Direct Line across two instances on one PostgreSQL database (real processes)', function () {
  this.timeout(realProcessTestTimeoutMs);

  const servers = twoInstancesOnPostgres({
    CAREPREP_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    CAREPREP_IDENTITY_KEY: randomBytes(32).toString('base64'),
    CAREPREP_TRUSTED_PROXY_HOPS: '1',
    CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '3',
  });

  it('walks a whole short preparation posting on one instance and polling on the other, alternating, losing nothing', async () => {
    // The yardstick: the same journey on one instance alone.
    const alone = await startAcross(servers.a.baseUrl, servers.a.baseUrl);
    await alone.poll();
    const expected: Turn[] = [];
    for (const text of journey) expected.push(await turn(alone, servers.a.baseUrl, servers.a.baseUrl, text));

    const dl = await startAcross(servers.a.baseUrl, servers.b.baseUrl);
    await dl.on(servers.a.baseUrl).poll();
    expect(dl.lastQuestion()).to.equal('respondent.type');
    const walked: Turn[] = [];
    for (const [i, text] of journey.entries()) {
      const [postAt, pollAt] = i % 2 ? [servers.b.baseUrl, servers.a.baseUrl] : [servers.a.baseUrl, servers.b.baseUrl];
      walked.push(await turn(dl, postAt, pollAt, text));
    }

    expect(walked).to.deep.equal(expected);
    expectWhole(dl.seen, journey);
    expect(dl.seen.filter((x) => x.from.role === 'bot').length).to.equal(
      alone.seen.filter((x) => x.from.role === 'bot').length,
    );
  });

  it("shows an answer sent at one instance at the other's first poll after it answered", async () => {
    const dl = await startAcross(servers.a.baseUrl, servers.b.baseUrl);
    await dl.poll();
    const [postAt, pollAt] = [servers.a.baseUrl, servers.b.baseUrl];
    const visible: number[] = [];
    const answered: number[] = [];
    const polls: number[] = [];
    for (const text of journey.slice(0, 12)) {
      const sentAt = performance.now();
      let answeredAt = Number.POSITIVE_INFINITY;
      const posting = dl
        .on(postAt)
        .post({ type: 'message', text, channelData: { clientActivityID: `client-${randomBytes(6).toString('hex')}` } })
        .then((posted) => {
          answeredAt = performance.now();
          return posted;
        });
      // Polls at the other instance every 10 ms, one at a time, as the page would every 300 ms.
      const reader = new DirectLine(`${pollAt}/v3/directline`, dl.token, dl.conversationId);
      reader.watermark = dl.watermark;
      let seenAt: number | undefined;
      let pollsAfterAnswer = 0;
      while (seenAt === undefined) {
        const startedAt = performance.now();
        const afterAnswer = startedAt > answeredAt;
        const page = await reader.poll();
        polls.push(performance.now() - startedAt);
        if (page.some((x) => x.from.role === 'bot')) seenAt = performance.now();
        else if (afterAnswer) pollsAfterAnswer += 1;
        else await new Promise((resolve) => setTimeout(resolve, 10));
        expect(pollsAfterAnswer, 'polls started after the answer that did not show it').to.equal(0);
      }
      const posted = await posting;
      expect(posted.status).to.equal(200);
      expect(reader.seen.some((x) => x.replyToId === posted.id)).to.equal(true);
      dl.watermark = reader.watermark;
      visible.push(seenAt - sentAt);
      answered.push(answeredAt - sentAt);
    }
    const later = visible.map((ms, i) => ms - answered[i]);
    console.log(
      `      ms, min / median / max of ${visible.length}: post at A to the answer seen at B (polling B every 10 ms)` +
        ` ${spread(visible)}; A answering the post ${spread(answered)}; seen at B after A answered ${spread(later)};` +
        ` one poll at B ${spread(polls)}`,
    );
  });

  it('counts new conversations from one address at both together', async () => {
    const address = '198.51.100.20';
    const statuses = [];
    await clearOfWindowEdge();
    for (const at of [servers.a, servers.b, servers.a, servers.b])
      statuses.push((await generate(at.baseUrl, address)).status);
    expect(statuses).to.deep.equal([200, 200, 200, 429]);
    expect((await generate(servers.a.baseUrl, '198.51.100.21')).status).to.equal(200);
  });

  it('carries on at the other instance when one is killed mid-way, with what it had sent still to be read', async () => {
    const dl = await startAcross(servers.b.baseUrl, servers.a.baseUrl);
    await dl.on(servers.b.baseUrl).poll();
    const half = Math.floor(journey.length / 2);
    for (const [i, text] of journey.slice(0, half).entries())
      await turn(
        dl,
        i % 2 ? servers.b.baseUrl : servers.a.baseUrl,
        i % 2 ? servers.a.baseUrl : servers.b.baseUrl,
        text,
      );

    // A answers a message, and is killed before the page has polled for the answer.
    const lastAtA = journey[half];
    const posted = await dl.on(servers.a.baseUrl).post({
      type: 'message',
      text: lastAtA,
      channelData: { clientActivityID: `client-${randomBytes(6).toString('hex')}` },
    });
    expect(posted.status).to.equal(200);
    servers.a.child.kill('SIGKILL');
    await servers.a.exited;
    const unread = await dl.on(servers.b.baseUrl).poll();
    expect(unread.some((x) => x.replyToId === posted.id && x.from.role === 'bot')).to.equal(true);

    // The rest at B alone, then at a new instance and B by turns.
    const rest = journey.slice(half + 1);
    const split = Math.floor(rest.length / 2);
    for (const text of rest.slice(0, split)) await turn(dl, servers.b.baseUrl, servers.b.baseUrl, text);
    servers.a = await servers.start();
    for (const [i, text] of rest.slice(split).entries())
      await turn(
        dl,
        i % 2 ? servers.b.baseUrl : servers.a.baseUrl,
        i % 2 ? servers.a.baseUrl : servers.b.baseUrl,
        text,
      );

    expectWhole(dl.seen, journey);
    // The conversation ends where one instance alone would have left it.
    const alone = await startAcross(servers.b.baseUrl, servers.b.baseUrl);
    await alone.poll();
    let asked: string | undefined;
    for (const text of journey) asked = (await turn(alone, servers.b.baseUrl, servers.b.baseUrl, text)).asked;
    expect(dl.lastQuestion()).to.equal(asked);
  });
});
