/**
 * The web chat page in real Chromium (Debian's, driven by playwright-core): launching it, reading
 * what the bot sent from the Direct Line polls, answering questions, and measuring what is drawn.
 * Page-side code is passed as strings: tsx's compiled functions would name helpers the page lacks.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { startApp, type RunningApp } from './startApp';

export const chromiumPath = '/usr/bin/chromium';

/** An activity as Web Chat polled it from the built-in Direct Line. */
export interface SeenActivity {
  id: string;
  type: string;
  text?: string;
  from: { role?: string };
  channelData?: { careprep?: { linkId: string; type: string; options?: { id: string; label: string }[] } };
}

/** What to do at a question: click a button with this label, or type this text. */
export type Step = { click: string } | { type: string };

/** A box as drawn, in CSS pixels, with its computed font size. */
export interface Drawn {
  x: number;
  y: number;
  width: number;
  height: number;
  fontSize: number;
}

/**
 * Launches Chromium for a suite. Where it is missing the suite is skipped, except in CI, where a
 * missing browser is a broken build.
 */
export async function launchChromium(suite: Mocha.Context): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    if (process.env.CI === 'true') throw new Error(`${chromiumPath} is missing: apt-get install -y chromium`);
    suite.skip();
  }
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-dev-shm-usage'],
  });
}

/**
 * Chromium and a fresh app for the enclosing `describe`, both closed after it. Read `browser` and
 * `running` inside tests.
 */
export function chromiumAndApp(): { readonly browser: Browser; readonly running: RunningApp } {
  let browser: Browser | undefined;
  let running: RunningApp | undefined;
  before(async function () {
    browser = await launchChromium(this);
    running = await startApp();
  });
  after(async () => {
    await browser?.close();
    await running?.stop();
  });
  return {
    get browser(): Browser {
      if (!browser) throw new Error('chromiumAndApp: read browser inside a test');
      return browser;
    },
    get running(): RunningApp {
      if (!running) throw new Error('chromiumAndApp: read running inside a test');
      return running;
    },
  };
}

/** A phone: 390 by 844 CSS pixels at one device pixel per CSS pixel. */
export const phone = { width: 390, height: 844 };

/** One browser tab on the web chat page, noting every activity the bot sends it. */
export class WebChatPage {
  readonly activities: SeenActivity[] = [];
  readonly requests: string[] = [];

  private constructor(readonly page: Page) {
    page.on('request', (request) => this.requests.push(request.url()));
    page.on('response', async (response) => {
      if (response.request().method() !== 'GET' || !/\/activities\?watermark=/.test(response.url())) return;
      try {
        const body = (await response.json()) as { activities: SeenActivity[] };
        this.activities.push(...body.activities);
      } catch {
        // A poll cut short when the page closes.
      }
    });
  }

  /** Opens `url` in a new context of `browser` with `viewport` (and any other context options). */
  static async open(browser: Browser, url: string, options: BrowserContextOptions = {}): Promise<WebChatPage> {
    const context = await browser.newContext({ viewport: phone, deviceScaleFactor: 1, ...options });
    const tab = new WebChatPage(await context.newPage());
    await tab.page.goto(url);
    return tab;
  }

  /** Waits for a bot question newer than those in `answered`; undefined once the bot stops asking. */
  async nextQuestion(answered: Set<string>, quietMs = 3000): Promise<SeenActivity | undefined> {
    const deadline = Date.now() + quietMs;
    while (Date.now() < deadline) {
      const last = this.activities.filter((a) => a.from.role === 'bot' && a.type === 'message').at(-1);
      if (last?.channelData?.careprep && !answered.has(last.id)) return last;
      await this.page.waitForTimeout(50);
    }
    return undefined;
  }

  /** Waits until the page has sent `text` (as the invitation code is sent) and returns its index among the activities. */
  async said(text: string, timeoutMs = 20_000): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const index = this.activities.findIndex((a) => a.from.role === 'user' && a.text === text);
      if (index >= 0) return index;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`"${text}" was not sent`);
  }

  /** Clicks a button (the last with that name) or types into the send box. */
  async answer(step: Step): Promise<void> {
    if ('click' in step) {
      const button = this.page.getByRole('button', { name: step.click, exact: true }).last();
      await button.waitFor({ state: 'visible' });
      await button.click();
      return;
    }
    const input = this.page.locator(sendBox);
    await input.fill(step.type);
    await input.press('Enter');
  }

  /** Every element matching `selector`, as drawn. */
  async drawn(selector: string): Promise<Drawn[]> {
    return this.page.evaluate(`[...document.querySelectorAll(${JSON.stringify(selector)})].map((e) => {
      const box = e.getBoundingClientRect();
      return { x: box.x, y: box.y, width: box.width, height: box.height, fontSize: parseFloat(getComputedStyle(e).fontSize) };
    })`);
  }

  /** The last multi-select card on the page (the one the current question sent). */
  lastCard(): ReturnType<Page['locator']> {
    return this.page.locator('.ac-adaptiveCard').last();
  }
}

/** Web Chat's send box. */
export const sendBox = '[data-id="webchat-sendbox-input"]';
