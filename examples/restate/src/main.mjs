// Serves the case Virtual Object as a Restate service endpoint (HTTP/2 without TLS, as
// restate-server calls it). PORT (default 9080) and HOST (default 127.0.0.1) choose where.
//
//   node examples/restate/src/main.mjs     (Node 22+), then register it: see examples/restate/README.md
import http2 from 'node:http2';
import * as restate from '@restatedev/restate-sdk';
import { caseObject } from './caseObject.mjs';

const port = Number(process.env.PORT ?? 9080);
const host = process.env.HOST ?? '127.0.0.1';
const server = http2.createServer(restate.endpoint().bind(caseObject).http2Handler());
server.listen(port, host, () => {
  const address = server.address();
  console.log(`ismap-liu case service listening on http://${host}:${typeof address === 'object' && address !== null ? address.port : port}`);
});
// Stop at once: Restate keeps its connections open, and retries whatever was in flight
// (an endpoint may go away at any moment; the durable state and timers are Restate's).
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
