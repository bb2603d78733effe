import { expect } from 'chai';
import { startApp, type RunningApp } from '../support/startApp';

describe('The web chat page', () => {
  let running: RunningApp;

  before(async () => {
    running = await startApp();
  });
  after(() => running.stop());

  it('serves GET / as HTML that loads Web Chat from this server only', async () => {
    const response = await fetch(`${running.baseUrl}/`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('text/html');
    const html = await response.text();
    expect(html).to.contain('<script src="/webchat.js"></script>');
    expect(html).to.not.match(/(src|href)="https?:\/\//);
  });

  it('limits every kind of fetch on the page to its own origin', async () => {
    const policy = (await fetch(`${running.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    for (const directive of [
      "default-src 'self'",
      "connect-src 'self'",
      "font-src 'self'",
      "img-src 'self' data: blob:",
    ])
      expect(policy).to.contain(directive);
    expect(policy).to.match(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'/);
  });

  it('serves the Web Chat bundle from the botframework-webchat package', async () => {
    const response = await fetch(`${running.baseUrl}/webchat.js`);
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.contain('javascript');
    const body = await response.text();
    expect(body.length).to.be.greaterThan(1_000_000);
    expect(body).to.contain('renderWebChat');
  });
});
