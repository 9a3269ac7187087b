/**
 * The built bin (`dist/cli.js`, made by `npm run build`), run as a process. Skipped, with a
 * message, when it has not been built.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { deadline } from '../../src/rules/periods/index.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));
const built = existsSync(BIN);
const SKIPPED = built ? '' : ' [SKIPPED: dist/cli.js does not exist; run `npm run build` to build it]';

function bin(...args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
}

describe(`node dist/cli.js${SKIPPED}`, () => {
  test.skipIf(!built)('deadline 13.2 --from 2024-12-27T15:00+09:00 prints the last day 2025-01-08', () => {
    const out = execFileSync(process.execPath, [BIN, 'deadline', '13.2', '--from', '2024-12-27T15:00+09:00'], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
    expect(out).toContain('13.2');
    expect(out).toMatch(/last day\s+2025-01-08/);
    expect(out).not.toMatch(/if extended/);
  });

  test.skipIf(!built)('--json prints what deadline returns', () => {
    const r = bin('deadline', '13.2', '--from', '2024-12-27T15:00+09:00', '--json');
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual(deadline('13.2', '2024-12-27T15:00+09:00'));
  });

  test.skipIf(!built)('bad input exits 2 with one line on stderr', () => {
    const r = bin('deadline', '13.2', '--from', '2024-12-27T15:00');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ismap-liu: [^\n]*2024-12-27T15:00[^\n]*\n$/);
  });
});
