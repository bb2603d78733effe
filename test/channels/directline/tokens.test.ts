import { expect } from 'chai';
import { randomBytes } from 'node:crypto';
import { DirectLineTokens } from '../../../channels/directline/tokens';
import { directLineTokenKey, identitySecret } from '../../../storage/identityKeys';
import { engines, type OpenedDatabase } from '../../support/engines';

describe('Direct Line tokens', () => {
  const clock = (): Date => new Date(0);

  it('reads back the conversation and user a token was issued for', () => {
    const tokens = new DirectLineTokens(clock, randomBytes(32));
    const claims = tokens.verify(tokens.issue('conv-1', 'user-1').token);
    expect(claims).to.include({ conversationId: 'conv-1', userId: 'user-1' });
  });

  it('refuses a token signed under another key', () => {
    const ours = new DirectLineTokens(clock, randomBytes(32));
    const theirs = new DirectLineTokens(clock, randomBytes(32));
    expect(ours.verify(theirs.issue('conv-1', 'user-1').token)).to.equal(null);
  });

  it('refuses a token whose grant was edited to another conversation', () => {
    const tokens = new DirectLineTokens(clock, randomBytes(32));
    const [body, signature] = tokens.issue('conv-1', 'user-1').token.split('.');
    const grant = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Record<string, unknown>;
    const edited = Buffer.from(JSON.stringify({ ...grant, c: 'conv-2' }), 'utf8').toString('base64url');
    expect(tokens.verify(`${edited}.${signature}`)).to.equal(null);
  });
});

for (const engine of engines)
  describe(`Direct Line token key, shared by every instance (${engine.name})`, () => {
    engine.require();
    let opened: OpenedDatabase | undefined;
    afterEach(async () => {
      await opened?.close();
      opened = undefined;
    });
    const clock = (): Date => new Date(0);

    it('is derived from the identity secret: a token issued by one instance is accepted by another', async () => {
      opened = await engine.open();
      const other = await opened.reopen();
      try {
        const secret = identitySecret(randomBytes(32), null);
        const issuer = new DirectLineTokens(clock, await directLineTokenKey(opened.db, secret));
        const checker = new DirectLineTokens(clock, await directLineTokenKey(other, secret));
        const claims = checker.verify(issuer.issue('conv-1', 'user-1').token);
        expect(claims).to.include({ conversationId: 'conv-1', userId: 'user-1' });
        const elsewhere = new DirectLineTokens(clock, await directLineTokenKey(other, randomBytes(32)));
        expect(elsewhere.verify(issuer.issue('conv-1', 'user-1').token)).to.equal(null);
      } finally {
        await other.close();
      }
    });

    it('is kept in the database when no secret is configured, the same for every instance that starts', async () => {
      opened = await engine.open();
      const other = await opened.reopen();
      try {
        const [first, second] = await Promise.all([
          directLineTokenKey(opened.db, null),
          directLineTokenKey(other, null),
        ]);
        expect(first.equals(second)).to.equal(true);
        const issuer = new DirectLineTokens(clock, first);
        expect(new DirectLineTokens(clock, second).verify(issuer.issue('conv-1', 'user-1').token)).to.not.equal(null);
      } finally {
        await other.close();
      }
    });
  });
