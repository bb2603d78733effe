import { expect } from 'chai';
import { ConversationStreams } from '../../../channels/directline/conversations';
import { DirectLineTokens } from '../../../channels/directline/tokens';

describe('Direct Line conversation streams', () => {
  const limits = {
    maxConversations: 3,
    maxActivities: 5,
    maxStreamBytes: 4096,
    maxTotalBytes: 1024 * 1024,
    idleMs: 60_000,
    liveMs: 10_000,
  };
  const created = (streams: ConversationStreams, userId: string): string => {
    const result = streams.create(userId);
    if (!result.ok) throw new Error('no room');
    return result.id;
  };

  it('makes room by forgetting the least recently used conversation once nobody has used it for a while', () => {
    let now = 0;
    const streams = new ConversationStreams(() => new Date(now), limits);
    const [a, b, c] = [created(streams, 'u1'), created(streams, 'u2'), created(streams, 'u3')];
    now += 11_000;
    streams.append(a, { type: 'message' });
    created(streams, 'u4');
    expect(streams.has(a)).to.equal(true);
    expect(streams.has(b)).to.equal(false);
    expect(streams.has(c)).to.equal(true);
    expect(streams.size).to.equal(3);
  });

  it('forgets streams nobody has used for the idle time, with what they held, when swept', () => {
    let now = 0;
    const streams = new ConversationStreams(() => new Date(now), { ...limits, maxConversations: 100 });
    const idle = [created(streams, 'u1'), created(streams, 'u2')];
    for (const id of idle) streams.append(id, { type: 'message', text: 'x'.repeat(500) });
    now += 30_000;
    const used = created(streams, 'u3');
    streams.append(used, { type: 'message', text: 'hello' });
    now += 40_000;

    expect(streams.sweep()).to.equal(2);
    expect(streams.size).to.equal(1);
    expect(streams.has(used)).to.equal(true);
    expect(streams.bytes).to.be.below(500);
  });

  it('refuses a new conversation rather than evict one someone is using', () => {
    let now = 0;
    const streams = new ConversationStreams(() => new Date(now), limits);
    const ids = [created(streams, 'u1'), created(streams, 'u2'), created(streams, 'u3')];
    now += 9_000;
    const refused = streams.create('u4');
    expect(refused).to.deep.equal({ ok: false, retryAfterSeconds: 10 });
    for (const id of ids) expect(streams.has(id)).to.equal(true);
  });

  it('keeps only the latest unread activities, with the watermark still counting', () => {
    const streams = new ConversationStreams(() => new Date(0), limits);
    const id = created(streams, 'u1');
    const first = streams.since(id, '')?.watermark;
    for (let i = 0; i < 8; i++) streams.append(id, { type: 'message', text: String(i) });
    const page = streams.since(id, '');
    expect(page?.activities.map((a) => a.text)).to.deep.equal(['3', '4', '5', '6', '7']);
    expect(Number(page?.watermark) - Number(first)).to.equal(8);
  });

  it('drops what the client has read once its watermark passes it', () => {
    const streams = new ConversationStreams(() => new Date(0), limits);
    const id = created(streams, 'u1');
    streams.append(id, { type: 'message', text: 'one' });
    const read = streams.since(id, '');
    const held = streams.bytes;
    streams.append(id, { type: 'message', text: 'two' });
    expect(streams.since(id, read?.watermark)?.activities.map((a) => a.text)).to.deep.equal(['two']);
    expect(streams.bytes).to.be.lessThan(held * 2);
  });

  it('keeps a stream within its byte limit, newest activity always kept', () => {
    const streams = new ConversationStreams(() => new Date(0), limits);
    const id = created(streams, 'u1');
    for (let i = 0; i < 4; i++) streams.append(id, { type: 'message', text: 'x'.repeat(1500) });
    expect(streams.bytes).to.be.at.most(4096);
    streams.append(id, { type: 'message', text: 'y'.repeat(10_000) });
    expect(streams.since(id, '')?.activities.map((a) => (a.text as string)[0])).to.deep.equal(['y']);
  });

  it('trims the least recently used streams first when all streams together pass their budget', () => {
    let now = 0;
    const streams = new ConversationStreams(() => new Date(now), {
      ...limits,
      maxStreamBytes: 8000,
      maxTotalBytes: 6000,
    });
    const [a, b] = [created(streams, 'u1'), created(streams, 'u2')];
    streams.append(a, { type: 'message', text: 'a'.repeat(2500) });
    now += 1;
    streams.append(b, { type: 'message', text: 'b'.repeat(2500) });
    now += 1;
    streams.append(b, { type: 'message', text: 'c'.repeat(2500) });
    expect(streams.bytes).to.be.at.most(6000);
    expect(streams.since(a, '')?.activities).to.deep.equal([]);
    expect(streams.since(b, '')?.activities).to.have.length(2);
  });

  it('rebuilds a forgotten stream for its token holder, started, reading whole from an old watermark with new ids', () => {
    let now = 1_000;
    const streams = new ConversationStreams(() => new Date(now), limits);
    const id = created(streams, 'u1');
    streams.start(id, 'u1');
    const old = streams.append(id, { type: 'message', text: 'before' });
    const oldWatermark = streams.since(id, '')?.watermark;
    now += 61_000;
    expect(streams.has(id)).to.equal(false);
    streams.attach(id, 'u1');
    expect(streams.start(id, 'u1')).to.equal(false);
    const again = streams.append(id, { type: 'message', text: 'after' });
    const page = streams.since(id, oldWatermark);
    expect(page?.activities.map((a) => a.text)).to.deep.equal(['after']);
    expect(again?.id).to.not.equal(old?.id);
  });

  it('forgets a conversation left idle too long', () => {
    let now = 0;
    const streams = new ConversationStreams(() => new Date(now), limits);
    const id = created(streams, 'u1');
    now += 61_000;
    expect(streams.has(id)).to.equal(false);
  });
});

describe('Direct Line tokens', () => {
  it('reads back the conversation and user a token was issued for', () => {
    const tokens = new DirectLineTokens(() => new Date(0));
    const claims = tokens.verify(tokens.issue('conv-1', 'user-1').token);
    expect(claims).to.include({ conversationId: 'conv-1', userId: 'user-1' });
  });

  it('refuses a token signed by another process', () => {
    const ours = new DirectLineTokens(() => new Date(0));
    const theirs = new DirectLineTokens(() => new Date(0));
    expect(ours.verify(theirs.issue('conv-1', 'user-1').token)).to.equal(null);
  });

  it('refuses a token whose grant was edited to another conversation', () => {
    const tokens = new DirectLineTokens(() => new Date(0));
    const [body, signature] = tokens.issue('conv-1', 'user-1').token.split('.');
    const grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const edited = Buffer.from(JSON.stringify({ ...grant, c: 'conv-2' }), 'utf8').toString('base64url');
    expect(tokens.verify(`${edited}.${signature}`)).to.equal(null);
  });
});
