import type { ChartPicture, ChartShape } from '../../plan/chartPicture';

/**
 * A chart as SVG for pages and web chat: its shapes in order over its background, with its title
 * and text alternative as the image's accessible name and description.
 */
export function chartSvg(picture: ChartPicture): string {
  const { id, width, height } = picture;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d" font-family="Arial, Helvetica, sans-serif">` +
    `<title id="${id}-t">${escape(picture.title)}</title><desc id="${id}-d">${escape(picture.description)}</desc>` +
    `<rect width="${width}" height="${height}" fill="${picture.background}"/>${picture.shapes.map(element).join('')}</svg>`
  );
}

function element(shape: ChartShape): string {
  switch (shape.kind) {
    case 'rect':
      return `<rect x="${n(shape.x)}" y="${n(shape.y)}" width="${n(shape.width)}" height="${n(shape.height)}" fill="${shape.fill}"${shape.stroke ? ` stroke="${shape.stroke}"` : ''}${dash(shape.dash)}/>`;
    case 'line':
      return `<line x1="${n(shape.x1)}" x2="${n(shape.x2)}" y1="${n(shape.y1)}" y2="${n(shape.y2)}" stroke="${shape.stroke}"${shape.width === 1 ? '' : ` stroke-width="${n(shape.width)}"`}${dash(shape.dash)}/>`;
    case 'polyline':
      return `<polyline points="${shape.points.map(([x, y]) => `${n(x)},${n(y)}`).join(' ')}" fill="none" stroke="${shape.stroke}" stroke-width="${n(shape.width)}"/>`;
    case 'circle':
      return `<circle cx="${n(shape.cx)}" cy="${n(shape.cy)}" r="${n(shape.r)}" fill="${shape.fill}"/>`;
    case 'text':
      return `<text x="${n(shape.x)}" y="${n(shape.y)}"${shape.anchor === 'start' ? '' : ` text-anchor="${shape.anchor}"`} font-size="${shape.size}"${shape.bold ? ' font-weight="bold"' : ''} fill="${shape.fill}">${escape(shape.text)}</text>`;
  }
}

/** A coordinate to a tenth of a unit, finer than a pixel at any size the chart is shown. */
const n = (v: number): string => String(Math.round(v * 10) / 10);
const dash = (lengths?: readonly number[]): string => (lengths ? ` stroke-dasharray="${lengths.join(' ')}"` : '');

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
