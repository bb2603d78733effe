import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startApp, type RunningApp } from '../support/startApp';

const chromiumPath = '/usr/bin/chromium';
const artifacts = join(__dirname, '..', '..', 'test-artifacts');

interface SeenActivity {
  id: string;
  type: string;
  text?: string;
  from: { role?: string };
  channelData?: { careprep?: { linkId: string; type: string; options?: { id: string; label: string }[] } };
}

/** What to do at each question: click a button with this label, or type this text. */
const script: Record<string, { click: string } | { type: string }> = {
  'respondent.type': { click: 'Me, for myself' },
  'subject.name': { type: 'Sam' },
  conditions: { type: 'Diabetes' },
  'whatMatters.most': { type: 'Walking my dog Pip' },
  'whatMatters.goingWell': { type: 'My garden' },
  'whatMatters.hard': { type: 'skip' },
  'whatMatters.wouldLikeTo': { type: 'skip' },
  'goal.1.text': { type: 'Walk to the park' },
  'goal.1.importance': { click: '8' },
  'goal.1.action': { type: 'Walk ten minutes every morning' },
  'goal.1.barriers': { type: 'My knees ache' },
  'goal.1.confidence': { click: '7' },
  'goal.1.moreLikely': { type: 'A walking friend' },
  'goal.another': { click: 'No' },
  'topics.selected': { type: '1 and 2' },
  'topics.own': { type: 'Can I change my tablets?' },
  'topics.top': { type: '1' },
  'review.change': { click: 'It looks right' },
  'share.consent': { click: 'No' },
};

function fallback(type: string): { click: string } | { type: string } {
  if (type === 'yesno') return { click: 'No' };
  if (type === 'scale0to10') return { click: '5' };
  return { type: 'not sure' };
}

describe('Web Chat in real Chromium', function () {
  this.timeout(180_000);
  let running: RunningApp;
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const activities: SeenActivity[] = [];

  before(async function () {
    if (!existsSync(chromiumPath)) {
      // In CI a missing browser is a broken build, not a reason to skip.
      if (process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
      this.skip();
    }
    running = await startApp();
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
    });
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    page.on('response', async (response) => {
      if (response.request().method() !== 'GET' || !/\/activities\?watermark=/.test(response.url())) return;
      try {
        const body = (await response.json()) as { activities: SeenActivity[] };
        activities.push(...body.activities);
      } catch {
        // A poll cut short when the page closes.
      }
    });
  });

  after(async () => {
    await browser?.close();
    await running?.stop();
  });

  /** Waits for a bot question newer than the last one answered; undefined once the bot stops asking. */
  async function nextQuestion(answered: Set<string>, quietMs = 3000): Promise<SeenActivity | undefined> {
    const deadline = Date.now() + quietMs;
    while (Date.now() < deadline) {
      const last = activities.filter((a) => a.from.role === 'bot' && a.type === 'message').at(-1);
      if (last?.channelData?.careprep && !answered.has(last.id)) return last;
      await page.waitForTimeout(50);
    }
    return undefined;
  }

  async function answer(step: { click: string } | { type: string }): Promise<void> {
    if ('click' in step) {
      const button = page.getByRole('button', { name: step.click, exact: true }).last();
      await button.waitFor({ state: 'visible' });
      await button.click();
      return;
    }
    const input = page.locator('[data-id="webchat-sendbox-input"]');
    await input.fill(step.type);
    await input.press('Enter');
  }

  it('completes a whole preparation by clicking and typing, shows the plan with the answers, and stays on the machine', async () => {
    await page.goto(`${running.baseUrl}/`);
    expect(await page.locator('h1').innerText()).to.equal('Careprep');
    const answered = new Set<string>();
    const asked: string[] = [];
    let question = await nextQuestion(answered, 20_000);
    while (question) {
      const meta = question.channelData?.careprep;
      if (!meta) break;
      answered.add(question.id);
      asked.push(meta.linkId);
      expect(asked.length, `too many questions: ${asked.join(', ')}`).to.be.below(60);
      await answer(script[meta.linkId] ?? fallback(meta.type));
      question = await nextQuestion(answered);
    }

    expect(asked).to.include.members(['respondent.type', 'goal.1.text', 'review.change']);
    // No care team is linked, so there is nobody to share with: looking the plan over is the end.
    expect(asked.at(-1)).to.equal('review.change');
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: join(artifacts, 'webchat.png') });

    // The draft plan as the bot showed it before "does it look right?", with the answers given.
    const plan = await page.locator('#webchat').innerText();
    // Lines only the plan has (the person's own bubbles hold the bare answers).
    for (const line of [
      'Most: Walking my dog Pip',
      'What I will do: Walk ten minutes every morning',
      'What might stop me: My knees ache',
    ])
      expect(plan).to.contain(line);

    const outside = requests.filter((url) => {
      const { protocol, hostname } = new URL(url);
      if (protocol === 'data:' || protocol === 'blob:') return false;
      return hostname !== '127.0.0.1' && hostname !== 'localhost';
    });
    expect(requests.length).to.be.greaterThan(5);
    expect(outside, 'requests that left the machine').to.deep.equal([]);
  });
});
