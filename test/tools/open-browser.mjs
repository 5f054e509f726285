// npm run browser:chrome / browser:firefox: a real browser (needs a display) with the built
// extension loaded and the bundled sample article open, served on 127.0.0.1 because content
// scripts run on http(s) pages only. Uses web-ext run; Ctrl+C stops both.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const target = process.argv[2] === 'firefox' ? 'firefox' : 'chrome';
const root = process.cwd();
const sample = fs.readFileSync(path.join(root, 'test', 'fixtures', 'seed-deir-ezzor.html'));
const server = http.createServer((_, res) =>
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sample),
);
server.listen(0, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${server.address().port}/`;
  const args =
    target === 'chrome'
      ? [
          'run',
          '--target',
          'chromium',
          '--source-dir',
          'dist/chrome',
          '--chromium-binary',
          process.env.CHROMIUM_BIN ?? '/usr/lib/chromium/chromium',
          ...(process.getuid?.() === 0 ? ['--args=--no-sandbox'] : []),
        ]
      : [
          'run',
          '--target',
          'firefox-desktop',
          '--source-dir',
          'dist/firefox',
          '--firefox',
          process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr',
        ];
  console.log(`serving the sample article at ${url}; starting ${target} with the extension`);
  const child = spawn(
    path.join(root, 'node_modules', '.bin', 'web-ext'),
    [...args, '--start-url', url, '--no-config-discovery'],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => {
    server.close();
    process.exit(code ?? 0);
  });
});
