import type { ChartPicture, ChartShape } from '../../plan/chartPicture';
import type { IndexedImage } from './pngEncoder';
import { capHeight, layout } from './pixelFont';

type Point = readonly [number, number];

/**
 * Draws a chart's shapes as pixels, `scale` pixels to a unit, at the places the shapes give (the
 * SVG draws the same shapes, so both show the same scale and band). Edges are smoothed by drawing
 * `samples` x `samples` points a pixel and averaging them. Words are drawn in the pixel font, one
 * font pixel to a unit whatever their size, on whole pixels so they stay sharp; bold is struck twice.
 */
export function rasterise(picture: ChartPicture, scale: number, samples = 3): IndexedImage {
  const perUnit = scale * samples;
  const width = Math.round(picture.width * scale);
  const height = Math.round(picture.height * scale);
  const across = width * samples;
  const down = height * samples;
  const colours: number[] = [rgbOf(picture.background)];
  const grid = new Uint8Array(across * down);

  const colourId = (hex: string): number => {
    const rgb = rgbOf(hex);
    const found = colours.indexOf(rgb);
    if (found >= 0) return found;
    colours.push(rgb);
    return colours.length - 1;
  };
  /** Sets every sample whose centre is inside, looking only within the box (in units). */
  const paint = (box: Box, inside: (x: number, y: number) => boolean, id: number): void => {
    const i0 = Math.max(0, Math.floor(box.left * perUnit));
    const i1 = Math.min(across - 1, Math.ceil(box.right * perUnit));
    const j0 = Math.max(0, Math.floor(box.top * perUnit));
    const j1 = Math.min(down - 1, Math.ceil(box.bottom * perUnit));
    for (let j = j0; j <= j1; j++) {
      const y = (j + 0.5) / perUnit;
      for (let i = i0; i <= i1; i++) if (inside((i + 0.5) / perUnit, y)) grid[j * across + i] = id;
    }
  };
  /** Sets the samples whose centres fall in [left, left + w) x [top, top + h). */
  const rect = (left: number, top: number, w: number, h: number, id: number): void => {
    const first = (at: number): number => Math.max(0, Math.ceil(at * perUnit - 0.5));
    const [i0, i1] = [first(left), Math.min(across, first(left + w))];
    const [j0, j1] = [first(top), Math.min(down, first(top + h))];
    for (let j = j0; j < j1; j++) grid.fill(id, j * across + i0, j * across + Math.max(i0, i1));
  };
  const disc = (cx: number, cy: number, r: number, id: number): void =>
    paint(
      { left: cx - r, top: cy - r, right: cx + r, bottom: cy + r },
      (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r,
      id,
    );
  /** A straight stroke with square-cut ends, as SVG's default butt cap. */
  const segment = (a: Point, b: Point, w: number, id: number): void => {
    const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
    if (length === 0) return;
    const [dx, dy] = [(b[0] - a[0]) / length, (b[1] - a[1]) / length];
    const half = w / 2;
    paint(
      {
        left: Math.min(a[0], b[0]) - half,
        right: Math.max(a[0], b[0]) + half,
        top: Math.min(a[1], b[1]) - half,
        bottom: Math.max(a[1], b[1]) + half,
      },
      (x, y) => {
        const along = (x - a[0]) * dx + (y - a[1]) * dy;
        return along >= 0 && along <= length && Math.abs((x - a[0]) * dy - (y - a[1]) * dx) <= half;
      },
      id,
    );
  };
  /** A path stroked whole, or in dashes that run on round its corners as SVG's do. */
  const stroke = (points: readonly Point[], w: number, id: number, dash?: readonly number[]): void => {
    let travelled = 0;
    for (let k = 1; k < points.length; k++) {
      const [a, b] = [points[k - 1], points[k]];
      const length = Math.hypot(b[0] - a[0], b[1] - a[1]);
      if (!dash) segment(a, b, w, id);
      else
        for (const [on, off] of dashesOver(dash, travelled, travelled + length)) {
          const at = (d: number): Point => [
            a[0] + ((b[0] - a[0]) * (d - travelled)) / length,
            a[1] + ((b[1] - a[1]) * (d - travelled)) / length,
          ];
          segment(at(on), at(off), w, id);
        }
      travelled += length;
    }
  };
  const text = (shape: Extract<ChartShape, { kind: 'text' }>, id: number): void => {
    const placed = layout(shape.text);
    const start = shape.anchor === 'start' ? shape.x : shape.x - placed.width / (shape.anchor === 'middle' ? 2 : 1);
    const left = Math.round(start * scale) / scale;
    const top = Math.round((shape.y - capHeight) * scale) / scale;
    const strikes = shape.bold ? [0, 1 / scale] : [0];
    for (const { glyph, left: offset } of placed.glyphs)
      for (const [column, row] of glyph.pixels)
        for (const strike of strikes) rect(left + offset + column + strike, top + row, 1, 1, id);
  };

  for (const shape of picture.shapes) {
    switch (shape.kind) {
      case 'rect': {
        const { x, y, width: w, height: h } = shape;
        rect(x, y, w, h, colourId(shape.fill));
        if (shape.stroke)
          stroke(
            [
              [x, y],
              [x + w, y],
              [x + w, y + h],
              [x, y + h],
              [x, y],
            ],
            1,
            colourId(shape.stroke),
            shape.dash,
          );
        break;
      }
      case 'line':
        stroke(
          [
            [shape.x1, shape.y1],
            [shape.x2, shape.y2],
          ],
          shape.width,
          colourId(shape.stroke),
          shape.dash,
        );
        break;
      case 'polyline': {
        const id = colourId(shape.stroke);
        stroke(shape.points, shape.width, id);
        // Round joins, so a bend has no notch.
        for (const [x, y] of shape.points.slice(1, -1)) disc(x, y, shape.width / 2, id);
        break;
      }
      case 'circle':
        disc(shape.cx, shape.cy, shape.r, colourId(shape.fill));
        break;
      case 'text':
        text(shape, colourId(shape.fill));
        break;
    }
  }
  return downsample(grid, colours, width, height, samples);
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The dashes (from, to) of a repeating on/off pattern that fall between two distances along a path. */
function dashesOver(pattern: readonly number[], from: number, to: number): [number, number][] {
  const lengths = pattern.length % 2 === 0 ? pattern : [...pattern, ...pattern];
  const period = lengths.reduce((sum, l) => sum + l, 0);
  const dashes: [number, number][] = [];
  for (let start = Math.floor(from / period) * period; start < to; start += period) {
    let at = start;
    lengths.forEach((length, i) => {
      if (i % 2 === 0) {
        const [a, b] = [Math.max(at, from), Math.min(at + length, to)];
        if (b > a) dashes.push([a, b]);
      }
      at += length;
    });
  }
  return dashes;
}

/**
 * Each pixel the average of its samples. A pixel of one colour keeps it; an edge gets a blend,
 * and blends are few (a handful of colours meet), so the palette stays within 256; should it
 * not, a blend takes the nearest colour already in it.
 */
function downsample(
  grid: Uint8Array,
  colours: readonly number[],
  width: number,
  height: number,
  samples: number,
): IndexedImage {
  const across = width * samples;
  const palette: number[] = [];
  const indexOf = new Map<number, number>();
  const pixels = new Uint8Array(width * height);
  const count = samples * samples;
  for (let py = 0; py < height; py++)
    for (let px = 0; px < width; px++) {
      const corner = py * samples * across + px * samples;
      let r = 0;
      let g = 0;
      let b = 0;
      let same = true;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const id = grid[corner + sy * across + sx];
          same &&= id === grid[corner];
          const rgb = colours[id];
          r += (rgb >> 16) & 0xff;
          g += (rgb >> 8) & 0xff;
          b += rgb & 0xff;
        }
      const rgb = same
        ? colours[grid[corner]]
        : (Math.round(r / count) << 16) | (Math.round(g / count) << 8) | Math.round(b / count);
      let index = indexOf.get(rgb);
      if (index === undefined) {
        if (palette.length < 256) {
          index = palette.push(rgb) - 1;
          indexOf.set(rgb, index);
        } else index = nearest(palette, rgb);
      }
      pixels[py * width + px] = index;
    }
  return { width, height, palette, pixels };
}

function nearest(palette: readonly number[], rgb: number): number {
  const distance = (a: number): number =>
    (((a >> 16) & 0xff) - ((rgb >> 16) & 0xff)) ** 2 +
    (((a >> 8) & 0xff) - ((rgb >> 8) & 0xff)) ** 2 +
    ((a & 0xff) - (rgb & 0xff)) ** 2;
  return palette.reduce((best, colour, i) => (distance(colour) < distance(palette[best]) ? i : best), 0);
}

function rgbOf(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex);
  if (!match) throw new Error(`A chart colour is #rrggbb, not ${hex}.`);
  return parseInt(match[1], 16);
}
