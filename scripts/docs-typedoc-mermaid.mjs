// A local TypeDoc plugin (typedoc.json "plugin") that renders the ```mermaid blocks of the guides
// in the browser, offline, each in a viewer that fits the content column with zoom, pan, a full
// screen view and the drawing alone (scripts/docs-diagram-viewer.js and .css).
//
// typedoc.json lists mermaid under ignoredHighlightLanguages, so TypeDoc leaves each block as
// <pre><code class="mermaid">…</code></pre>; the viewer script replaces it with the drawing and
// loads mermaid's bundle only on pages that have one. Without JavaScript the text is shown.
//
// Mermaid is not a dependency: its self-contained bundle is fetched on demand, pinned, by
// scripts/docs-mermaid-bundle.mjs (into .tmp/tools/, then offline), when the site is rendered.
// Everything lands in <out>/assets/: mermaid.min.js, diagram-viewer.js, diagram-viewer.css.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSX, RendererEvent } from 'typedoc';
import { mermaidBundle } from './docs-mermaid-bundle.mjs';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Record<string, string>} asset name → source file */
  const assets = { 'diagram-viewer.js': here('docs-diagram-viewer.js'), 'diagram-viewer.css': here('docs-diagram-viewer.css') };
  app.renderer.preRenderAsyncJobs.push(async () => {
    assets['mermaid.min.js'] = mermaidBundle({ log: (line) => app.logger.info(line) });
  });
  app.renderer.hooks.on('head.end', (context) => JSX.createElement('link', { rel: 'stylesheet', href: context.relativeURL('assets/diagram-viewer.css') }));
  app.renderer.hooks.on('body.end', (context) => JSX.createElement('script', { src: context.relativeURL('assets/diagram-viewer.js'), 'data-mermaid': context.relativeURL('assets/mermaid.min.js') }));
  app.renderer.on(RendererEvent.END, (event) => {
    mkdirSync(join(event.outputDirectory, 'assets'), { recursive: true });
    for (const [name, source] of Object.entries(assets)) copyFileSync(source, join(event.outputDirectory, 'assets', name));
  });
}
