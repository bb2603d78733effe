import type { ChartPicture } from '../../plan/chartPicture';
import { rasterise } from './chartRaster';
import { encodePng } from './pngEncoder';

/** Pixels to a unit of the chart: sharp on a high-density screen, and still a few kilobytes. */
export const chartPngScale = 2;

/** A chart as a PNG, for where SVG is not shown (a Teams card). */
export function chartPng(picture: ChartPicture): Buffer {
  return encodePng(rasterise(picture, chartPngScale));
}

/** The PNG as a `data:` URI, to travel inside a card. */
export function chartPngDataUri(picture: ChartPicture): string {
  return `data:image/png;base64,${chartPng(picture).toString('base64')}`;
}
