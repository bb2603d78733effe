import { existsSync } from 'node:fs';
import { expect } from 'chai';
import { chromium, type Browser } from 'playwright-core';
import { allText, BotClient } from '../support/botClient';
import { startApp, type RunningApp } from '../support/startApp';

const chromiumPath = '/usr/bin/chromium';

describe('Teams: the invitation link in a real browser', function () {
  this.timeout(120_000);
  let running: RunningApp;
  let browser: Browser | undefined;
  let code: string;

  before(async function () {
    if (!existsSync(chromiumPath)) {
      if (process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
      this.skip();
    }
    running = await startApp({ env: { CAREPREP_STAFF_AAD_IDS: 'aad-coordinator' } });
    const teams = new BotClient(running.baseUrl, { channelId: 'msteams', conversationId: 'a:coordinator' });
    const made = await teams.post({
      from: { id: '29:coordinator', name: 'Dr Sam Patel', aadObjectId: 'aad-coordinator' },
      value: { careprep: 'teams.invite', name: 'Sam', date: '2099-06-01', time: '10:15' },
    });
    code = /\*\*([A-Z2-9]{8})\*\*/.exec(allText(made))?.[1] ?? '';
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  it('greets the person who opens the link by their lead contact, without showing the code', async () => {
    expect(code).to.match(/^[A-Z2-9]{8}$/);
    const page = await browser!.newPage();
    await page.goto(`${running.baseUrl}/?code=${code}`);
    await page
      .locator('p', { hasText: 'Dr Sam Patel asked me to help you get ready for your visit on' })
      .first()
      .waitFor({ timeout: 30_000 });
    expect(await page.locator('p', { hasText: code }).count()).to.equal(0);
    expect(page.url()).to.not.include(code);
  });

  it('ignores a code parameter that is not a code', async () => {
    const response = await fetch(`${running.baseUrl}/?code=%22%3E%3Cscript%3E`);
    expect(await response.text()).to.include('data-invitation=""');
  });
});
