import { expect } from 'chai';
import { SqlOwnCopyLinks } from '../../storage/ownCopyLinks';
import { BotClient } from '../support/botClient';
import { startApp } from '../support/startApp';

describe('Abuse: framing our pages (clickjacking)', () => {
  it("refuses to be framed on every HTML page: the chat, a person's plan, and the pages that say a link is gone", async () => {
    const running = await startApp();
    try {
      await new BotClient(running.baseUrl).say('hello');
      const record = await running.app.db.get('SELECT id FROM records');
      const { token } = await new SqlOwnCopyLinks(running.app.db).issue(String(record?.id));
      const pages = ['/', '/?code=ABCD2345', `/plan/${token}`, `/plan/${token}?size=large`, `/plan/${'0'.repeat(64)}`];
      for (const path of pages) {
        const response = await fetch(`${running.baseUrl}${path}`);
        expect(response.headers.get('content-type'), path).to.contain('text/html');
        expect(response.headers.get('x-frame-options'), path).to.equal('DENY');
        expect(response.headers.get('content-security-policy'), path).to.contain("frame-ancestors 'none'");
        await response.arrayBuffer();
      }
    } finally {
      await running.stop();
    }
  });
});
