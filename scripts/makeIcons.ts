/**
 * Draws the add-in's icons (a green rounded square with a white check mark) as PNG files in
 * addin/assets: icon-16/32/64/80.png. Run once after changing the drawing: `tsx scripts/makeIcons.ts`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80] as const;
const GREEN: Rgb = [16, 124, 65];
const WHITE: Rgb = [255, 255, 255];
/** Samples per pixel side: edges come out smooth without a drawing library. */
const SUPERSAMPLE = 4;

type Rgb = [number, number, number];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function computeCrc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function buildChunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(computeCrc32(typed), 8 + data.length);
  return out;
}

/** RGBA pixels (row by row) → PNG bytes: 8-bit RGBA, no interlace, filter 0 on every row. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, buildChunk("IHDR", header), buildChunk("IDAT", deflateSync(raw, { level: 9 })), buildChunk("IEND", new Uint8Array())]);
}

function isInsideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function measureDistanceToSegment(x: number, y: number, [ax, ay]: [number, number], [bx, by]: [number, number]): number {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The icon at `size` pixels, in a unit square: background coverage and check-mark coverage per pixel. */
export function drawIcon(size: number): Uint8Array {
  const check: [number, number][] = [[0.25, 0.53], [0.43, 0.7], [0.76, 0.32]];
  const stroke = size <= 16 ? 0.075 : 0.06;
  const rgba = new Uint8Array(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let inside = 0;
      let mark = 0;
      for (let sy = 0; sy < SUPERSAMPLE; sy++) {
        for (let sx = 0; sx < SUPERSAMPLE; sx++) {
          const x = (px + (sx + 0.5) / SUPERSAMPLE) / size;
          const y = (py + (sy + 0.5) / SUPERSAMPLE) / size;
          if (!isInsideRoundedSquare(x, y, 0.2)) continue;
          inside += 1;
          const d = Math.min(measureDistanceToSegment(x, y, check[0] as [number, number], check[1] as [number, number]), measureDistanceToSegment(x, y, check[1] as [number, number], check[2] as [number, number]));
          if (d <= stroke) mark += 1;
        }
      }
      const samples = SUPERSAMPLE * SUPERSAMPLE;
      const share = inside === 0 ? 0 : mark / inside;
      const offset = (py * size + px) * 4;
      for (let i = 0; i < 3; i++) rgba[offset + i] = Math.round((GREEN[i] ?? 0) * (1 - share) + (WHITE[i] ?? 0) * share);
      rgba[offset + 3] = Math.round((inside / samples) * 255);
    }
  }
  return rgba;
}

export function writeIcons(folder: string): string[] {
  mkdirSync(folder, { recursive: true });
  return SIZES.map((size) => {
    const file = join(folder, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    return file;
  });
}

if (require.main === module) {
  for (const file of writeIcons(join(__dirname, "..", "addin", "assets"))) console.log(`Đã vẽ ${file}`);
}
