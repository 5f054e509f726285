// The command-line tool as a user runs it: `node dist/cli.js` in a child process, on hostile
// input. Page text must never reach the terminal raw, no input may crash it or take unbounded
// memory, a closed pipe ends it quietly, and --jsonl keeps one output line per input line.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildExtension, type BuiltExtension } from './built-extension';

let built: BuiltExtension;
let tmp: string;
beforeAll(() => {
  built = buildExtension();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'quote-lens-cli-'));
});
afterAll(() => {
  built?.dispose();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  status: number | null;
  signal: string | null;
  stdout: Buffer;
  stderr: string;
}

/** Runs `node cli.js ...args` (or a shell line when `shell` is given, with $CLI set), feeding
 * `input` (a string, or an open file descriptor) to its standard input. A run that outlives
 * `timeoutMs` is killed, so a hang fails the test instead of stalling the suite. */
function run(
  args: string[],
  options: { input?: string | number; shell?: string; timeoutMs?: number } = {},
): Promise<Run> {
  return new Promise((resolve, reject) => {
    const stdin = typeof options.input === 'number' ? options.input : 'pipe';
    const child = options.shell
      ? spawn('sh', ['-c', options.shell], {
          cwd: tmp,
          env: { ...process.env, CLI: built.cli },
          stdio: [stdin, 'pipe', 'pipe'],
          detached: true,
        })
      : spawn(process.execPath, [built.cli, ...args], { cwd: tmp, stdio: [stdin, 'pipe', 'pipe'], detached: true });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (d: Buffer) => out.push(d));
    child.stderr!.on('data', (d: Buffer) => err.push(d));
    // Its own process group, so a hung pipeline is killed whole, not just the shell.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      resolve({ status, signal, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') });
    });
    if (typeof options.input === 'string') child.stdin!.end(options.input);
    else child.stdin?.end();
  });
}

const write = (name: string, content: string | Buffer) => {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, content);
  return file;
};

