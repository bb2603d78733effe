/**
 * A chart the service draws (a result's trend), as shapes on a fixed grid of units rather than
 * as SVG or pixels. Every surface draws the same shapes at the same places (SVG on pages, PNG in
 * Teams), so the scale, the target band and the latest point cannot differ between them.
 * Coordinates are in units from the top left; a line's `dash` is its on and off lengths in units.
 */
export type ChartShape =
  | {
      kind: 'rect';
      x: number;
      y: number;
      width: number;
      height: number;
      fill: string;
      stroke?: string;
      dash?: readonly number[];
    }
  | {
      kind: 'line';
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      stroke: string;
      width: number;
      dash?: readonly number[];
    }
  | { kind: 'polyline'; points: readonly (readonly [number, number])[]; stroke: string; width: number }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill: string }
  | {
      kind: 'text';
      x: number;
      /** The baseline. */
      y: number;
      text: string;
      size: number;
      anchor: 'start' | 'middle' | 'end';
      bold?: true;
      fill: string;
    };

/** Colours are `#rrggbb`. */
export interface ChartPicture {
  /** Unique on a page: the SVG's title and description are found by it. */
  id: string;
  width: number;
  height: number;
  background: string;
  /** Its name ("HbA1c"). */
  title: string;
  /** Its text alternative: what it shows, in words. */
  description: string;
  /** Drawn in order, later over earlier. */
  shapes: ChartShape[];
}
