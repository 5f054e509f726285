// A doc comment describes the declaration right below it. When a constant is inserted between a
// function and its doc comment, the comment is left describing the wrong thing, and two doc comments
// stand back to back: editors then show the function without its explanation, the constant with
// the function's. This finds such pairs in every source file.
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(?:ts|tsx|mjs)$/.test(entry.name) && !entry.name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

/** Lines (1-based) where a doc comment opens right after another one closed, no code between. */
function orphanedDocComments(source: string): number[] {
  const lines = source.split('\n');
  const out: number[] = [];
  let inDoc = false;
  let lastWasDocEnd = false;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (!inDoc && t.startsWith('/**')) {
      if (lastWasDocEnd) out.push(i + 1);
      inDoc = true;
    }
    if (inDoc) {
      if (t.includes('*/')) {
        inDoc = false;
        lastWasDocEnd = true;
      }
      return;
    }
    lastWasDocEnd = false;
  });
  return out;
}

test('the finder sees two doc comments back to back, and not a comment above its declaration', () => {
  expect(orphanedDocComments('/** A. */\n/** B. */\nconst b = 1;\n')).toEqual([2]);
  expect(orphanedDocComments('/** A,\n * on two lines. */\n/** B. */\nconst b = 1;\n')).toEqual([3]);
  expect(orphanedDocComments('/** A. */\nconst a = 1;\n/** B. */\nconst b = 1;\n')).toEqual([]);
});

test('no doc comment in src/, build.mjs or the tools is cut off from its declaration', () => {
  const files = [
    ...sourceFiles(path.join(ROOT, 'src')),
    ...sourceFiles(path.join(ROOT, 'test', 'tools')),
    path.join(ROOT, 'build.mjs'),
  ];
  expect(files.length).toBeGreaterThan(50);
  const found = files.flatMap((f) =>
    orphanedDocComments(fs.readFileSync(f, 'utf8')).map((n) => `${path.relative(ROOT, f)}:${n}`),
  );
  expect(found).toEqual([]);
});
