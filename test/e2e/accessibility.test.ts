import { expect } from 'chai';
import type { Browser } from 'playwright-core';
import { BotClient } from '../support/botClient';
import { personPersona, runPersona } from '../support/personas';
import { chromiumAndApp, phone, sendBox, WebChatPage, type Drawn } from '../support/webChatBrowser';

/** WCAG 2.2 AA 2.5.8: a target at least 24 by 24 CSS pixels. */
const minTarget = 24;
/** The smallest text on a pick list, in CSS pixels. */
const minText = 16;
/** The most of the screen's height the page's header may take. */
const maxHeaderShare = 0.12;

/** The serious and critical findings of axe-core on the page, by rule, with where they are. */
async function axeFindings(tab: WebChatPage): Promise<string[]> {
  await tab.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await tab.page.evaluate<{
    violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
  }>(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })`,
  );
  return result.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/** Opens the chat page at `size` and goes to the conditions question, whose card lists 11 options. */
async function atConditions(browser: Browser, baseUrl: string, size = phone): Promise<WebChatPage> {
  // axe is added as a script of its own, which the page's policy (rightly) refuses otherwise.
  const tab = await WebChatPage.open(browser, `${baseUrl}/`, { viewport: size, bypassCSP: true });
  await tab.answer({ click: 'Me, for myself' });
  await tab.answer({ type: 'Sam' });
  await tab.lastCard().getByRole('checkbox').first().waitFor({ state: 'visible' });
  return tab;
}

describe('The chat and plan pages for everyone, in real Chromium (WCAG 2.2 AA)', function () {
  this.timeout(180_000);
  const env = chromiumAndApp();

  describe('a pick list on a phone', () => {
    let tab: WebChatPage;
    let boxes: Drawn[];

    before(async () => {
      tab = await atConditions(env.browser, env.running.baseUrl);
      boxes = await tab.drawn('.ac-adaptiveCard input[type="checkbox"]');
    });
    after(() => tab.page.context().close());

    it('has check boxes of at least 24 by 24 px that do not overlap', () => {
      expect(boxes).to.have.length(11);
      for (const box of boxes) {
        expect(box.width, 'width').to.be.at.least(minTarget);
        expect(box.height, 'height').to.be.at.least(minTarget);
      }
      for (let i = 1; i < boxes.length; i++) {
        expect(boxes[i].y - boxes[i - 1].y, 'from one box to the next').to.be.at.least(minTarget);
      }
    });

    it('has labels and buttons in text of at least 16 px, and buttons at least 24 px high', async () => {
      const labels = await tab.drawn('.ac-adaptiveCard label');
      const buttons = await tab.drawn('.ac-adaptiveCard button');

      expect(labels).to.have.length(11);
      for (const label of labels) expect(label.fontSize, 'label text').to.be.at.least(minText);
      expect(buttons).to.have.length.above(0);
      for (const button of buttons) {
        expect(button.fontSize, 'button text').to.be.at.least(minText);
        expect(button.height, 'button height').to.be.at.least(minTarget);
      }
    });

    it('shows each option once: on the card, not again in the text above it', async () => {
      const shown = tab.page.getByText('Kidney disease', { exact: true });
      const question = tab.page.locator('.webchat__bubble__content').filter({ hasText: 'Which health conditions' });

      expect(await shown.count()).to.equal(1);
      expect(await shown.isVisible()).to.equal(true);
      expect(await question.last().innerText()).to.not.match(/Diabetes|Kidney/);
    });

    it('has no serious or critical accessibility findings with the card showing (axe-core)', async () => {
      expect(await axeFindings(tab)).to.deep.equal([]);
    });

    // The same page at the phone's full height, then shrunk as an on-screen keyboard shrinks it.
    for (const size of [phone, { width: 390, height: 520 }]) {
      it(`keeps the header small and the send box in view at ${size.width} by ${size.height}`, async () => {
        await tab.page.setViewportSize(size);
        const [header] = await tab.drawn('header');
        const [input] = await tab.drawn(sendBox);
        const scrolled = Number(await tab.page.evaluate('window.scrollY'));

        expect(header.height / size.height, `header ${header.height} px`).to.be.at.most(maxHeaderShare);
        expect(scrolled).to.equal(0);
        expect(input.y, 'send box top').to.be.at.least(0);
        expect(input.y + input.height, 'send box bottom').to.be.at.most(size.height);
        expect(await tab.page.getByRole('note').filter({ hasText: 'Not for emergencies' }).isVisible()).to.equal(true);
      });
    }
  });

  it('has no serious or critical accessibility findings on the plan page (axe-core)', async () => {
    const client = new BotClient(env.running.baseUrl, { channelId: 'webchat' });
    const run = await runPersona(async (text) => (await client.say(text)).replies, personPersona);
    const ending = (run.transcript.at(-1)?.replies ?? []).map((reply) => reply.text ?? '').join('\n');
    const path = /\/plan\/[0-9a-f]{64}/.exec(ending)?.[0];
    expect(path, 'own copy link').to.be.a('string');

    const tab = await WebChatPage.open(env.browser, `${env.running.baseUrl}${path}`, { bypassCSP: true });
    try {
      expect(await tab.page.locator('h1').count()).to.equal(1);
      expect(await axeFindings(tab)).to.deep.equal([]);
    } finally {
      await tab.page.context().close();
    }
  });
});
