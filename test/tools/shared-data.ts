// Where the shared evaluation data lives. It stays outside the project (../shared beside the
// checkout, as on developers' machines and in CI); QUOTE_LENS_SHARED overrides the location.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** The shared data folder, or null when it is not there (callers say so and skip). */
export function sharedDir(): string | null {
  const dir = process.env.QUOTE_LENS_SHARED ?? path.resolve(process.cwd(), '..', 'shared');
  return fs.existsSync(dir) ? dir : null;
}

/** Reads a JSON Lines file from the shared folder; null when the folder or file is absent. */
export function readSharedJsonl<T>(relative: string): T[] | null {
  const dir = sharedDir();
  if (!dir) return null;
  const file = path.join(dir, relative);
  if (!fs.existsSync(file)) return null;
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);
}

/** The message every script prints when the data is missing, so nobody mistakes a skip for a pass. */
export const SHARED_MISSING =
  'shared evaluation data not found (expected ../shared beside the checkout, or set QUOTE_LENS_SHARED): skipped';

/** For tests: a path inside the shared folder, or an error that fails the test file. Tests never
 * skip on missing data: CI has it, and a skipped check passes unseen. */
export function sharedPathOrFail(...relative: string[]): string {
  const dir = sharedDir();
  const file = dir ? path.join(dir, ...relative) : null;
  if (!file || !fs.existsSync(file)) {
    throw new Error(
      `${path.join('shared', ...relative)} not found (expected ../shared beside the checkout, or set QUOTE_LENS_SHARED)`,
    );
  }
  return file;
}
