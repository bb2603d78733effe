import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { expect } from 'chai';
import type { Browser, Page } from 'playwright-core';
import { planCard } from '../../channels/teams/planCard';
import { chartPngScale } from '../../content/charts/chartPng';
import { chartSvg } from '../../content/charts/chartSvg';
import { loadCatalogue } from '../../content/catalogue';
import { loadPackLibrary } from '../../content/packs/packLibrary';
import { createPlanRenderer } from '../../content/planRenderer';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import { resultsPlanSection } from '../../content/results/resultsPlanSection';
import type { ChartPicture, ChartShape } from '../../plan/chartPicture';
import { compileDraftPlan } from '../../plan/draftPlan';
import { newRecord } from '../../plan/record';
import { sixResults } from '../support/storedResults';
import { launchChromium } from '../support/webChatBrowser';

/** Where the screenshots go, to be looked at (they are not compared by the test). */
const shots = process.env.CAREPREP_SCREENSHOTS ?? '/tmp';
/** Adaptive Cards' own renderer, the one Web Chat uses, as a script for the page. */
const adaptiveCardsScript = join(
  dirname(createRequire(require.resolve('botframework-webchat')).resolve('adaptivecards/package.json')),
  'dist',
  'adaptivecards.min.js',
);

const catalogue = loadCatalogue();
const renderer = createRenderer(catalogue);
const plans = createPlanRenderer(
  catalogue,
  loadPackLibrary(),
  resultsPlanSection(createResultPresenter(loadResultCatalogue(), renderer)),
);

/** The lead contact's card for Sam with six results: the whole plan's body, and the charts drawn in it. */
function cardWithResults(): { whole: unknown; pictures: ChartPicture[] } {
  const record = newRecord('r1', new Date('2025-03-05T10:00:00Z'));
  record.results.items = sixResults();
  record.answers['subject.name'] = { value: 'Sam', status: 'answered', by: 'person', at: '2025-03-05T10:00:00.000Z' };
  const plan = compileDraftPlan(record, plans.labels, 'shared');
  const view = plans.view(plan);
  const card = planCard((key, data = {}) => renderer.text(key, data, 'teams'), {
    plan,
    view,
    personName: 'Sam',
    invitationId: 'i1',
  });
  const actions = (card.content as { actions: { type: string; card?: unknown }[] }).actions;
  const whole = actions.find((action) => action.type === 'Action.ShowCard')?.card;
  const pictures = view.sections.flatMap((section) =>
    section.lines.flatMap((line) => (line.chart ? [line.chart] : [])),
  );
  return { whole: { ...(whole as object), version: '1.5' }, pictures };
}

/** The colour of a drawn image at a point given in chart units, read back from a canvas. */
async function coloursAt(
  page: Page,
  selector: string,
  points: readonly (readonly [number, number])[],
): Promise<string[]> {
  return page.evaluate(`(() => {
    const img = document.querySelector(${JSON.stringify(selector)});
    const canvas = document.createElement('canvas');
    canvas.width = ${360 * chartPngScale};
    canvas.height = ${180 * chartPngScale};
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0, canvas.width, canvas.height);
    return ${JSON.stringify(points)}.map(([x, y]) => {
      const [r, g, b] = context.getImageData(Math.floor(x * ${chartPngScale}), Math.floor(y * ${chartPngScale}), 1, 1).data;
      return '#' + [r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('');
    });
  })()`);
}

const shapesOf = <K extends ChartShape['kind']>(picture: ChartPicture, kind: K): Extract<ChartShape, { kind: K }>[] =>
  picture.shapes.filter((shape): shape is Extract<ChartShape, { kind: K }> => shape.kind === kind);

describe("The result charts in the coordinator's Teams card, in real Chromium", function () {
  this.timeout(120_000);
  let browser: Browser;
  let page: Page;

  before(async function () {
    browser = await launchChromium(this);
    page = await (await browser.newContext({ viewport: { width: 800, height: 900 }, deviceScaleFactor: 1 })).newPage();
  });
  after(async () => {
    await browser?.close();
  });

  it('shows each chart through the Adaptive Cards renderer as a 720 by 360 PNG named by its text trend', async () => {
    const { whole } = cardWithResults();
    await page.setContent(
      '<!doctype html><html><body style="margin:0;width:600px"><div id="card"></div></body></html>',
    );
    await page.addScriptTag({ path: adaptiveCardsScript });
    await page.evaluate(`(() => {
      const card = new AdaptiveCards.AdaptiveCard();
      card.parse(${JSON.stringify(whole)});
      document.getElementById('card').appendChild(card.render());
    })()`);
    await page.waitForFunction(
      '[...document.images].length > 0 && [...document.images].every((img) => img.complete && img.naturalWidth > 0)',
    );
    const images = await page.evaluate(
      '[...document.images].map((img) => ({ alt: img.alt, width: img.naturalWidth, height: img.naturalHeight, src: img.src.slice(0, 22) }))',
    );

    expect(images).to.have.length(6);
    for (const image of images as { alt: string; width: number; height: number; src: string }[]) {
      expect(image.src).to.equal('data:image/png;base64,');
      expect([image.width, image.height]).to.deep.equal([720, 360]);
      expect(image.alt).to.match(/^Chart of .+: .+ → .+\.$/);
    }
    expect((images as { alt: string }[])[0].alt).to.equal('Chart of HbA1c: 55 → 52 mmol/mol, down, target 48 to 53.');
    await page.locator('#card').screenshot({ path: `${shots}/careprep-teams-card-charts.png` });
  });

  it('draws the band, the line and the latest point of the PNG where the SVG draws them', async () => {
    const { whole, pictures } = cardWithResults();
    const picture = pictures.find((p) => p.id === 'chart-hba1c')!;
    const image = (whole as { body: { type: string; url?: string; altText?: string }[] }).body.find(
      (element) => element.type === 'Image' && element.altText === picture.description,
    );
    const png = image?.url ?? '';
    expect(png).to.match(/^data:image\/png;base64,/);
    const svg = `data:image/svg+xml;base64,${Buffer.from(chartSvg(picture)).toString('base64')}`;
    await page.setContent(
      `<!doctype html><html><body style="margin:0"><img id="png" src="${png}"><img id="svg" src="${svg}" width="720" height="360"></body></html>`,
    );
    await page.waitForFunction('[...document.images].every((img) => img.complete && img.naturalWidth > 0)');

    const [band] = shapesOf(picture, 'rect');
    const [line] = shapesOf(picture, 'polyline');
    const last = shapesOf(picture, 'circle').at(-1)!;
    const [[x1, y1], [x2, y2]] = line.points;
    // HbA1c 58, 55, 52 over a target of 48 to 53: the band's lower left is clear of the line.
    const points = [
      [band.x + 3, band.y + band.height - 3],
      [band.x + 3, band.y - 3],
      [(x1 + x2) / 2, (y1 + y2) / 2],
      [last.cx, last.cy],
    ] as const;
    const expected = [band.fill, picture.background, line.stroke, last.fill];

    expect(await coloursAt(page, '#png', points)).to.deep.equal(expected);
    expect(await coloursAt(page, '#svg', points)).to.deep.equal(expected);
    await page.locator('#png').screenshot({ path: `${shots}/careprep-chart-teams.png` });
    await page.locator('#svg').screenshot({ path: `${shots}/careprep-chart-svg-2x.png` });
    // The example for reviewers: the same bytes every run.
    writeFileSync(
      join(__dirname, '..', '..', 'docs', 'examples', 'result-chart-hba1c.png'),
      Buffer.from(png.replace(/^data:image\/png;base64,/, ''), 'base64'),
    );
  });
});
