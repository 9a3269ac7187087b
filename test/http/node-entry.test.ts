/**
 * The Node entry as a person runs it (`tsx examples/http/src/node.ts`, PORT=0): it starts, says
 * where it listens, and answers there; it resolves `ismap-liu` through Node's own package
 * self-reference, not the test runner's.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect, it } from 'vitest';
import { ensureBuilt } from '../../scripts/ensure-built.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

beforeAll(() => ensureBuilt(), 600_000);

it('starts on the port it is given and answers GET /calendar/2025', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', 'examples/http/src/node.ts'], { cwd: ROOT, env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const found = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out);
        if (found?.[1] !== undefined) resolve(found[1]);
      });
      child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.once('exit', (code) => reject(new Error(`exited (${code}) before listening:\n${out}`)));
    });
    const response = await fetch(`${url}/calendar/2025`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { holidays: { date: string; name?: string }[] };
    expect(body.holidays[0]).toMatchObject({ date: '2025-01-01', name: '元日' });
  } finally {
    child.kill('SIGTERM');
  }
}, 60_000);
