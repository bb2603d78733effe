/**
 * `npm run teams:package`: writes `dist/careprep-teams.zip`, the Teams app package to side-load
 * or upload: `manifest.json` with the bot's id (`MicrosoftAppId`) and the public host filled in,
 * and the two icons. `--icons` redraws `teams/color.png` (192×192) and `teams/outline.png`
 * (32×32, white on transparent). Node built-ins only: zlib for PNG and zip, a CRC-32 table here.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync, deflateSync } from 'node:zlib';
import { loadConfig } from '../bot/config';

const root = join(__dirname, '..');
const teamsDir = join(root, 'teams');
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** CRC-32 (IEEE), as PNG chunks and zip entries need. */
export function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** An RGBA PNG from a function of pixel position. */
export function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0; // filter: none
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type: string, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'ascii');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A plus sign (care) inside a ring, as a fraction of the icon: true where the mark is. */
function mark(x: number, y: number, size: number): boolean {
  const cx = (x + 0.5) / size - 0.5;
  const cy = (y + 0.5) / size - 0.5;
  const r = Math.hypot(cx, cy);
  const ring = r > 0.36 && r < 0.44;
  const plus = (Math.abs(cx) < 0.07 && Math.abs(cy) < 0.24) || (Math.abs(cy) < 0.07 && Math.abs(cx) < 0.24);
  return ring || plus;
}

/** Redraws both icons: colour (white mark on the accent colour) and outline (white on transparent). */
export function writeIcons(): void {
  const accent: [number, number, number, number] = [0x1d, 0x5e, 0x8c, 255];
  const white: [number, number, number, number] = [255, 255, 255, 255];
  writeFileSync(
    join(teamsDir, 'color.png'),
    png(192, (x, y) => (mark(x, y, 192) ? white : accent)),
  );
  writeFileSync(
    join(teamsDir, 'outline.png'),
    png(32, (x, y) => (mark(x, y, 32) ? white : [255, 255, 255, 0])),
  );
}

/** A zip archive (deflate), enough for a Teams package: flat names, no directories. */
export function zip(files: readonly { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of files) {
    const name = Buffer.from(file.name, 'utf8');
    const packed = deflateRawSync(file.data);
    const crc = crc32(file.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0, 6); // flags
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(file.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(file.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The manifest with this deployment's bot id and public host. */
export function deploymentManifest(template: string, appId: string, publicUrl: string): string {
  if (!guid.test(appId))
    throw new Error("MicrosoftAppId must be set to the Azure Bot's app id (a GUID) to package the Teams app.");
  const manifest = JSON.parse(template) as { id: string; bots: { botId: string }[]; validDomains: string[] };
  manifest.id = appId;
  for (const bot of manifest.bots) bot.botId = appId;
  manifest.validDomains = [new URL(publicUrl).host];
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Builds the package and returns where it was written. */
export function buildPackage(env: NodeJS.ProcessEnv = process.env): string {
  const config = loadConfig(env);
  const manifest = deploymentManifest(
    readFileSync(join(teamsDir, 'manifest.json'), 'utf8'),
    config.botAuth.appId,
    config.publicUrl,
  );
  const out = join(root, 'dist', 'careprep-teams.zip');
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(
    out,
    zip([
      { name: 'manifest.json', data: Buffer.from(manifest, 'utf8') },
      { name: 'color.png', data: readFileSync(join(teamsDir, 'color.png')) },
      { name: 'outline.png', data: readFileSync(join(teamsDir, 'outline.png')) },
    ]),
  );
  return out;
}

if (require.main === module) {
  if (process.argv.includes('--icons')) writeIcons();
  try {
    process.stdout.write(`${buildPackage()}\n`);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
