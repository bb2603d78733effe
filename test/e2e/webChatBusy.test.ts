import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from '../support/startApp';
import { launchChromium, sendBox, WebChatPage } from '../support/webChatBrowser';

/**
 * H521: a person refused a new chat (429: too many opening at once, H518) read "the chat could not
 * open. Please check your connection and reload the page": their connection was fine, and a reload
 * in the same minute was refused again. The page now says kindly that many are opening it, with 999
 * and NHS 111, and opens the chat by itself once the service says it may.
 */
describe('Web Chat in real Chromium when too many chats are opening', function () {
  this.timeout(60_000);
  let browser: Browser;
  let running: RunningApp;
  // 1.5 s before a minute turns, held still until the test moves it on.
  let now = Date.parse('2026-03-02T09:00:58.500Z');

  before(async function () {
    browser = await launchChromium(this);
    running = await startApp({
      env: { CAREPREP_DIRECTLINE_NEW_PER_MINUTE_PER_ADDRESS: '1' },
      overrides: { clock: () => new Date(now) },
    });
  });
  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('says kindly that many are opening the chat, with 999, and opens it by itself when it may', async () => {
    const spent = await fetch(`${running.baseUrl}/v3/directline/tokens/generate`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(spent.status).to.equal(200);
    const tab = await WebChatPage.open(browser, running.baseUrl);
    const busy = tab.page.locator('#chat-busy');
    await busy.waitFor({ state: 'visible', timeout: 10_000 });
    const said = await busy.innerText();
    expect(said)
      .to.match(/open by itself/)
      .and.match(/999/)
      .and.match(/111/);
    expect(await tab.page.locator('#chat-error').isVisible()).to.equal(false);
    now += 2_000;
    await tab.page.locator(sendBox).waitFor({ state: 'visible', timeout: 15_000 });
    expect(await busy.isVisible()).to.equal(false);
  });
});
