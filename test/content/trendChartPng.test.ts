import { expect } from 'chai';
import { chartPng, chartPngScale } from '../../content/charts/chartPng';
import { chartSvg } from '../../content/charts/chartSvg';
import { canDraw } from '../../content/charts/pixelFont';
import { encodePng } from '../../content/charts/pngEncoder';
import { loadCatalogue } from '../../content/catalogue';
import { createRenderer } from '../../content/renderer';
import { loadResultCatalogue } from '../../content/results/resultCatalogue';
import { createResultPresenter } from '../../content/results/resultPresenter';
import type { ChartPicture, ChartShape } from '../../plan/chartPicture';
import { noResults, type StoredResult } from '../../plan/results/resultSchema';
import { decodePng } from '../support/pngDecode';
import { numberResult, sixResults } from '../support/storedResults';

const renderer = createRenderer(loadCatalogue());
const presenter = createResultPresenter(loadResultCatalogue(), renderer);
const pictures = (items: StoredResult[]): ChartPicture[] =>
  presenter
    .summaries({ ...noResults(), items })
    .map((summary) => presenter.chart.picture(summary))
    .filter((picture) => picture !== undefined);
const hba1c = (): ChartPicture => pictures(sixResults()).find((p) => p.id === 'chart-hba1c')!;
const shapesOf = <K extends ChartShape['kind']>(picture: ChartPicture, kind: K): Extract<ChartShape, { kind: K }>[] =>
  picture.shapes.filter((shape): shape is Extract<ChartShape, { kind: K }> => shape.kind === kind);

/** Points a unit and a half inside and outside the band's left, top and bottom edges: inside is true. */
function bandEdges(band: { x: number; y: number; width: number; height: number }): [[number, number], boolean][] {
  const { x, y, height } = band;
  return [
    [[x + 1.5, y + height / 2], true],
    [[x - 1.5, y + height / 2], false],
    [[x + 3, y + 1.5], true],
    [[x + 3, y - 1.5], false],
    [[x + 3, y + height - 1.5], true],
    [[x + 3, y + height + 1.5], false],
  ];
}

describe("Result charts as PNG, for the coordinator's Teams card", () => {
  it('encodes palettes of 2, 4, 16 and 200 colours so that a separate reader gets every pixel back', () => {
    for (const colours of [2, 4, 16, 200]) {
      const [width, height] = [37, 11];
      const palette = Array.from({ length: colours }, (_, i) => (i * 0x010203 + 0x102030) & 0xffffff);
      const pixels = Uint8Array.from({ length: width * height }, (_, i) => (i * 7 + (i >> 3)) % colours);
      const decoded = decodePng(encodePng({ width, height, palette, pixels }));
      expect(decoded.bitDepth, `${colours} colours`).to.equal(
        colours <= 2 ? 1 : colours <= 4 ? 2 : colours <= 16 ? 4 : 8,
      );
      expect([decoded.width, decoded.height]).to.deep.equal([width, height]);
      expect(decoded.palette).to.deep.equal(palette);
      expect(Buffer.from(decoded.pixels).equals(Buffer.from(pixels)), `${colours} colours`).to.equal(true);
    }
  });

  it("draws the target band, the line and the latest point where the chart's shapes put them, at twice the size", () => {
    const picture = hba1c();
    const png = decodePng(chartPng(picture));
    const at = (x: number, y: number): string =>
      png.colourAt(Math.floor(x * chartPngScale), Math.floor(y * chartPngScale));
    const [band] = shapesOf(picture, 'rect');
    const [line] = shapesOf(picture, 'polyline');
    const last = shapesOf(picture, 'circle').at(-1)!;

    expect([png.width, png.height]).to.deep.equal([picture.width * 2, picture.height * 2]);
    // HbA1c 58, 55, 52 over a target of 48 to 53: the band's left side is clear of the line.
    for (const [[x, y], inside] of bandEdges(band))
      expect(at(x, y), `${x},${y}`).to.equal(inside ? band.fill : picture.background);
    const [[x1, y1], [x2, y2]] = line.points;
    expect(at((x1 + x2) / 2, (y1 + y2) / 2)).to.equal(line.stroke);
    expect(at(last.cx, last.cy)).to.equal(last.fill);
    expect(last.fill).to.not.equal(line.stroke);
  });

  it('draws the band, the target lines and the points at the places the SVG gives them, so both share one scale', () => {
    for (const picture of pictures(sixResults())) {
      const svg = chartSvg(picture);
      const png = decodePng(chartPng(picture));
      const at = (x: number, y: number): string =>
        png.colourAt(Math.floor(x * chartPngScale), Math.floor(y * chartPngScale));
      const numbers = (match: RegExpMatchArray): number[] => match.slice(1, -1).map(Number);
      for (const match of svg.matchAll(/<circle cx="([\d.]+)" cy="([\d.]+)" r="([\d.]+)" fill="(#\w+)"/g)) {
        const [cx, cy, r] = numbers(match);
        for (const y of [cy - r + 1, cy, cy + r - 1])
          expect(at(cx, y), `${picture.id}: the point at ${cx},${cy}`).to.equal(match[4]);
      }
      for (const match of svg.matchAll(
        /<line x1="([\d.]+)" x2="[\d.]+" y1="([\d.]+)" y2="[\d.]+" stroke="(#\w+)" stroke-width="2" stroke-dasharray/g,
      )) {
        const [x1, y1] = numbers(match);
        expect(at(x1 + 3, y1), `${picture.id}: the target line at ${y1}`).to.equal(match[3]);
      }
      const band = /<rect x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)" fill="(#\w+)"/.exec(svg);
      if (!band) continue;
      const [x, y, width, height] = numbers(band);
      for (const [[px, py], inside] of bandEdges({ x, y, width, height }))
        expect(at(px, py), `${picture.id}: ${inside ? 'inside' : 'outside'} the band at ${px},${py}`).to.equal(
          inside ? band[5] : picture.background,
        );
    }
  });

  it('keeps each chart within 2.5 KB, so six ride in one card with the plan', () => {
    const sizes = pictures(sixResults()).map((picture) => chartPng(picture).length);
    expect(sizes).to.have.length(6);
    for (const size of sizes) expect(size).to.be.within(500, 2560);
  });

  it("has a glyph for every word a chart can show: values, every month and the target's label", () => {
    const months = (year: number): StoredResult[] =>
      [0, 1, 2, 3, 4, 5].map((m) =>
        numberResult('hba1c', new Date(Date.UTC(year, m + (year % 2) * 6, 15)).toISOString(), 50 + m),
      );
    const shown = [...pictures(sixResults()), ...pictures(months(2024)), ...pictures(months(2025))]
      .flatMap((picture) => shapesOf(picture, 'text'))
      .map((shape) => shape.text);
    for (const month of ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'])
      expect(
        shown.some((text) => text.startsWith(month)),
        month,
      ).to.equal(true);
    for (const words of [
      ...shown,
      renderer.text('results.chart.target', {}, 'teams'),
      renderer.text('results.chart.range', {}, 'teams'),
    ])
      expect(canDraw(words), words).to.equal(true);
    expect(canDraw('→')).to.equal(false);
  });
});
