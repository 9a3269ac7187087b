/**
 * The service as a Worker (Cloudflare Workers, workerd, or any runtime that calls
 * `export default { fetch }`): bundle this file, e.g. `esbuild examples/http/src/worker.ts
 * --bundle --format=esm --platform=neutral --main-fields=module,main --outfile=worker.js`.
 */
import { createApp } from './app.js';

const app = createApp();

export default { fetch: app.fetch };