/** Bytes a terminal acts on: C0 controls other than line feed, and DEL. */
const RAW_CONTROL_BYTE = /[\x00-\x09\x0b-\x1f\x7f]/;
/** C1 controls and bidi controls, as decoded text (U+009B is CSI to some terminals). */
const RAW_CONTROL_CHAR = /[\u0080-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('table output never passes control characters through', () => {
  const ESC = '\x1b';
  const hostile = {
    link: `${ESC}]8;;https://evil.example/${ESC}\\click${ESC}]8;;${ESC}\\`,
    windowTitle: `${ESC}]0;pwned\x07`,
    clear: `${ESC}[2J${ESC}[H`,
    colour: `${ESC}[31mred${ESC}[0m`,
    c1: '\u009b31m',
    bidi: '\u202eevil\u202c',
  };
  const all = Object.values(hostile).join(' ');
  const filler =
    '<p>The talks in the capital went on late into the night, officials and observers said, and several delegations left before a final text was agreed by the remaining parties.</p>';
  const page = `<!doctype html><html><head><title>Talks ${all}</title><meta property="og:type" content="article"></head><body><article>
    <h1>Talks ${all} end without a deal</h1>${filler}
    <p>“We will not sign ${all} this text as it stands,” said Maria Lopez${hostile.colour}, the delegation's chief negotiator, on Friday.</p>
    <p>About 40 trucks${hostile.clear}\x7f${hostile.windowTitle} crossed the border, she said.</p>${filler}
  </article></body></html>`;

  test('escape sequences in the title and text print as visible escapes', async () => {
    const r = await run(['extract', write('hostile.html', page)]);
    expect(r.status).toBe(0);
    const text = r.stdout.toString('utf8');
    expect(text).not.toMatch(RAW_CONTROL_BYTE);
    expect(text).not.toMatch(RAW_CONTROL_CHAR);
    expect(text).toContain('\\x1b]8;;https://evil.example/');
    expect(text).toContain('\\x1b[2J');
    expect(text).toContain('\\x9b31m');
    expect(text).toContain('\\u202eevil');
    expect(text).toMatch(/We will not sign/);
  });

  test('JSON output keeps the exact text, with DEL, C1 and bidi controls escaped', async () => {
    const r = await run(['extract', write('hostile-json.html', page), '--format', 'json']);
    expect(r.status).toBe(0);
    const text = r.stdout.toString('utf8');
    expect(text).not.toMatch(RAW_CONTROL_BYTE);
    expect(text).not.toMatch(RAW_CONTROL_CHAR);
    const parsed = JSON.parse(text) as { text: string; quotes: { text: string }[] };
    expect(parsed.text).toContain(hostile.c1);
    expect(parsed.text).toContain(hostile.bidi);
    expect(parsed.quotes.some((q) => q.text.includes(hostile.link))).toBe(true);
  });

  test('a binary file prints no NUL or BEL', async () => {
    const r = await run(['extract', '/bin/ls']);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(0);
    expect(r.stdout.includes(0)).toBe(false);
    expect(r.stdout.includes(7)).toBe(false);
    expect(r.stdout.toString('latin1')).not.toMatch(RAW_CONTROL_BYTE);
  });

  test('error messages that quote the input are escaped too', async () => {
    const r = await run(['extract', '--jsonl', '-'], { input: `\x1b[2J\x07{\n` });
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(RAW_CONTROL_BYTE);
    expect(r.stderr).toContain('line 1');
  });
});

describe('size', () => {
  test('a table of 150,000 figures prints (no stack overflow)', async () => {
    const text = Array.from({ length: 150_000 }, (_, i) => `There were ${i + 2} cats.`).join(' ');
    const r = await run(['extract', write('many.txt', text)]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const lines = r.stdout.toString('utf8').trimEnd().split('\n');
    expect(lines[0]).toMatch(/150000 figures/);
    expect(lines.at(-1)).toMatch(/^150001 cats\s+150,001\s+Count/);
  });

  test('an endless input ends promptly with a clear error, from a file or standard input', async () => {
    const fromFile = await run(['extract', '/dev/zero'], { timeoutMs: 30_000 });
    expect(fromFile.signal).toBeNull();
    expect(fromFile.status).toBe(1);
    expect(fromFile.stderr).toMatch(/input is larger than 10 MB/);
    const zero = fs.openSync('/dev/zero', 'r');
    try {
      const fromStdin = await run(['extract', '-'], { input: zero, timeoutMs: 30_000 });
      expect(fromStdin.signal).toBeNull();
      expect(fromStdin.status).toBe(1);
      expect(fromStdin.stderr).toMatch(/input is larger than 10 MB/);
    } finally {
      fs.closeSync(zero);
    }
  });

  test('input at the cap is read; one byte more is refused', async () => {
    const at = await run(['extract', write('at-cap.txt', Buffer.alloc(10_000_000, 'a')), '--format', 'json']);
    expect(at.status).toBe(0);
    const over = await run(['extract', write('over-cap.txt', Buffer.alloc(10_000_001, 'a'))]);
    expect(over.status).toBe(1);
    expect(over.stderr).toMatch(/input is larger than 10 MB/);
  });
});

describe('a reader that stops early', () => {
  // The shell reports the CLI's own exit status in `status`; head keeps the first line only.
  const pipeline = (cli: string) => `{ node "$CLI" ${cli} 2>stderr.txt; echo $? >status.txt; } | head -1`;

  test.each([
    ['--jsonl', 'extract --jsonl lines.jsonl'],
    ['a table', 'extract many-figures.txt'],
    ['JSON', 'extract many-figures.txt --format json'],
  ])('ends %s quietly with status 0', async (_, cli) => {
    write(
      'lines.jsonl',
      Array.from({ length: 3000 }, (_, i) =>
        JSON.stringify({ id: i, text: `Officials said "the ${i} trucks arrived" on Monday.` }),
      ).join('\n'),
    );
    write('many-figures.txt', Array.from({ length: 20_000 }, (_, i) => `There were ${i + 2} cats.`).join('\n\n'));
    const r = await run([], { shell: pipeline(cli) });
    expect(r.stdout.toString('utf8').split('\n').filter(Boolean)).toHaveLength(1);
    expect(fs.readFileSync(path.join(tmp, 'stderr.txt'), 'utf8')).toBe('');
    expect(fs.readFileSync(path.join(tmp, 'status.txt'), 'utf8').trim()).toBe('0');
  });
});

describe('--jsonl', () => {
  test('one output line per input line, each bad line reported with its number, status 1', async () => {
    const input =
      [
        JSON.stringify({ id: 'a', text: '“We will stay,” said Maria Lopez on Friday.' }),
        '',
        '{not json',
        '[1, 2]',
        JSON.stringify({ id: 'e', body: 'no text' }),
        '   ',
        JSON.stringify({ id: 'g', html: '<p>no article</p>' }),
      ].join('\n') + '\n';
    const r = await run(['extract', '--jsonl', '-'], { input });
    expect(r.status).toBe(1);
    const out = r.stdout
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; line?: number; error?: string; quotes?: unknown[] });
    expect(out).toHaveLength(7);
    expect(out[0]).toMatchObject({ id: 'a' });
    expect(out[0]!.quotes).toHaveLength(1);
    expect(out[1]).toEqual({ id: null, line: 2, error: 'blank line' });
    expect(out[2]).toMatchObject({ id: null, line: 3, error: expect.stringMatching(/^not JSON/) });
    expect(out[3]).toEqual({ id: null, line: 4, error: 'not a JSON object' });
    expect(out[4]).toMatchObject({ id: 'e', line: 5 });
    expect(out[5]).toEqual({ id: null, line: 6, error: 'blank line' });
    expect(out[6]).toEqual({ id: 'g', text: '', quotes: [], figures: [], speakers: [] });
    const reported = r.stderr
      .split('\n')
      .filter((l) => /line \d+:/.test(l))
      .map((l) => Number(/line (\d+):/.exec(l)![1]));
    expect(reported).toEqual([2, 3, 4, 5, 6]);
    expect(r.stderr).toMatch(/5 of 7 lines failed/);
  });

  test('status 0 and nothing on standard error when every line is good (CRLF too)', async () => {
    const input = [JSON.stringify({ id: 1, text: 'One.' }), JSON.stringify({ id: 2, text: 'Two.' })].join('\r\n');
    const r = await run(['extract', '--jsonl', '-'], { input });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .toString('utf8')
        .trimEnd()
        .split('\n')
        .map((l) => (JSON.parse(l) as { id: number }).id),
    ).toEqual([1, 2]);
  });

  test('an over-long line is reported and the lines after it keep their numbers', async () => {
    const input = `${JSON.stringify({ id: 1, text: 'One.' })}\n${'x'.repeat(10_000_001)}\n${JSON.stringify({ id: 3, text: 'Three.' })}\n`;
    const r = await run(['extract', '--jsonl', '-'], { input });
    expect(r.status).toBe(1);
    const out = r.stdout
      .toString('utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown });
    expect(out.map((o) => o.id)).toEqual([1, null, 3]);
    expect(out[1]).toEqual({ id: null, line: 2, error: 'line is longer than 10 MB' });
    expect(r.stderr).toMatch(/line 2: line is longer than 10 MB/);
  });
});

