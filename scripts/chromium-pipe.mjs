// A minimal Chrome DevTools Protocol client over `chromium --remote-debugging-pipe` (file
// descriptors 3 and 4, one JSON message per NUL-terminated frame): no WebSocket, no driver
// package. Enough to open a page at a given viewport, wait for it and evaluate expressions.
//
//   const browser = await launchChromium();
//   const page = await browser.open('file:///…/index.html', { width: 1280, height: 900 });
//   const value = await page.evaluate('document.title');
//   await browser.close();
//
// The browser is $CHROMIUM, else the first of chromium, chromium-browser, google-chrome on PATH.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The browser executable, or `null` when none is installed. */
export function findChromium() {
  if (process.env.CHROMIUM) return existsSync(process.env.CHROMIUM) ? process.env.CHROMIUM : null;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      if (dir && existsSync(join(dir, name))) return join(dir, name);
    }
  }
  return null;
}

/**
 * Starts a headless browser driven over a pipe.
 *
 * @param {{ timeout?: number }} [options] - `timeout`: milliseconds any one command may take (default 60 000)
 */
export async function launchChromium({ timeout = 60_000 } = {}) {
  const executable = findChromium();
  if (executable === null) throw new Error("no chromium found (install Debian's package: apt-get install -y chromium, or set $CHROMIUM)");
  const profile = mkdtempSync(join(tmpdir(), 'ismap-liu-cdp-'));
  const args = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--no-default-browser-check', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--hide-scrollbars', '--remote-debugging-pipe', `--user-data-dir=${profile}`, 'about:blank'];
  const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const [, , , input, output] = child.stdio;
  const pending = new Map();
  const listeners = new Set();
  let nextId = 1;
  let buffer = Buffer.alloc(0);
  let exited = null;
  const fail = (error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  child.on('exit', (code, signal) => {
    exited = `chromium exited (${signal ?? code}): ${Buffer.concat(stderr).toString().trim().split('\n').slice(-3).join(' | ')}`;
    fail(new Error(exited));
  });
  child.on('error', (error) => fail(error));
  output.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (let end = buffer.indexOf(0); end !== -1; end = buffer.indexOf(0)) {
      const message = JSON.parse(buffer.subarray(0, end).toString('utf8'));
      buffer = buffer.subarray(end + 1);
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (waiter) {
        pending.delete(message.id);
        if (message.error) waiter.reject(new Error(`${waiter.method}: ${message.error.message}`));
        else waiter.resolve(message.result);
      } else if (message.method) for (const listener of listeners) listener(message);
    }
  });

  /** Sends a command (to a page when `sessionId` is given) and resolves with its result. */
  const send = (method, params = {}, sessionId = undefined) => {
    if (exited) return Promise.reject(new Error(exited));
    const id = nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeout} ms`));
      }, timeout);
      const done = (fn) => (value) => {
        clearTimeout(timer);
        fn(value);
      };
      pending.set(id, { method, resolve: done(resolve), reject: done(reject) });
      input.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  };
  /** Resolves with the first event named `method` (of the session) for which `test` holds. */
  const once = (method, sessionId, test = () => true) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        listeners.delete(listener);
        reject(new Error(`${method}: not received within ${timeout} ms`));
      }, timeout);
      const listener = (message) => {
        if (message.method !== method || message.sessionId !== sessionId || !test(message.params)) return;
        clearTimeout(timer);
        listeners.delete(listener);
        resolve(message.params);
      };
      listeners.add(listener);
    });

  const { product } = await send('Browser.getVersion');
  return {
    /** e.g. `Chrome/156.0.8078.114` */
    version: product,
    /**
     * Opens `url` in a new page of `width` × `height` CSS pixels and waits for its load event.
     *
     * @param {string} url
     * @param {{ width: number, height: number }} viewport
     */
    async open(url, { width, height }) {
      const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
      const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
      const errors = [];
      listeners.add((message) => {
        if (message.sessionId !== sessionId) return;
        if (message.method === 'Runtime.exceptionThrown') errors.push(message.params.exceptionDetails.exception?.description ?? message.params.exceptionDetails.text);
      });
      await send('Page.enable', {}, sessionId);
      await send('Runtime.enable', {}, sessionId);
      await send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 1, mobile: false }, sessionId);
      const loaded = once('Page.loadEventFired', sessionId);
      const { errorText } = await send('Page.navigate', { url }, sessionId);
      if (errorText) throw new Error(`cannot open ${url}: ${errorText}`);
      await loaded;
      return {
        /** Uncaught exceptions of the page so far. */
        errors,
        /**
         * The value of a JavaScript expression in the page (awaited when it is a promise).
         *
         * @param {string} expression
         */
        async evaluate(expression) {
          const { result, exceptionDetails } = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId);
          if (exceptionDetails) throw new Error(`in the page: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
          return result.value;
        },
        /**
         * A PNG screenshot of the viewport, or of the whole page.
         *
         * @param {{ fullPage?: boolean }} [options]
         */
        async screenshot({ fullPage = false } = {}) {
          const { data } = await send('Page.captureScreenshot', { format: 'png', captureBeyondViewport: fullPage }, sessionId);
          return Buffer.from(data, 'base64');
        },
        async close() {
          await send('Target.closeTarget', { targetId });
        },
      };
    },
    async close() {
      if (!exited) {
        const gone = new Promise((resolve) => child.once('exit', resolve));
        send('Browser.close').catch(() => {});
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(timer);
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
