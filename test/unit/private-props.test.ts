// The names build.mjs renames short in the bundles (ENGINE_PRIVATE_PROPS in the background's,
// PAGE_PRIVATE_PROPS in the content script's) must be none of what crosses a bundle's edge: a
// field of the engine's output, of a message, a setting or a stored correction. Renamed there,
// the other side would read nothing, without a type error or a failing engine test.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

/** The property names declared or written in a source file ("name:" or "name?:"), its comments
 * left out. */
function fieldsOf(file: string): Set<string> {
  const code = fs.readFileSync(path.join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
  return new Set([...code.matchAll(/\b([A-Za-z_$][\w$]*)\??:/g)].map((m) => m[1]!));
}

test('no renamed private property is a field of the output, a message, a setting or a correction', () => {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `import { ENGINE_PRIVATE_PROPS, PAGE_PRIVATE_PROPS } from './build.mjs';
       const names = (re) => re.source.replace(/^\\^\\(\\?:|\\)\\$$/g, '').split('|');
       console.log(JSON.stringify([...names(ENGINE_PRIVATE_PROPS), ...names(PAGE_PRIVATE_PROPS)]));`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  expect(run.stderr).toBe('');
  const renamed = JSON.parse(run.stdout.trim().split('\n').pop()!) as string[];
  expect(renamed.length).toBeGreaterThan(100);
  const crossing = new Set(
    [
      'src/engine/types.ts',
      'src/shared/messages.ts',
      'src/shared/settings.ts',
      'src/shared/corrections.ts',
      'src/shared/corrections-store.ts',
    ].flatMap((file) => [...fieldsOf(file)]),
  );
  expect(renamed.filter((name) => crossing.has(name))).toEqual([]);
});
