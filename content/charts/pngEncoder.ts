import { crc32, deflateSync } from 'node:zlib';

/** An image of at most 256 colours: one palette index a pixel, row by row from the top left. */
export interface IndexedImage {
  width: number;
  height: number;
  /** Each colour as `0xrrggbb`. */
  palette: readonly number[];
  pixels: Uint8Array;
}

const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * Encodes an indexed image as a PNG (palette colour type, as few bits a pixel as its palette
 * needs): a chart of a dozen colours on a white ground packs into a few kilobytes, small enough
 * to travel inside a Teams card as a data URI.
 */
export function encodePng(image: IndexedImage): Buffer {
  const { width, height, palette, pixels } = image;
  if (palette.length === 0 || palette.length > 256)
    throw new Error(`A PNG palette holds 1 to 256 colours, not ${palette.length}.`);
  if (pixels.length !== width * height) throw new Error('The pixels do not fill the image.');
  const depth = palette.length <= 2 ? 1 : palette.length <= 4 ? 2 : palette.length <= 16 ? 4 : 8;
  const perByte = 8 / depth;
  const rowBytes = Math.ceil(width / perByte);
  // Each row starts with its filter type: 0 (none), which suits a few flat colours best.
  const raw = Buffer.alloc((rowBytes + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (rowBytes + 1) + 1;
    for (let x = 0; x < width; x++) {
      const shift = 8 - depth * ((x % perByte) + 1);
      raw[row + Math.floor(x / perByte)] |= pixels[y * width + x] << shift;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([depth, 3, 0, 0, 0], 8);
  const colours = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => colours.set([(rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff], i * 3));
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('PLTE', colours),
    chunk('IDAT', deflateSync(raw, { level: 9, memLevel: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A chunk: its length, type, data, and the CRC-32 of its type and data. */
function chunk(type: string, data: Buffer): Buffer {
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const out = Buffer.alloc(8 + typed.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), 4 + typed.length);
  return out;
}
