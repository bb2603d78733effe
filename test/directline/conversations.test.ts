import { expect } from 'chai';
import { ConversationStreams } from '../../bot/directline/conversations';
import { DirectLineTokens } from '../../bot/directline/tokens';

describe('Direct Line conversation streams', () => {
  const limits = { maxConversations: 3, maxActivities: 5, idleMs: 60_000 };

  it('forgets the least recently used conversation beyond the limit', () => {
    const streams = new ConversationStreams(() => new Date(0), limits);
    const [a, b, c] = [streams.create('u1'), streams.create('u2'), streams.create('u3')];
    streams.append(a, { type: 'message' });
    streams.create('u4');
    expect(streams.has(a)).to.equal(true);
    expect(streams.has(b)).to.equal(false);
    expect(streams.has(c)).to.equal(true);
    expect(streams.size).to.equal(3);
  });

  it('keeps only the latest activities of a conversation, with the watermark still counting', () => {
    const streams = new ConversationStreams(() => new Date(0), limits);
    const id = streams.create('u1');
    for (let i = 0; i < 8; i++) streams.append(id, { type: 'message', text: String(i) });
    const page = streams.since(id, '');
    expect(page?.activities.map((a) => a.text)).to.deep.equal(['3', '4', '5', '6', '7']);
    expect(page?.watermark).to.equal('8');
  });

  it('forgets a conversation left idle too long', () => {
    let now = 0;
    const streams = new ConversationStreams(() => new Date(now), limits);
    const id = streams.create('u1');
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
