// The store zips' deflate encoder (deflate.mjs) must give back, through zlib's inflate, exactly the
// bytes it was given, for any input (empty, tiny, one byte repeated, incompressible, text with
// long and short repeats), and never be larger than zlib's level 9.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

test('deflateSmall round-trips through zlib and is never larger than zlib level 9', () => {
  const script = `
    import zlib from 'node:zlib';
    import fs from 'node:fs';
    import { deflateSmall } from './deflate.mjs';
    let seed = 7;
    const random = (n) => Buffer.from(Array.from({ length: n }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 255));
    const words = 'the said minister told reporters that a quote was not a claim'.split(' ');
    const text = Array.from({ length: 9000 }, (_, i) => words[(i * 7 + (i >> 5)) % words.length]).join(' ');
    const inputs = {
      empty: Buffer.alloc(0),
      one: Buffer.from('x'),
      short: Buffer.from('abcabcabcabc'),
      run: Buffer.alloc(100000, 97),
      random: random(70000),
      text: Buffer.from(text),
      source: fs.readFileSync('deflate.mjs'),
      mixed: Buffer.concat([random(5000), Buffer.from(text), Buffer.alloc(40000, 32), random(300), Buffer.from(text)]),
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
  expect(Object.keys(result)).toHaveLength(8);
}, 120_000);
