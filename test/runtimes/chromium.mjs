// Runs the smoke test in headless Chromium (Debian's `chromium` package) from an esbuild bundle:
// a page loads the bundle as a classic script, which writes its result into <pre id="result">;
// `chromium --headless --dump-dom` prints the page after it has loaded.
//
//   node test/runtimes/chromium.mjs <project>
//
// The browser is $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH.
// Prints the smoke test's `check …` lines, then `ok chromium <version> (<n> checks)` or
// `FAIL chromium …` (also when no browser is installed: the check is never skipped silently);
// exits 1 on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleSmoke } from './bundle.mjs';

const project = process.argv[2];
if (!project) {
  console.error('usage: node test/runtimes/chromium.mjs <project>');
  process.exit(2);
}

function findBrowser() {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>ismap-liu smoke test</title></head>
<body><pre id="result">not run</pre>
<script>
  window.addEventListener('error', (e) => {
    document.getElementById('result').textContent = 'FAIL chromium ' + (navigator.userAgent.match(/Chrome\\/([\\d.]+)/) || [])[1] + ': uncaught ' + e.message;
  });
</script>
<script src="smoke.js"></script>
</body></html>
`;

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

const browser = findBrowser();
if (browser === null) {
  console.log('FAIL chromium -: no chromium found (install Debian\'s package: apt-get install -y chromium, or set $CHROMIUM)');
  process.exit(1);
}
const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-chromium-'));
try {
  await bundleSmoke(project, join(dir, 'smoke.js'));
  writeFileSync(join(dir, 'index.html'), PAGE);
  const args = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--dump-dom',
    pathToFileURL(join(dir, 'index.html')).href,
  ];
  const run = spawnSync(browser, args, { encoding: 'utf8', timeout: 120_000 });
  const match = /<pre id="result">([\s\S]*?)<\/pre>/.exec(run.stdout ?? '');
  if (run.error || !match) {
    const why = run.error ? run.error.message : `exit ${run.status}; no result in the page; stderr: ${(run.stderr ?? '').trim().split('\n').slice(-3).join(' | ')}`;
    console.log(`FAIL chromium -: ${why}`);
    process.exitCode = 1;
  } else {
    // The page holds the smoke test's `check …` lines and, last, its `ok …` / `FAIL …` line.
    const text = unescape(match[1]).trim();
    console.log(text);
    process.exitCode = text.split('\n').at(-1).startsWith('ok ') ? 0 : 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
