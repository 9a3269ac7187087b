// Checks, in headless Chromium, that every diagram of the built docs site reads as a reader
// sees it: on each page with a diagram (a ```mermaid block, or an <img> of an SVG), at a desktop
// and a phone width, once the page has drawn its diagrams,
//
// * every mermaid block was rendered;
// * the drawing lies inside the content column, or inside a viewer (figure.diagram: it clips
//   the drawing and pans and zooms it) that itself lies inside the column, and shows part of it;
// * its smallest text is at least MIN_FONT_PX CSS pixels as drawn (font size × the scale the
//   drawing is shown at);
// * the page does not scroll sideways.
//
//   node scripts/check-docs-diagrams.mjs [site]   the site built by `npx typedoc` (default docs/api)
//   node scripts/check-docs-diagrams.mjs --self-test
//                                                 runs the check on fixture pages, some made to
//                                                 fail (a drawing wider than its column, one shrunk
//                                                 to illegible, a block mermaid cannot render), and
//                                                 fails unless exactly those are reported
//
// Prints one line per diagram and a summary; exits 1 on any problem. Needs Debian's chromium
// (or $CHROMIUM): a missing browser is a failure, never a skip.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium-pipe.mjs';

/** The smallest text allowed, in CSS pixels as drawn. */
export const MIN_FONT_PX = 10;
/** The viewports checked: a desktop and a phone. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
];
const SLACK_PX = 1;

/** The smallest font size (px) an SVG's style or attributes set (16, the browsers' default, if none). */
export function smallestFontSize(svg) {
  const sizes = [...svg.matchAll(/font-size(?::\s*|=")(\d+(?:\.\d+)?)(?:px)?/g)].map((m) => Number(m[1]));
  return sizes.length === 0 ? 16 : Math.min(...sizes);
}

/**
 * The problems of one measured diagram (see `measurePage`), as sentences; none when it reads.
 *
 * @param {{ kind: 'viewer' | 'svg' | 'img' | 'unrendered', column: Box, box: Box, drawing?: Box, clips?: boolean, minFont?: number | null, error?: string }} d
 * @returns {string[]}
 * @typedef {{ left: number, top: number, right: number, bottom: number }} Box
 */
export function judge(d) {
  if (d.kind === 'unrendered') return [`not rendered${d.error ? `: ${d.error}` : ''}`];
  const problems = [];
  const outside = (inner, outer) => Math.max(outer.left - inner.left, inner.right - outer.right, 0);
  const spill = outside(d.box, d.column);
  if (spill > SLACK_PX) problems.push(`${d.kind === 'viewer' ? 'its viewer' : 'the drawing'} spills ${Math.round(spill)} px out of the content column`);
  if (d.kind === 'viewer' && d.drawing) {
    if (!d.clips && outside(d.drawing, d.box) > SLACK_PX) problems.push('the drawing overflows its viewer, which does not clip it');
    const shown = Math.min(d.drawing.right, d.box.right) - Math.max(d.drawing.left, d.box.left) > 0 && Math.min(d.drawing.bottom, d.box.bottom) - Math.max(d.drawing.top, d.box.top) > 0;
    if (!shown) problems.push('the viewer shows none of the drawing');
  }
  if (d.minFont === null || d.minFont === undefined) problems.push('no text found in the drawing');
  else if (d.minFont < MIN_FONT_PX - 0.01) problems.push(`its smallest text is drawn at ${d.minFont.toFixed(1)} px (below ${MIN_FONT_PX} px)`);
  return problems;
}

/**
 * Runs in the page: every diagram with its boxes and smallest drawn font. `imageFonts` gives the
 * smallest font size of each <img>'s SVG by its src (read from the files by the caller).
 */
function measurePage(imageFonts) {
  /* global document, getComputedStyle, scrollX, scrollY, innerWidth -- it runs in the page */
  const boxOf = (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY };
  };
  const columnOf = (el) => el.closest('.col-content') || document.body;
  const svgFont = (svg) => {
    const natural = svg.viewBox.baseVal && svg.viewBox.baseVal.width > 0 ? svg.viewBox.baseVal.width : svg.getBBox().width;
    const scale = svg.getBoundingClientRect().width / natural;
    let min = null;
    for (const el of svg.querySelectorAll('text, foreignObject *')) {
      if (!el.textContent.trim() || el.getClientRects().length === 0) continue;
      const size = parseFloat(getComputedStyle(el).fontSize) * scale;
      if (min === null || size < min) min = size;
    }
    return min;
  };
  const imgFont = (img) => {
    const own = imageFonts[img.getAttribute('src')];
    return own === undefined || img.naturalWidth === 0 ? null : (own * img.getBoundingClientRect().width) / img.naturalWidth;
  };
  const label = (el, i) => {
    const summary = el.closest('details')?.querySelector('summary');
    if (summary) return `${summary.textContent.trim()} (#${i + 1})`;
    for (let e = el; e; e = e.previousElementSibling || e.parentElement) if (/^H[1-6]$/.test(e.tagName)) return `${e.textContent.trim()} (#${i + 1})`;
    return `#${i + 1}`;
  };
  const out = [];
  const seen = new Set();
  const items = [...document.querySelectorAll('figure.diagram, pre > code.mermaid, .col-content svg, .col-content img')];
  for (const el of items) {
    if (seen.has(el) || el.closest('.tsd-anchor-link, .tsd-anchor-icon, button, a > svg, .tsd-signature')) continue;
    if (el.tagName === 'svg' && (el.closest('figure.diagram') || !el.querySelector('text, foreignObject') || el.getBoundingClientRect().width < 48)) continue;
    if (el.tagName === 'IMG' && (el.closest('figure.diagram') || !/\.svg(?:$|[?#])/i.test(el.getAttribute('src') || ''))) continue;
    seen.add(el);
    const i = out.length;
    if (el.tagName === 'CODE') {
      out.push({ name: label(el.parentElement, i), kind: 'unrendered', column: boxOf(columnOf(el)), box: boxOf(el.parentElement), error: (el.parentElement.title || '').replace(/\s+/g, ' ').slice(0, 200) });
    } else if (el.tagName === 'FIGURE') {
      const viewport = el.querySelector('.diagram-viewport');
      const drawing = el.querySelector('.diagram-canvas > svg, .diagram-canvas > img');
      if (!viewport || !drawing) {
        out.push({ name: label(el, i), kind: 'unrendered', column: boxOf(columnOf(el)), box: boxOf(el), error: 'an empty viewer' });
        continue;
      }
      const overflow = getComputedStyle(viewport).overflow;
      out.push({ name: label(el, i), kind: 'viewer', column: boxOf(columnOf(el)), box: boxOf(viewport), drawing: boxOf(drawing), clips: /hidden|clip/.test(overflow), minFont: drawing.tagName === 'IMG' ? imgFont(drawing) : svgFont(drawing), scale: Number(el.dataset.scale) });
    } else {
      out.push({ name: label(el, i), kind: el.tagName === 'IMG' ? 'img' : 'svg', column: boxOf(columnOf(el)), box: boxOf(el), minFont: el.tagName === 'IMG' ? imgFont(el) : svgFont(el) });
    }
  }
  return { diagrams: out, sideways: document.documentElement.scrollWidth - innerWidth };
}

/**
 * Waits (in the page) until the diagram viewer has drawn what it draws, or 60 s passed; then
 * opens every <details>, as a reader would, and lets the viewers inside fit themselves.
 */
const SETTLED = `new Promise((resolve) => {
  const t0 = Date.now();
  const pending = () => ['rendering'].includes(document.documentElement.dataset.diagrams) || [...document.images].some((i) => !i.complete);
  const done = () => {
    for (const details of document.querySelectorAll('details')) details.open = true;
    setTimeout(() => requestAnimationFrame(() => resolve(document.documentElement.dataset.diagrams || 'none')), 100);
  };
  const tick = () => (!pending() || Date.now() - t0 > 60000 ? done() : setTimeout(tick, 100));
  tick();
})`;

/** The pages of `site` that show a diagram: mermaid blocks, or SVG images. */
export function pagesWithDiagrams(site) {
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html') && /class="mermaid"|<img[^>]+src="[^"]+\.svg"/.test(readFileSync(path, 'utf8'))) pages.push(path);
    }
  };
  walk(site);
  return pages.sort();
}

/** The smallest font of every SVG image a page shows, by its src. */
function imageFontsOf(page) {
  const fonts = {};
  for (const [, src] of readFileSync(page, 'utf8').matchAll(/<img[^>]+src="([^"]+\.svg)"/g)) {
    const file = resolve(dirname(page), src);
    if (existsSync(file)) fonts[src] = smallestFontSize(readFileSync(file, 'utf8'));
  }
  return fonts;
}

/**
 * Checks every diagram of `pages`; resolves with one result per diagram and viewport.
 *
 * @param {string[]} pages - HTML files
 * @param {{ log?: (line: string) => void, root?: string }} [options]
 */
export async function checkPages(pages, { log = console.log, root = process.cwd() } = {}) {
  const browser = await launchChromium();
  const results = [];
  try {
    for (const file of pages) {
      const fonts = imageFontsOf(file);
      for (const viewport of VIEWPORTS) {
        const page = await browser.open(pathToFileURL(file).href, viewport);
        const state = await page.evaluate(SETTLED);
        const { diagrams, sideways } = await page.evaluate(`(${measurePage})(${JSON.stringify(fonts)})`);
        const where = `${relative(root, file)} @ ${viewport.name} ${viewport.width}px`;
        if (state === 'error') results.push({ where, name: '(page)', problems: ['the diagram viewer could not load mermaid'] });
        if (sideways > SLACK_PX) results.push({ where, name: '(page)', problems: [`the page scrolls ${sideways} px sideways`] });
        for (const error of page.errors) results.push({ where, name: '(page)', problems: [`uncaught: ${error.split('\n')[0]}`] });
        for (const d of diagrams) results.push({ where, name: d.name, kind: d.kind, minFont: d.minFont, scale: d.scale, problems: judge(d) });
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  for (const r of results) {
    const font = typeof r.minFont === 'number' ? ` text ≥ ${r.minFont.toFixed(1)} px` : '';
    const scale = typeof r.scale === 'number' ? ` at ${Math.round(r.scale * 100)}%` : '';
    log(`${r.problems.length === 0 ? 'ok  ' : 'FAIL'} ${r.where}: ${r.name}${r.kind ? ` [${r.kind}${scale}${font}]` : ''}${r.problems.length ? ` — ${r.problems.join('; ')}` : ''}`);
  }
  return results;
}

/** Drives the first viewer of `file` from the keyboard: +, 0 (fit), f (full screen), Escape. */
async function tryViewer(file) {
  const browser = await launchChromium();
  try {
    const page = await browser.open(pathToFileURL(file).href, VIEWPORTS[0]);
    await page.evaluate(SETTLED);
    return await page.evaluate(`(() => {
      const figure = document.querySelector('figure.diagram');
      const viewport = figure.querySelector('.diagram-viewport');
      const svg = figure.querySelector('svg');
      const press = (key) => viewport.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      const scale = () => Number(figure.dataset.scale);
      const initial = scale();
      press('+');
      const zoomedIn = scale();
      press('0');
      const v = viewport.getBoundingClientRect(), d = svg.getBoundingClientRect();
      const fitted = { scale: scale(), inside: d.left >= v.left - 1 && d.right <= v.right + 1 };
      press('f');
      const f = figure.getBoundingClientRect();
      const full = { covers: f.width === innerWidth && f.height === innerHeight };
      press('Escape');
      return { initial, zoomedIn, fitted, full, back: scale() };
    })()`);
  } finally {
    await browser.close();
  }
}

/** Fixture pages: one whose diagrams read, and three made to fail. */
async function selfTest() {
  const { mermaidBundle } = await import('./docs-mermaid-bundle.mjs');
  const dir = mkdtempSync(join(tmpdir(), 'ismap-liu-diagrams-'));
  const here = (name) => fileURLToPath(new URL(name, import.meta.url));
  const wide = ['stateDiagram-v2', ...Array.from({ length: 8 }, (_, i) => `  s${i} --> s${i + 1} : an event with a long label number ${i}`), ...Array.from({ length: 8 }, (_, i) => `  s0 --> s${i + 1} : another long label, number ${i}`)].join('\n');
  const page = (body, viewer = true) => `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="diagram-viewer.css"><style>body{margin:0;font-family:sans-serif}.col-content{width:min(600px,100vw - 20px);margin:0 auto}</style></head><body><div class="col-content">${body}</div>${viewer ? '<script src="diagram-viewer.js" data-mermaid="mermaid.min.js"></script>' : ''}</body></html>`;
  const svg = (width, style) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 200" width="${width}" style="${style}"><text x="10" y="100" font-size="16">${'a long label '.repeat(Math.ceil(width / 100))}</text></svg>`;
  try {
    writeFileSync(join(dir, 'diagram-viewer.js'), readFileSync(here('docs-diagram-viewer.js')));
    writeFileSync(join(dir, 'diagram-viewer.css'), readFileSync(here('docs-diagram-viewer.css')));
    writeFileSync(join(dir, 'mermaid.min.js'), readFileSync(mermaidBundle()));
    writeFileSync(join(dir, 'good.html'), page(`<h2>Wide</h2><pre><code class="mermaid">${wide.replace(/>/g, '&gt;')}</code></pre><h2>Small</h2><pre><code class="mermaid">stateDiagram-v2\n  [*] --&gt; a\n  a --&gt; b : go</code></pre>`));
    writeFileSync(join(dir, 'clipped.html'), page(`<h2>Clipped</h2><div style="overflow-x:auto">${svg(2400, '')}</div>`, false));
    writeFileSync(join(dir, 'shrunk.html'), page(`<h2>Shrunk</h2>${svg(4000, 'width:100%;height:auto')}`, false));
    writeFileSync(join(dir, 'broken.html'), page('<h2>Broken</h2><pre><code class="mermaid">stateDiagram-v2\n  a --&gt; {{{</code></pre>'));
    const lines = [];
    const results = await checkPages(['good', 'clipped', 'shrunk', 'broken'].map((n) => join(dir, `${n}.html`)), { log: (line) => lines.push(line), root: dir });
    const viewer = await tryViewer(join(dir, 'good.html'));
    const failing = (name) => results.filter((r) => r.where.startsWith(name) && r.problems.length > 0).flatMap((r) => r.problems);
    const expect = [
      ['good.html passes at both widths', failing('good.html').length === 0 && results.filter((r) => r.where.startsWith('good.html') && r.kind === 'viewer').length === 4],
      ['clipped.html: the drawing spills out of the column', failing('clipped.html').some((p) => p.includes('spills'))],
      ['shrunk.html: its text is illegible', failing('shrunk.html').some((p) => p.includes('below'))],
      ['broken.html: not rendered', failing('broken.html').some((p) => p.startsWith('not rendered'))],
      [`the viewer zooms, fits and goes full screen from the keyboard (${JSON.stringify(viewer)})`, viewer.zoomedIn > viewer.initial && viewer.fitted.inside && viewer.full.covers && viewer.back === viewer.initial],
    ];
    for (const line of lines) console.log(`  ${line}`);
    for (const [what, ok] of expect) console.log(`${ok ? 'ok  ' : 'FAIL'} self-test: ${what}`);
    return expect.every(([, ok]) => ok);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The command line: checks the site (or runs the self-test); the exit code. */
async function main(argv) {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (argv.includes('--self-test')) return (await selfTest()) ? 0 : 1;
  const site = resolve(argv[0] ?? join(root, 'docs', 'api'));
  if (!existsSync(join(site, 'index.html'))) {
    console.error(`check-docs-diagrams: no site at ${site}: run \`npx typedoc\` first`);
    return 1;
  }
  const pages = pagesWithDiagrams(site);
  const results = await checkPages(pages, { root: site });
  const failed = results.filter((r) => r.problems.length > 0);
  const diagrams = results.filter((r) => r.kind !== undefined).length / VIEWPORTS.length;
  console.log(`check-docs-diagrams: ${diagrams} diagrams on ${pages.length} pages at ${VIEWPORTS.map((v) => `${v.width}px`).join(' and ')}: ${failed.length === 0 ? 'all read' : `${failed.length} problems`}`);
  return failed.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error) => {
      console.error(`check-docs-diagrams: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