describe('options', () => {
  test('an unknown option is an error with the usage, status 2', async () => {
    const r = await run(['extract', '--bogus', 'x.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--bogus/);
    expect(r.stderr).toMatch(/usage:/);
    expect(r.stdout.length).toBe(0);
  });

  test.each([
    [['extract', 'a.txt', '--format', 'xml'], /--format must be table or json/],
    [['extract', 'a.txt', 'b.txt'], /one input at a time/],
    [['extract'], /no input file/],
    [['frobnicate'], /unknown command/],
    [['extract', 'a.txt', '--format'], /--format/],
  ])('%j is a usage error', async (args, message) => {
    const r = await run(args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
  });

  test('--help states the input cap and the exit statuses', async () => {
    const r = await run(['--help']);
    expect(r.status).toBe(0);
    const help = r.stdout.toString('utf8');
    expect(help).toMatch(/at most 10 MB of input/);
    expect(help).toMatch(/exit status: 0/);
    expect(help).toMatch(/closes it early/);
  });

  test('--format=json and --dates are read as options', async () => {
    const file = write('dates.txt', 'In 2019 about 40 people came, officials said.');
    const json = await run(['extract', file, '--format=json']);
    expect(json.status).toBe(0);
    expect((JSON.parse(json.stdout.toString('utf8')) as { figures: unknown[] }).figures.length).toBeGreaterThan(0);
    const withDates = await run(['extract', file, '--dates']);
    const without = await run(['extract', file]);
    expect(withDates.stdout.toString('utf8')).toMatch(/^2019\s/m);
    expect(without.stdout.toString('utf8')).not.toMatch(/^2019\s/m);
  });
});
