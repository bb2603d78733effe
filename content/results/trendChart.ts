import type { Attachment } from 'botbuilder';
import type { ChannelFamily } from '../channels';
import type { Renderer } from '../renderer';
import type { ResultSummary } from '../../plan/results/resultSummary';
import type { ResultValue } from '../../plan/results/resultSchema';
import type { ResultCatalogue } from './resultCatalogue';
import type { ResultWords } from './resultWords';

/** A result's trend as a picture: inline SVG for pages, an image attachment for web chat. */
export interface TrendChart {
  /** The SVG, labelled with its text alternative; undefined for a coded result (nothing to plot). */
  svg(summary: ResultSummary): string | undefined;
  /** What the chart shows, in words: its text alternative. */
  alt(summary: ResultSummary, family: ChannelFamily): string;
  /** The chart as a web chat image (alt text as its name); none on SMS or Teams (no SVG there). */
  attachment(summary: ResultSummary, family: ChannelFamily): Attachment | undefined;
}

const width = 360;
const height = 180;
/** The plot area; the right margin holds the target's label, clear of the latest point. */
const plot = { left: 44, right: width - 52, top: 18, bottom: height - 34 };
const colours = {
  line: '#005eb8',
  last: '#003087',
  band: '#d6e7f5',
  bandEdge: '#7fa9d3',
  text: '#212b32',
  axis: '#4c6272',
};
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'Europe/London' });

/**
 * Draws small trend charts server-side from numbers only (no typed text reaches a chart): the
 * values over time, the latest marked, and the target band that applies to this person, shaded
 * and labelled. Each chart carries its text alternative as its title and description.
 */
export function createTrendChart(catalogue: ResultCatalogue, words: ResultWords, renderer: Renderer): TrendChart {
  const alt = (summary: ResultSummary, family: ChannelFamily): string =>
    renderer.text(
      'results.chart.alt',
      { measure: words.name(summary.measure), trend: words.trend(summary, family) },
      family,
    );

  const svg = (summary: ResultSummary): string | undefined => {
    const measure = catalogue.measure(summary.measure);
    if (!measure || measure.kind === 'coded') return undefined;
    const series = seriesOf(summary.history.map((r) => r.value));
    const band = summary.target?.band;
    const edges = [band?.low, band?.high, band?.lowSecond, band?.highSecond].filter(
      (v): v is number => v !== undefined,
    );
    const all = [...series.flat(), ...edges];
    let min = Math.min(...all);
    let max = Math.max(...all);
    const pad = Math.max((max - min) * 0.15, measure.sameWithin, 1);
    min = Math.max(measure.possible.min, min - pad);
    max = max + pad;
    const y = (v: number): number => plot.bottom - ((v - min) / (max - min)) * (plot.bottom - plot.top);
    const n = summary.history.length;
    const x = (i: number): number =>
      n === 1 ? (plot.left + plot.right) / 2 : plot.left + 12 + (i * (plot.right - plot.left - 24)) / (n - 1);
    const id = `chart-${summary.measure}`;
    const parts: string[] = [];

    const label = renderer.text(measure.targetIsRange ? 'results.chart.range' : 'results.chart.target', {}, 'webchat');
    if (band && measure.kind !== 'pair') {
      const top = y(Math.min(band.high ?? max, max));
      const bottom = y(Math.max(band.low ?? min, min));
      parts.push(
        `<rect x="${plot.left}" y="${r(top)}" width="${plot.right - plot.left}" height="${r(Math.max(bottom - top, 2))}" fill="${colours.band}" stroke="${colours.bandEdge}" stroke-dasharray="4 3"/>`,
        `<text x="${plot.right + 5}" y="${r((top + bottom) / 2 + 4)}" font-size="11" fill="${colours.text}">${escape(label)}</text>`,
      );
    } else if (band) {
      const highest = Math.max(...edges);
      parts.push(
        `<text x="${plot.right + 5}" y="${r(y(highest) - 10)}" font-size="11" fill="${colours.text}">${escape(label)}</text>`,
      );
      for (const edge of [band.high, band.highSecond, band.low, band.lowSecond].filter(
        (v): v is number => v !== undefined,
      ))
        parts.push(
          `<line x1="${plot.left}" x2="${plot.right}" y1="${r(y(edge))}" y2="${r(y(edge))}" stroke="${colours.bandEdge}" stroke-width="2" stroke-dasharray="6 4"/>`,
          `<text x="${plot.right + 5}" y="${r(y(edge) + 4)}" font-size="11" fill="${colours.text}">${escape(String(edge))}</text>`,
        );
    }
    // Axes: a baseline and the lowest and highest values as y labels.
    parts.push(
      `<line x1="${plot.left}" x2="${plot.right}" y1="${plot.bottom}" y2="${plot.bottom}" stroke="${colours.axis}"/>`,
      `<text x="${plot.left - 6}" y="${r(y(max) + 4)}" text-anchor="end" font-size="11" fill="${colours.axis}">${fmt(max, measure.decimals)}</text>`,
      `<text x="${plot.left - 6}" y="${r(y(min) + 4)}" text-anchor="end" font-size="11" fill="${colours.axis}">${fmt(min, measure.decimals)}</text>`,
    );
    summary.history.forEach((result, i) =>
      parts.push(
        `<text x="${r(x(i))}" y="${height - 14}" text-anchor="middle" font-size="11" fill="${colours.axis}">${escape(monthYear.format(new Date(result.at)))}</text>`,
      ),
    );
    for (const line of series) {
      const points = line.map((v, i) => `${r(x(i))},${r(y(v))}`).join(' ');
      if (n > 1) parts.push(`<polyline points="${points}" fill="none" stroke="${colours.line}" stroke-width="2.5"/>`);
      line.forEach((v, i) => {
        const last = i === n - 1;
        parts.push(
          `<circle cx="${r(x(i))}" cy="${r(y(v))}" r="${last ? 5.5 : 4}" fill="${last ? colours.last : colours.line}"/>`,
          `<text x="${r(x(i))}" y="${r(y(v) - 9)}" text-anchor="middle" font-size="12"${last ? ' font-weight="bold"' : ''} fill="${colours.text}">${fmt(v, measure.decimals)}</text>`,
        );
      });
    }
    const title = escape(words.name(summary.measure));
    const desc = escape(alt(summary, 'webchat'));
    return (
      `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="Arial, Helvetica, sans-serif">` +
      `<title id="${id}-t">${title}</title><desc id="${id}-d">${desc}</desc>` +
      `<rect width="${width}" height="${height}" fill="#ffffff"/>${parts.join('')}</svg>`
    );
  };

  return {
    svg,
    alt,
    attachment(summary, family) {
      if (family !== 'webchat') return undefined;
      const picture = svg(summary);
      if (!picture) return undefined;
      return {
        contentType: 'image/svg+xml',
        contentUrl: `data:image/svg+xml;base64,${Buffer.from(picture).toString('base64')}`,
        name: alt(summary, family),
      };
    },
  };
}

/** The lines to draw: one for a number, two (systolic, diastolic) for a pair. */
function seriesOf(values: readonly ResultValue[]): number[][] {
  if (values.every((v) => v.kind === 'pair'))
    return [
      values.map((v) => (v.kind === 'pair' ? v.first : 0)),
      values.map((v) => (v.kind === 'pair' ? v.second : 0)),
    ];
  return [values.map((v) => (v.kind === 'number' ? v.value : 0))];
}

const r = (v: number): string => v.toFixed(1);
const fmt = (v: number, decimals: number): string => v.toFixed(decimals);

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
