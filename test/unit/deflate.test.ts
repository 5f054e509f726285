// The store zips' deflate encoder (src/build/deflate.mjs) must give back, through zlib's inflate, exactly the
// bytes it was given, for any input (empty, tiny, one byte repeated, incompressible, text with
// long and short repeats), and never be larger than zlib's level 9.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('deflateSmall round-trips through zlib and is never larger than zlib level 9', () => {
  const script = `
    import zlib from 'node:zlib';
    import fs from 'node:fs';
    import { deflateSmall } from './src/build/deflate.mjs';
    let seed = 7;
    const random = (n) => Buffer.from(Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255));
    const words = 'the said minister told reporters that a quote was not a claim'.split(' ');
    const phrasePool = Array.from({ length: 1500 }, () => random(20));
    const text = Array.from({ length: 9000 }, (_, i) => words[(i * 7 + (i >> 5)) % words.length]).join(' ');
    const inputs = {
      empty: Buffer.alloc(0),
      one: Buffer.from('x'),
      short: Buffer.from('abcabcabcabc'),
      run: Buffer.alloc(100000, 97),
      random: random(70000),
      text: Buffer.from(text),
      source: fs.readFileSync('src/build/deflate.mjs'),
      mixed: Buffer.concat([random(5000), Buffer.from(text), Buffer.alloc(40000, 32), random(300), Buffer.from(text)]),
      // Phrases repeated at every distance up to the window's, cut short at random: each length has
      // matches in several distance codes, the nearest not always the cheapest.
      phrases: Buffer.concat(Array.from({ length: 6000 }, (_, i) => {
        const phrase = phrasePool[(i * 7919 + (i >> 3)) % phrasePool.length];
        return Buffer.concat([phrase.subarray(0, 3 + (i % 17)), random(i % 4)]);
      })),
      // Every byte value, each about as often as its value: near counts that even out into runs.
      ramp: Buffer.from(Array.from({ length: 256 * 128 }, (_, i) => Math.floor(Math.sqrt(2 * (i * 40503 % 32768))) & 255)),
    };
    const result = {};
    for (const [name, data] of Object.entries(inputs)) {
      const out = deflateSmall(data);
      result[name] = {
        same: zlib.inflateRawSync(out).equals(data),
        notLarger: out.length <= zlib.deflateRawSync(data, { level: 9 }).length,
      };
    }
    console.log(JSON.stringify(result));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, object>;
  for (const [name, checks] of Object.entries(result))
    expect([name, checks]).toEqual([name, { same: true, notLarger: true }]);
  expect(Object.keys(result)).toHaveLength(10);
}, 120_000);

test('smallerPng gives the icons the same pixels in fewer bytes, and leaves other files alone', () => {
  const script = `
    import zlib from 'node:zlib';
    import fs from 'node:fs';
    import { smallerPng } from './src/build/deflate.mjs';
    // Decodes an 8-bit PNG, RGBA or palette (with tRNS), whose rows are all unfiltered, to RGBA.
    const rgba = (png) => {
      const chunks = {};
      const idat = [];
      for (let p = 8; p < png.length; ) {
        const n = png.readUInt32BE(p);
        const type = png.toString('latin1', p + 4, p + 8);
        const body = png.subarray(p + 8, p + 8 + n);
        if (zlib.crc32(png.subarray(p + 4, p + 8 + n)) !== png.readUInt32BE(p + 8 + n)) throw new Error('crc');
        if (type === 'IDAT') idat.push(body);
        else chunks[type] = body;
        p += 12 + n;
      }
      const width = chunks.IHDR.readUInt32BE(0);
      const type = chunks.IHDR[9];
      const raw = zlib.inflateSync(Buffer.concat(idat));
      const bpp = type === 6 ? 4 : 1;
      const out = [];
      for (let y = 0; y * (width * bpp + 1) < raw.length; y++) {
        const row = raw.subarray(y * (width * bpp + 1), (y + 1) * (width * bpp + 1));
        if (row[0] !== 0) throw new Error('filtered row');
        for (let x = 0; x < width; x++) {
          if (type === 6) out.push(...row.subarray(1 + 4 * x, 5 + 4 * x));
          else {
            const i = row[1 + x];
            out.push(...chunks.PLTE.subarray(3 * i, 3 * i + 3), i < (chunks.tRNS?.length ?? 0) ? chunks.tRNS[i] : 255);
          }
        }
      }
      return Buffer.from(out);
    };
    const result = {};
    for (const name of fs.readdirSync('icons').filter((f) => f.endsWith('.png'))) {
      const png = fs.readFileSync('icons/' + name);
      const small = smallerPng(png);
      result[name] = { smaller: small.length < png.length, samePixels: rgba(small).equals(rgba(png)) };
    }
    const notPng = Buffer.from('not a png at all, not a png at all');
    result.other = { same: smallerPng(notPng) === notPng };
    console.log(JSON.stringify(result));
  `;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as Record<string, object>;
  expect(result).toEqual({
    'icon-128.png': { smaller: true, samePixels: true },
    'icon-32.png': { smaller: true, samePixels: true },
    other: { same: true },
  });
}, 120_000);
