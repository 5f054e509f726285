// build.mjs's splitStringArrays writes an array literal of plain strings as one string split on
// spaces in the shipped bundles: the same array, built each time as the literal was; arrays it
// cannot write so are left as they are.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The code as splitStringArrays rewrites it (SPLIT_MIN strings or more). */
function split(code: string): string {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { splitStringArrays } from './build.mjs';
       process.stdout.write(JSON.stringify(splitStringArrays(${JSON.stringify(code)}, { module: false })));`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  return JSON.parse(run.stdout) as string;
}

test('an array of plain strings ships as one string split on spaces, and makes the same array', () => {
  const code = 'f=()=>["said","told","added","Ada’s","a.m."]';
  const out = split(code);
  expect(out).toBe('f=()=>"said told added Ada’s a.m.".split(" ")');
  const before = new Function(`let f;${code};return f`)() as () => string[];
  const after = new Function(`let f;${out};return f`)() as () => string[];
  expect(after()).toEqual(before());
  // A new array on every evaluation, as the literal gave.
  expect(after()).not.toBe(after());
});

test('arrays it cannot write so, or too short to pay, are left alone', () => {
  for (const code of [
    'x=["a b","c","d","e","f"]', // a space inside a string
    'x=["","c","d","e","f"]', // an empty string
    'x=["a","c",1,"e","f"]', // not all strings
    'x=["a","c",,"e","f"]', // a hole
    'x=["a","c",...y,"f"]', // a spread
    'x=["a","b"]', // too few
  ])
    expect(split(code)).toBe(code);
});
