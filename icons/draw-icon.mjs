// The icon's source: a magnifying lens over a pair of quotation marks, drawn from signed
// distance functions so every size is rendered crisply from the same geometry (no image tools
// needed on a fresh machine). `node icons/draw-icon.mjs` rewrites icons/icon-*.png.
import { crc32, deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

// Two sizes only: the browsers scale the toolbar's 16 px icon from the 32 (the same geometry, each
// pixel then from 8x8 samples instead of 4x4) and the 48 px one of the add-ons pages from the 128.
// The two sizes left out were 1.1 KB of each store zip, which must stay under 200 KB.
const SIZES = [32, 128];
const BACKGROUND = [31, 58, 95]; // deep ink blue
const LENS = [255, 255, 255];
const MARKS = [255, 196, 0]; // highlighter yellow

const circle = (x, y, cx, cy, r) => Math.hypot(x - cx, y - cy) - r;
function capsule(x, y, ax, ay, bx, by, r) {
  const px = x - ax,
    py = y - ay,
    dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - dx * t, py - dy * t) - r;
}
function roundedSquare(x, y, half, radius) {
  const qx = Math.abs(x - 0.5) - half + radius,
    qy = Math.abs(y - 0.5) - half + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}
// One quotation mark: a round head with a tail curling down-left.
const mark = (x, y, cx, cy) =>
  Math.min(circle(x, y, cx, cy, 0.075), capsule(x, y, cx + 0.03, cy + 0.01, cx - 0.05, cy + 0.13, 0.03));

/** Colour layers from bottom to top, each with its distance function. */
const layers = [
  [BACKGROUND, (x, y) => roundedSquare(x, y, 0.5, 0.18)],
  [LENS, (x, y) => Math.abs(circle(x, y, 0.42, 0.42, 0.26)) - 0.055],
  [LENS, (x, y) => capsule(x, y, 0.62, 0.62, 0.84, 0.84, 0.075)],
  [MARKS, (x, y) => Math.min(mark(x, y, 0.35, 0.38), mark(x, y, 0.52, 0.38))],
];

function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4; // supersampling per axis for anti-aliasing
  for (let py = 0; py < size; py++)
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0;
      for (let sy = 0; sy < samples; sy++)
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size,
            y = (py + (sy + 0.5) / samples) / size;
          let colour = null;
          for (const [c, sdf] of layers) if (sdf(x, y) <= 0) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 255;
          }
        }
      const n = samples * samples,
        covered = a / 255,
        i = (py * size + px) * 4;
      rgba[i] = covered ? r / covered : 0;
      rgba[i + 1] = covered ? g / covered : 0;
      rgba[i + 2] = covered ? b / covered : 0;
      rgba[i + 3] = a / n;
    }
  return encodePng(size, rgba);
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8;
  header[9] = 6; // 8-bit RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const dir = path.dirname(fileURLToPath(import.meta.url));
for (const size of SIZES) writeFileSync(path.join(dir, `icon-${size}.png`), render(size));
console.log(`icons: wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')}`);
