// A local TypeDoc plugin (typedoc.json "plugin") that renders ```mermaid blocks of the guides
// in the browser, offline: it copies mermaid's own bundle (the `mermaid` dev dependency) into
// <out>/assets/mermaid.min.js and adds a small script to every page that replaces each
// <pre><code class="mermaid"> (typedoc.json lists mermaid under ignoredHighlightLanguages, so
// TypeDoc leaves the text as it is) with the rendered diagram. Pages without diagrams load
// nothing. The diagram source stays in the page, so without JavaScript the text is shown.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { JSX, RendererEvent } from 'typedoc';

const require = createRequire(import.meta.url);
const BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');

const loader = (src) => `(() => {
  const blocks = [...document.querySelectorAll('pre > code.mermaid')];
  if (blocks.length === 0) return;
  const script = document.createElement('script');
  script.src = ${JSON.stringify(src)};
  script.onload = async () => {
    const dark = document.documentElement.dataset.theme === 'dark' || (document.documentElement.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    window.mermaid.initialize({ startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict', state: { useMaxWidth: false }, gantt: { useMaxWidth: false } });
    for (const [i, code] of blocks.entries()) {
      const pre = code.parentElement;
      try {
        const { svg } = await window.mermaid.render('mermaid-diagram-' + i, code.textContent);
        const figure = document.createElement('div');
        figure.className = 'mermaid-diagram';
        figure.style.overflowX = 'auto';
        figure.innerHTML = svg;
        pre.replaceWith(figure);
      } catch (error) {
        pre.title = 'Mermaid could not render this diagram: ' + error;
      }
    }
  };
  document.head.appendChild(script);
})();`;

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.hooks.on('body.end', (context) => JSX.createElement('script', null, JSX.createElement(JSX.Raw, { html: loader(context.relativeURL('assets/mermaid.min.js')) })));
  app.renderer.on(RendererEvent.END, (event) => {
    mkdirSync(join(event.outputDirectory, 'assets'), { recursive: true });
    copyFileSync(BUNDLE, join(event.outputDirectory, 'assets', 'mermaid.min.js'));
  });
}
