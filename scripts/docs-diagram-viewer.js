// The diagram viewer of the docs site (a classic browser script; scripts/docs-typedoc-mermaid.mjs
// copies it to <out>/assets/ and every page loads it). On a page with ```mermaid blocks it loads
// mermaid's bundle (the script's data-mermaid attribute), renders each block and puts the drawing
// in a viewer that fits the content column:
//
// * it opens at the scale that fits the column, but never below the scale at which the smallest
//   text is LEGIBLE_PX CSS pixels, and never enlarged: a diagram too wide for that is shown in
//   part, from its initial state, and panned;
// * drag (mouse, pen, touch) or the arrow keys pan; Ctrl/⌘ + wheel, the + and − buttons or keys
//   zoom; 0 or "Fit" fits the column, 1 or "100%" shows it at full size;
// * "Full screen" (or f) gives it the whole window (Escape leaves); "Open SVG" opens the drawing
//   alone in a new tab, at full size, for the browser's own zoom and for saving.
//
// A gantt chart is drawn at the column's width. A block that mermaid cannot render stays as its
// text, with the error as a tooltip. Each viewer gets data-state="ready" (or "error"), and the
// <html> element data-diagrams="ready" when all are done (scripts/check-docs-diagrams.mjs waits
// for it).
/* global document, window, matchMedia, getComputedStyle, ResizeObserver */
(() => {
  const LEGIBLE_PX = 12;
  const MAX_SCALE = 4;
  const STEP = 1.25;
  const GANTT_MIN_WIDTH = 960;
  const loader = document.currentScript;
  const blocks = [...document.querySelectorAll('pre > code.mermaid')];
  const images = [...document.querySelectorAll('img[data-diagram]')];
  if (blocks.length === 0 && images.length === 0) return;
  const html = document.documentElement;
  html.dataset.diagrams = 'rendering';

  const button = (label, title, action) => {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'diagram-button';
    b.textContent = label;
    b.title = title;
    b.setAttribute('aria-label', title);
    b.dataset.action = action;
    return b;
  };

  /** The smallest font size (CSS px, at scale 1) of the drawing's text. */
  const smallestFont = (svg) => {
    let min = Infinity;
    for (const el of svg.querySelectorAll('text, foreignObject *')) {
      if (!el.textContent.trim()) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size > 0 && size < min) min = size;
    }
    return Number.isFinite(min) ? min : 16;
  };

  /**
   * Replaces `element` by a viewer of `drawing` (an inline <svg>, or an <img> of an SVG file
   * with its smallest font size in data-min-font), opened at its initial view.
   */
  function viewer(element, drawing, title) {
    const isImage = drawing.tagName === 'IMG';
    const box = isImage ? null : drawing.viewBox.baseVal;
    const width = isImage ? drawing.naturalWidth : box.width;
    const height = isImage ? drawing.naturalHeight : box.height;
    drawing.setAttribute('width', String(width));
    drawing.setAttribute('height', String(height));
    drawing.removeAttribute('style'); // mermaid's max-width

    const figure = document.createElement('figure');
    figure.className = 'diagram';
    const toolbar = document.createElement('div');
    toolbar.className = 'diagram-toolbar';
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', `View of ${title}`);
    const zoomText = document.createElement('output');
    zoomText.className = 'diagram-zoom';
    const full = button('Full screen', 'Full screen (f; Escape leaves)', 'full');
    full.setAttribute('aria-pressed', 'false');
    const open = document.createElement('a');
    open.className = 'diagram-button';
    open.textContent = 'Open SVG';
    open.title = 'The drawing alone, at full size, in a new tab';
    open.target = '_blank';
    open.rel = 'noopener';
    toolbar.append(button('−', 'Zoom out (−)', 'out'), zoomText, button('+', 'Zoom in (+)', 'in'), button('Fit', 'Fit to the width (0)', 'fit'), button('100%', 'Full size (1)', 'actual'), full, open);
    const viewport = document.createElement('div');
    viewport.className = 'diagram-viewport';
    viewport.tabIndex = 0;
    viewport.setAttribute('role', 'group');
    viewport.setAttribute('aria-label', `${title}: drag or use the arrow keys to pan, + and − to zoom`);
    const canvas = document.createElement('div');
    canvas.className = 'diagram-canvas';
    viewport.append(canvas);
    const hint = document.createElement('figcaption');
    hint.className = 'diagram-hint';
    hint.textContent = 'Drag or arrow keys: pan · Ctrl/⌘ + wheel, + −: zoom · 0: fit · f: full screen';
    figure.append(toolbar, viewport, hint);
    element.replaceWith(figure);
    canvas.append(drawing);

    // Never below the scale at which the smallest text is LEGIBLE_PX; never enlarged beyond it.
    const minFont = isImage ? Number(drawing.dataset.minFont) || 16 : smallestFont(drawing);
    const legible = LEGIBLE_PX / minFont;
    const view = { scale: 1, x: 0, y: 0, fitted: true };
    const fitScale = () => Math.min(Math.max(1, legible), viewport.clientWidth / width);
    const start = isImage ? null : drawing.querySelector('g.node[id*="root_start"]') || drawing.querySelector('g.node[id*="_start"]');

    const clamp = () => {
      const w = width * view.scale;
      const h = height * view.scale;
      const vw = viewport.clientWidth;
      const vh = viewport.clientHeight;
      view.x = w <= vw ? (vw - w) / 2 : Math.min(0, Math.max(vw - w, view.x));
      view.y = h <= vh ? 0 : Math.min(0, Math.max(vh - h, view.y));
    };
    const paint = () => {
      clamp();
      canvas.style.transform = `translate(${view.x}px, ${view.y}px) scale(${view.scale})`;
      zoomText.textContent = `${Math.round(view.scale * 100)}%`;
      figure.dataset.scale = String(view.scale);
    };
    const sizeViewport = () => {
      if (figure.classList.contains('diagram--full')) viewport.style.height = '';
      else viewport.style.height = `${Math.ceil(Math.min(height * view.scale, Math.max(320, window.innerHeight * 0.75)))}px`;
    };
    // The initial view: fitted, but legible; a diagram wider than that starts at its initial state.
    const reset = () => {
      view.scale = Math.max(fitScale(), legible);
      view.fitted = true;
      sizeViewport();
      view.y = 0;
      view.x = 0;
      if (width * view.scale > viewport.clientWidth && start) {
        const s = start.getBBox();
        const at = start.transform.baseVal.consolidate();
        const cx = (at ? at.matrix.e : 0) + s.x + s.width / 2 - box.x;
        view.x = viewport.clientWidth / 2 - cx * view.scale;
      }
      paint();
    };
    const zoom = (factor, px = viewport.clientWidth / 2, py = viewport.clientHeight / 2) => {
      const next = Math.min(MAX_SCALE, Math.max(Math.min(fitScale(), legible) / 2, view.scale * factor));
      view.x = px - ((px - view.x) * next) / view.scale;
      view.y = py - ((py - view.y) * next) / view.scale;
      view.scale = next;
      view.fitted = false;
      paint();
    };
    const setScale = (scale) => zoom(scale / view.scale);
    const toggleFull = (on = !figure.classList.contains('diagram--full')) => {
      figure.classList.toggle('diagram--full', on);
      full.setAttribute('aria-pressed', String(on));
      document.body.classList.toggle('diagram-full-open', on);
      if (on) {
        view.scale = Math.max(Math.min(Math.max(1, legible), viewport.clientWidth / width, viewport.clientHeight / height), legible);
        view.x = 0;
        view.y = 0;
        paint();
      } else reset();
      viewport.focus();
    };

    toolbar.addEventListener('click', (event) => {
      const action = event.target.closest('[data-action]')?.dataset.action;
      if (action === 'in') zoom(STEP);
      else if (action === 'out') zoom(1 / STEP);
      else if (action === 'fit') setScale(fitScale());
      else if (action === 'actual') setScale(1);
      else if (action === 'full') toggleFull();
    });
    viewport.addEventListener('keydown', (event) => {
      const pan = event.shiftKey ? 240 : 48;
      const keys = {
        ArrowLeft: () => ((view.x += pan), paint()),
        ArrowRight: () => ((view.x -= pan), paint()),
        ArrowUp: () => ((view.y += pan), paint()),
        ArrowDown: () => ((view.y -= pan), paint()),
        '+': () => zoom(STEP),
        '=': () => zoom(STEP),
        '-': () => zoom(1 / STEP),
        0: () => setScale(fitScale()),
        1: () => setScale(1),
        f: () => toggleFull(),
        Escape: () => toggleFull(false),
      };
      const modified = event.ctrlKey || event.metaKey || event.altKey || (event.key === 'Escape' && !figure.classList.contains('diagram--full'));
      const act = modified ? undefined : keys[event.key];
      if (act) {
        event.preventDefault();
        act();
      }
    });
    viewport.addEventListener(
      'wheel',
      (event) => {
        if (!event.ctrlKey && !event.metaKey) return; // a plain wheel scrolls the page
        event.preventDefault();
        const r = viewport.getBoundingClientRect();
        zoom(event.deltaY < 0 ? STEP : 1 / STEP, event.clientX - r.left, event.clientY - r.top);
      },
      { passive: false },
    );
    let drag = null;
    viewport.addEventListener('pointerdown', (event) => {
      if (event.button !== 0) return;
      drag = { id: event.pointerId, x: event.clientX - view.x, y: event.clientY - view.y };
      viewport.setPointerCapture(event.pointerId);
      viewport.classList.add('diagram-viewport--dragging');
    });
    viewport.addEventListener('pointermove', (event) => {
      if (drag === null || event.pointerId !== drag.id) return;
      view.x = event.clientX - drag.x;
      view.y = event.clientY - drag.y;
      paint();
    });
    const endDrag = () => {
      drag = null;
      viewport.classList.remove('diagram-viewport--dragging');
    };
    viewport.addEventListener('pointerup', endDrag);
    viewport.addEventListener('pointercancel', endDrag);

    // Open SVG: the drawing alone, at full size.
    if (isImage) open.href = drawing.src;
    else {
      const copy = drawing.cloneNode(true);
      copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      open.href = URL.createObjectURL(new Blob([copy.outerHTML], { type: 'image/svg+xml' }));
    }

    let lastWidth = 0;
    new ResizeObserver(() => {
      if (viewport.clientWidth === lastWidth) return;
      lastWidth = viewport.clientWidth;
      if (view.fitted && !figure.classList.contains('diagram--full')) reset();
      else paint();
    }).observe(figure);
    reset();
    figure.dataset.state = 'ready';
  }

  const titleOf = (element, i) => {
    const before = element.previousElementSibling;
    return element.dataset.title || element.getAttribute('alt') || (before && /^H[2-6]$/.test(before.tagName) ? before.textContent.trim() : `Diagram ${i + 1}`);
  };
  const imagesDone = Promise.all(
    images.map(
      (img, i) =>
        new Promise((resolve) => {
          const show = () => {
            if (img.naturalWidth > 0) viewer(img.parentElement.tagName === 'P' && img.parentElement.children.length === 1 ? img.parentElement : img, img, titleOf(img, i));
            resolve();
          };
          if (img.complete) show();
          else {
            img.addEventListener('load', show, { once: true });
            img.addEventListener('error', resolve, { once: true });
          }
        }),
    ),
  );
  if (blocks.length === 0) {
    imagesDone.then(() => (html.dataset.diagrams = 'ready'));
    return;
  }
  const script = document.createElement('script');
  script.src = loader.dataset.mermaid;
  script.onerror = () => {
    html.dataset.diagrams = 'error';
  };
  script.onload = async () => {
    const dark = html.dataset.theme === 'dark' || (html.dataset.theme !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
    const base = { startOnLoad: false, theme: dark ? 'dark' : 'default', securityLevel: 'strict', state: { useMaxWidth: false }, flowchart: { useMaxWidth: false } };
    for (const [i, code] of blocks.entries()) {
      const pre = code.parentElement;
      const title = titleOf(pre, i);
      try {
        // A gantt chart is laid out for a given width: the column's.
        window.mermaid.initialize({ ...base, gantt: { useMaxWidth: false, useWidth: Math.max(GANTT_MIN_WIDTH, pre.parentElement.clientWidth) } });
        const { svg } = await window.mermaid.render(`mermaid-diagram-${i}`, code.textContent);
        const holder = document.createElement('div');
        holder.innerHTML = svg;
        viewer(pre, holder.querySelector('svg'), title);
      } catch (error) {
        pre.title = `Mermaid could not render this diagram: ${error}`;
        pre.dataset.state = 'error';
      }
    }
    await imagesDone;
    html.dataset.diagrams = 'ready';
  };
  document.head.append(script);
})();
