import { crc32, inflateSync } from 'node:zlib';

/** A decoded palette PNG: its palette and one palette index a pixel, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  bitDepth: number;
  palette: number[];
  pixels: Uint8Array;
  /** The colour at a pixel as `#rrggbb`. */
  colourAt(x: number, y: number): string;
}

/**
 * A small PNG reader for tests, written apart from the encoder so each checks the other: it reads
 * palette images only (colour type 3, no interlace), checks the signature and every chunk's
 * CRC-32, and undoes all five row filters.
 */
export function decodePng(png: Buffer): DecodedPng {
  const signature = '89504e470d0a1a0a';
  if (png.subarray(0, 8).toString('hex') !== signature) throw new Error('not a PNG signature');
  let offset = 8;
  let header: Buffer | undefined;
  let palette: number[] = [];
  const data: Buffer[] = [];
  let ended = false;
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.subarray(offset + 4, offset + 8).toString('latin1');
    const body = png.subarray(offset + 8, offset + 8 + length);
    const crc = png.readUInt32BE(offset + 8 + length);
    if (crc32(png.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') header = body;
    else if (type === 'PLTE')
      palette = Array.from(
        { length: length / 3 },
        (_, i) => (body[i * 3] << 16) | (body[i * 3 + 1] << 8) | body[i * 3 + 2],
      );
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!header || !ended || data.length === 0) throw new Error('missing IHDR, IDAT or IEND');
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  const [bitDepth, colourType, , , interlace] = header.subarray(8, 13);
  if (colourType !== 3 || interlace !== 0) throw new Error(`colour type ${colourType}, interlace ${interlace}`);
  const raw = inflateSync(Buffer.concat(data));
  const rowBytes = Math.ceil((width * bitDepth) / 8);
  if (raw.length !== (rowBytes + 1) * height) throw new Error(`image data is ${raw.length} bytes`);
  const rows: Buffer[] = [];
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (rowBytes + 1)];
    const row = Buffer.from(raw.subarray(y * (rowBytes + 1) + 1, (y + 1) * (rowBytes + 1)));
    const above = rows[y - 1] ?? Buffer.alloc(rowBytes);
    for (let i = 0; i < rowBytes; i++) {
      const left = i > 0 ? row[i - 1] : 0;
      const upLeft = i > 0 ? above[i - 1] : 0;
      const predictor = [0, left, above[i], (left + above[i]) >> 1, paeth(left, above[i], upLeft)][filter];
      if (predictor === undefined) throw new Error(`row ${y}: filter ${filter}`);
      row[i] = (row[i] + predictor) & 0xff;
    }
    rows.push(row);
  }
  const pixels = new Uint8Array(width * height);
  const perByte = 8 / bitDepth;
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const byte = rows[y][Math.floor(x / perByte)];
      const index = (byte >> (8 - bitDepth * ((x % perByte) + 1))) & ((1 << bitDepth) - 1);
      if (index >= palette.length) throw new Error(`pixel ${x},${y}: index ${index} outside the palette`);
      pixels[y * width + x] = index;
    }
  return {
    width,
    height,
    bitDepth,
    palette,
    pixels,
    colourAt: (x, y) => `#${palette[pixels[y * width + x]].toString(16).padStart(6, '0')}`,
  };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const [pa, pb, pc] = [Math.abs(p - a), Math.abs(p - b), Math.abs(p - c)];
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}
