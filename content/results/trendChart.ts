import type { Attachment } from 'botbuilder';
import type { ChartPicture, ChartShape } from '../../plan/chartPicture';
import type { ResultSummary } from '../../plan/results/resultSummary';
import type { ResultValue } from '../../plan/results/resultSchema';
import { chartSvg } from '../charts/chartSvg';
import { familyLooks, type ChannelFamily } from '../channels';
import { plainText } from '../escape';
import type { Renderer } from '../renderer';
import type { ResultCatalogue } from './resultCatalogue';
import type { ResultWords } from './resultWords';

/** A result's trend as a picture: shapes every surface draws alike, SVG for web chat. */
export interface TrendChart {
  /** The chart, labelled with its text alternative; undefined for a coded result (nothing to plot). */
  picture(summary: ResultSummary): ChartPicture | undefined;
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
  background: '#ffffff',
};
type TextShape = Extract<ChartShape, { kind: 'text' }>;
const monthYear = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'Europe/London' });

/**
 * Draws small trend charts server-side from numbers only (no typed text reaches a chart): the
 * values over time, the latest marked, and the target band that applies to this person, shaded
 * and labelled. Each chart carries its text alternative as its title and description.
 */
export function createTrendChart(catalogue: ResultCatalogue, words: ResultWords, renderer: Renderer): TrendChart {
  // Read aloud or shown as words, never as markdown: without the escapes rendering adds.
  const alt = (summary: ResultSummary, family: ChannelFamily): string =>
    plainText(
      renderer.text(
        'results.chart.alt',
        { measure: words.name(summary.measure), trend: words.trend(summary, family) },
        family,
      ),
    );

  const picture = (summary: ResultSummary): ChartPicture | undefined => {
    const measure = catalogue.measure(summary.measure);
    if (!measure || measure.kind === 'coded') return undefined;
    const series = seriesOf(summary.history.map((r) => r.value));
    const band = summary.target?.band;
    // A target that changes at an age not known (blood pressure from 80): the lines of both are drawn.
    const older = summary.target?.fromAge?.band;
    const edges = [
      ...new Set(
        [band, older].flatMap((b) => [b?.high, b?.highSecond, b?.low, b?.lowSecond]).filter((v) => v !== undefined),
      ),
    ];
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
    const text = (at: { x: number; y: number }, value: string, extra: Partial<TextShape> = {}): TextShape => ({
      kind: 'text',
      ...at,
      text: value,
      size: 11,
      anchor: 'start',
      fill: colours.text,
      ...extra,
    });
    const shapes: ChartShape[] = [];

    const label = renderer.text(measure.targetIsRange ? 'results.chart.range' : 'results.chart.target', {}, 'webchat');
    if (band && measure.kind !== 'pair') {
      const top = y(Math.min(band.high ?? max, max));
      const bottom = y(Math.max(band.low ?? min, min));
      shapes.push(
        {
          kind: 'rect',
          x: plot.left,
          y: top,
          width: plot.right - plot.left,
          height: Math.max(bottom - top, 2),
          fill: colours.band,
          stroke: colours.bandEdge,
          dash: [4, 3],
        },
        text({ x: plot.right + 5, y: (top + bottom) / 2 + 4 }, label),
      );
    } else if (band) {
      shapes.push(text({ x: plot.right + 5, y: y(Math.max(...edges)) - 10 }, label));
      for (const edge of edges)
        shapes.push(
          {
            kind: 'line',
            x1: plot.left,
            x2: plot.right,
            y1: y(edge),
            y2: y(edge),
            stroke: colours.bandEdge,
            width: 2,
            dash: [6, 4],
          },
          text({ x: plot.right + 5, y: y(edge) + 4 }, String(edge)),
        );
    }
    // Axes: a baseline and the lowest and highest values as y labels.
    const yLabel = { anchor: 'end', fill: colours.axis } as const;
    shapes.push(
      { kind: 'line', x1: plot.left, x2: plot.right, y1: plot.bottom, y2: plot.bottom, stroke: colours.axis, width: 1 },
      text({ x: plot.left - 6, y: y(max) + 4 }, fmt(max, measure.decimals), yLabel),
      text({ x: plot.left - 6, y: y(min) + 4 }, fmt(min, measure.decimals), yLabel),
    );
    summary.history.forEach((result, i) =>
      shapes.push(
        text({ x: x(i), y: height - 14 }, monthYear.format(new Date(result.at)), {
          anchor: 'middle',
          fill: colours.axis,
        }),
      ),
    );
    for (const line of series) {
      if (n > 1)
        shapes.push({ kind: 'polyline', points: line.map((v, i) => [x(i), y(v)]), stroke: colours.line, width: 2.5 });
      line.forEach((v, i) => {
        const last = i === n - 1;
        shapes.push(
          { kind: 'circle', cx: x(i), cy: y(v), r: last ? 5.5 : 4, fill: last ? colours.last : colours.line },
          text({ x: x(i), y: y(v) - 9 }, fmt(v, measure.decimals), {
            size: 12,
            anchor: 'middle',
            ...(last ? { bold: true } : {}),
          }),
        );
      });
    }
    return {
      id: `chart-${summary.measure}`,
      width,
      height,
      background: colours.background,
      title: words.name(summary.measure),
      description: alt(summary, 'webchat'),
      shapes,
    };
  };

  return {
    picture,
    alt,
    attachment(summary, family) {
      if (!familyLooks[family].svgImages) return undefined;
      const drawn = picture(summary);
      if (!drawn) return undefined;
      return {
        contentType: 'image/svg+xml',
        contentUrl: `data:image/svg+xml;base64,${Buffer.from(chartSvg(drawn)).toString('base64')}`,
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

const fmt = (v: number, decimals: number): string => v.toFixed(decimals);
