import { existsSync } from 'node:fs';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ownCopyPath } from '../../bot/routes/ownCopy';
import { SqlOwnCopyLinks } from '../../storage/ownCopyLinks';
import { onlyRecord } from '../support/onlyRecord';
import {
  apiKey,
  bloodPressure,
  hba1c,
  invite,
  postObservations,
  quantityObservation,
  transaction,
} from '../support/results';
import { startApp, type RunningApp } from '../support/startApp';

const chromiumPath = '/usr/bin/chromium';
/** Where the screenshots go, to be looked at (they are not compared by the test). */
const shots = process.env.CAREPREP_SCREENSHOTS ?? '/tmp';

const sheet = transaction([
  hba1c(58, '2024-09-02T09:10:00Z'),
  hba1c(55, '2025-01-06T09:10:00Z'),
  hba1c(52, '2025-03-03T09:10:00Z'),
  bloodPressure(146, 88, '2024-09-02T09:15:00Z'),
  bloodPressure(138, 84, '2025-03-03T09:15:00Z'),
  quantityObservation({ code: '14647-2' }, 4.6, 'mmol/L', '2025-03-03T09:10:00Z'),
]);

interface SeenActivity {
  id: string;
  type: string;
  from: { role?: string };
  channelData?: { careprep?: { linkId: string; type: string } };
}

describe('Result charts in real Chromium', function () {
  this.timeout(180_000);
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const activities: SeenActivity[] = [];

  before(async function () {
    if (!existsSync(chromiumPath)) {
      if (process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
      this.skip();
    }
    running = await startApp({ env: { CAREPREP_API_KEYS: apiKey } });
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    page = await (await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })).newPage();
    page.on('response', async (response) => {
      if (response.request().method() !== 'GET' || !/\/activities\?watermark=/.test(response.url())) return;
      try {
        activities.push(...((await response.json()) as { activities: SeenActivity[] }).activities);
      } catch {
        // A poll cut short when the page closes.
      }
    });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  /** The newest question the bot asked that has not been answered yet. */
  async function nextQuestion(answered: Set<string>, quietMs: number): Promise<SeenActivity | undefined> {
    const deadline = Date.now() + quietMs;
    while (Date.now() < deadline) {
      const last = activities.filter((a) => a.from.role === 'bot' && a.type === 'message').at(-1);
      if (last?.channelData?.careprep && !answered.has(last.id)) return last;
      await page.waitForTimeout(50);
    }
    return undefined;
  }

  it('shows each result with its chart in web chat, the chart named by its text alternative', async () => {
    const { id, code } = await invite(running);
    expect((await postObservations(running, id, sheet)).status).to.equal(201);
    await page.goto(`${running.baseUrl}/?code=${code}`);
    const typed: Record<string, string> = {
      'respondent.type': 'me',
      'subject.name': 'Sam',
      'whatMatters.most': 'My garden',
    };
    const answered = new Set<string>();
    let question = await nextQuestion(answered, 20_000);
    while (question && question.channelData?.careprep?.linkId !== 'result.hba1c.thoughts') {
      answered.add(question.id);
      const input = page.locator('[data-id="webchat-sendbox-input"]');
      await input.fill(typed[question.channelData!.careprep!.linkId] ?? 'skip');
      await input.press('Enter');
      question = await nextQuestion(answered, 5_000);
      expect(answered.size, 'questions before the results').to.be.below(15);
    }
    expect(question?.channelData?.careprep?.linkId).to.equal('result.hba1c.thoughts');

    const chart = page.locator('img[alt^="Chart of HbA1c"]').last();
    await chart.waitFor({ state: 'visible' });
    await chart.scrollIntoViewIfNeeded();
    const shown = await chart.evaluate((img: HTMLImageElement) => ({
      alt: img.alt,
      width: img.naturalWidth,
      complete: img.complete,
    }));
    expect(shown.alt).to.equal('Chart of HbA1c: 55 → 52 mmol/mol, down, target 48 to 53.');
    expect(shown.complete).to.equal(true);
    expect(shown.width).to.equal(360);
    await page.screenshot({ path: `${shots}/careprep-results-webchat.png` });
    await chart.screenshot({ path: `${shots}/careprep-results-chart-webchat.png` });
  });

  it('draws every result on the printable plan as SVG with a title, a description and a visible caption', async () => {
    const record = await onlyRecord(running);
    const { token } = await new SqlOwnCopyLinks(running.app.db).issue(record.id);
    await page.goto(`${running.baseUrl}${ownCopyPath(token)}`);

    const charts = await page.locator('section[aria-labelledby="results-h"] svg[role="img"]').evaluateAll((svgs) =>
      svgs.map((svg) => {
        const ids = (svg.getAttribute('aria-labelledby') ?? '').split(' ');
        const box = svg.getBoundingClientRect();
        return {
          labelledBy: ids.map((labelId) => document.getElementById(labelId)?.textContent ?? ''),
          caption: svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
          width: box.width,
          height: box.height,
          points: svg.querySelectorAll('circle').length,
        };
      }),
    );

    expect(await page.locator('#results-h').innerText()).to.equal('My results and my questions');
    expect(charts).to.have.length(3);
    expect(charts[0].labelledBy).to.deep.equal(['HbA1c', 'Chart of HbA1c: 55 → 52 mmol/mol, down, target 48 to 53.']);
    expect(charts[0].caption).to.equal('HbA1c: 55 → 52 mmol/mol, down, target 48 to 53');
    expect(charts[0].points).to.equal(3);
    expect(charts[1].labelledBy[1]).to.equal(
      'Chart of Blood pressure: 146/88 → 138/84 mmHg, down, target below 140/90 under 80, below 150/90 from 80.',
    );
    expect(charts[1].points).to.equal(4);
    for (const chart of charts) {
      expect(chart.width).to.be.greaterThan(200);
      expect(chart.height).to.be.greaterThan(100);
    }
    await page.screenshot({ path: `${shots}/careprep-results-plan.png`, fullPage: true });
    await page
      .locator('section[aria-labelledby="results-h"] figure')
      .first()
      .screenshot({ path: `${shots}/careprep-results-chart-plan.png` });
  });
});
