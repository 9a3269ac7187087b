/**
 * The service on Node: `npx tsx examples/http/src/node.ts` (PORT, default 8787; HOST, default
 * 127.0.0.1).
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';

/** A running server: its address, and how to stop it. */
export interface Running {
  /** `http://host:port`. */
  readonly url: string;
  /** Stops accepting connections and closes idle ones. */
  close(): Promise<void>;
}

/** Starts the service on `port` (0: any free port) and `hostname`. */
export function start(port = 8787, hostname = '127.0.0.1'): Promise<Running> {
  const app = createApp();
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      resolve({
        url: `http://${info.family === 'IPv6' ? `[${info.address}]` : info.address}:${info.port}`,
        close: () =>
          new Promise<void>((done, failed) => {
            server.close((error) => (error ? failed(error) : done()));
            if ('closeIdleConnections' in server) server.closeIdleConnections();
          }),
      });
    });
    server.once('error', reject);
  });
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const running = await start(Number(process.env['PORT'] ?? 8787), process.env['HOST'] ?? '127.0.0.1');
  console.log(`ismap-liu HTTP service listening on ${running.url} (OpenAPI document: ${running.url}/openapi.json)`);
}
