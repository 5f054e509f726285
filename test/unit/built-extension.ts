// The built extension as the stores receive it, for the tests that read the shipped files (size
// budgets, no network). `npm test` runs the unit tests before `npm run build`, so the tests build
// first; jest runs test files in parallel and other work may build too, so the build runs under a
// lock and its output is copied to a private snapshot before anyone else can rebuild over it.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The repository root (this file is test/unit/built-extension.ts). */
export const ROOT = path.resolve(__dirname, '..', '..');
/** The browsers build.mjs writes, each to dist/<browser> and a zip. */
export const BROWSERS = ['chrome', 'firefox'] as const;
/** The name a built file ships under (build.mjs writes "content.js" as "c.js" and so on, from
 * src/build/shipped-names.json); a name not listed there ships as it is. */
export function shippedName(file: string): string {
  const names = JSON.parse(fs.readFileSync(path.join(ROOT, 'src/build/shipped-names.json'), 'utf8')) as Record<
    string,
    string
  >;
  return names[file] ?? file;
}
/** Serialises builds between test files (and anyone else who takes the same lock). */
const BUILD_LOCK = path.join(os.tmpdir(), 'quote-lens-build.lock');

export interface BuiltExtension {
  /** Snapshot directory holding chrome/, firefox/ and the zips. */
  dir: string;
  /** Paths of the two store zips in the snapshot. */
  zips: Record<(typeof BROWSERS)[number], string>;
  /** The command-line tool (dist/cli.js) in the snapshot. */
  cli: string;
  /** Removes the snapshot. */
  dispose(): void;
}

/** Runs `node build.mjs` and snapshots its output; throws with the build's own error text. */
export function buildExtension(): BuiltExtension {
  const version = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-lens-dist-'));
  const zipNames = BROWSERS.map((b) => `quote-lens-${b}-${version}.zip`);
  const script = [
    'node build.mjs 1>&2',
    ...BROWSERS.map((b) => `cp -R "dist/${b}" "${dir}/${b}"`),
    ...zipNames.map((z) => `cp "dist/${z}" "${dir}/${z}"`),
    `cp dist/cli.js "${dir}/cli.js"`,
  ].join(' && ');
  const hasFlock = spawnSync('flock', ['--version'], { stdio: 'ignore' }).status === 0;
  const [cmd, args] = hasFlock ? ['flock', [BUILD_LOCK, 'sh', '-c', script]] : ['sh', ['-c', script]];
  try {
    execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], timeout: 120_000 });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    const stderr = (e as { stderr?: Buffer }).stderr?.toString() ?? '';
    throw new Error(`node build.mjs failed; run \`npm run build\` to see why.\n${stderr}`, { cause: e });
  }
  return {
    dir,
    zips: { chrome: path.join(dir, zipNames[0]!), firefox: path.join(dir, zipNames[1]!) },
    cli: path.join(dir, 'cli.js'),
    dispose: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}
