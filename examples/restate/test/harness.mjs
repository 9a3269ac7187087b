// Starts and stops a local restate-server (fresh data directory, free ports on 127.0.0.1) and the
// case service endpoint, registers the endpoint, and calls handlers through the ingress.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = fileURLToPath(new URL('..', import.meta.url));

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `probe` every 100 ms until it returns true, or fails after `ms`. */
async function until(what, ms, probe) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if (await probe()) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${what} did not come up within ${ms} ms`);
    await sleep(100);
  }
}

function exited(child, ms) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops a child: SIGTERM, then SIGKILL after 20 s. */
async function stop(child) {
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  if (!(await exited(child, 20_000))) {
    child.kill('SIGKILL');
    await exited(child, 5_000);
  }
}

/**
 * A local Restate: one restate-server (restartable on the same data and ports) and the case
 * endpoint (examples/restate/src/main.mjs). Logs go to files in the work directory, shown by `logs()`.
 */
export class LocalRestate {
  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'ismap-liu-restate-'));
    this.server = null;
    this.endpoint = null;
    this.starts = 0;
  }

  async init() {
    this.ports = { ingress: await freePort(), admin: await freePort(), node: await freePort(), endpoint: await freePort() };
    this.ingress = `http://127.0.0.1:${this.ports.ingress}`;
    this.admin = `http://127.0.0.1:${this.ports.admin}`;
    return this;
  }

  /** Starts restate-server on the work directory's data, and waits until its admin API and ingress answer. */
  async startServer() {
    const binary = require.resolve(`@restatedev/restate-server-${process.platform}-${process.arch}/bin/restate-server`);
    const log = createWriteStream(join(this.dir, `server-${++this.starts}.log`));
    this.server = spawn(binary, ['--no-logo', '--listen-mode', 'tcp', '--base-dir', join(this.dir, 'data')], {
      cwd: this.dir,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH ?? '',
        HOME: this.dir,
        RESTATE_INGRESS__BIND_ADDRESS: `127.0.0.1:${this.ports.ingress}`,
        RESTATE_ADMIN__BIND_ADDRESS: `127.0.0.1:${this.ports.admin}`,
        RESTATE_BIND_ADDRESS: `127.0.0.1:${this.ports.node}`,
        RESTATE_ADVERTISED_ADDRESS: `http://127.0.0.1:${this.ports.node}/`,
        RESTATE_NODE_NAME: 'ismap-liu-test',
        RESTATE_DISABLE_TELEMETRY: 'true',
        RESTATE_DEFAULT_NUM_PARTITIONS: '4',
        RESTATE_ROCKSDB_TOTAL_MEMORY_SIZE: '256MiB',
        RESTATE_LOG_DISABLE_ANSI_CODES: 'true',
      },
    });
    this.server.stdout.pipe(log);
    this.server.stderr.pipe(log);
    const started = Date.now();
    await until('restate-server admin API', 30_000, async () => (await fetch(`${this.admin}/health`)).ok);
    await until('restate-server ingress', 30_000, async () => (await fetch(`${this.ingress}/restate/health`)).ok);
    return Date.now() - started;
  }

  /** Stops restate-server (SIGTERM: a graceful stop). */
  async stopServer() {
    await stop(this.server);
    this.server = null;
  }

  /** Starts the case endpoint and registers it with the admin API. */
  async startEndpoint() {
    const log = createWriteStream(join(this.dir, 'endpoint.log'));
    this.endpoint = spawn(process.execPath, [join(HERE, 'src', 'main.mjs')], {
      cwd: HERE,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PORT: String(this.ports.endpoint), HOST: '127.0.0.1' },
    });
    this.endpoint.stdout.pipe(log);
    this.endpoint.stderr.pipe(log);
    await until('the case endpoint', 30_000, async () => readFileSync(join(this.dir, 'endpoint.log'), 'utf8').includes('listening on'));
    const response = await fetch(`${this.admin}/deployments`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ uri: `http://127.0.0.1:${this.ports.endpoint}` }),
    });
    if (!response.ok) throw new Error(`registering the endpoint failed: ${response.status} ${await response.text()}`);
    return response.json();
  }

  /** Calls `handler` of the case object `key` through the ingress: `{ status, body }`. */
  async call(handler, key, body) {
    const response = await fetch(`${this.ingress}/case/${encodeURIComponent(key)}/${handler}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // an error message in plain text
    }
    return { status: response.status, body: parsed };
  }

  /** Calls `handler` and returns its result, failing on any status but 200. */
  async ok(handler, key, body) {
    const r = await this.call(handler, key, body);
    if (r.status !== 200) throw new Error(`${handler} answered ${r.status}: ${JSON.stringify(r.body)}`);
    return r.body;
  }

  /** The last lines of every log. */
  logs(lines = 40) {
    const out = [];
    for (const name of ['endpoint.log', ...Array.from({ length: this.starts }, (_, i) => `server-${i + 1}.log`)]) {
      try {
        out.push(`----- ${name}`, ...readFileSync(join(this.dir, name), 'utf8').trimEnd().split('\n').slice(-lines));
      } catch {
        // never written
      }
    }
    return out.join('\n');
  }

  /** Stops everything and removes the work directory. */
  async close() {
    await stop(this.endpoint);
    await this.stopServer();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
