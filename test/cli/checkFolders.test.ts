/**
 * `ismap-liu check <folder>` on the real file system: `*.fixture.json` found at every depth in
 * name order, hidden folders and node_modules skipped, each file and folder once (a symbolic
 * link loop ends), and what is not a regular file refused by the CLI's file reader.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { collectFixtures } from '../../src/cli/check/collect.js';
import { checkReal } from './checkSupport.js';

const root = mkdtempSync(join(tmpdir(), 'ismap-liu-check-folders-'));
const CASE = fileURLToPath(new URL('../../examples/kintai-cloud-registration.json', import.meta.url));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A passing fixture named `name`. */
const good = (name: string) => JSON.stringify({ name, case: CASE, asOf: '2025-03-01', expect: { listEntry: { listed: true } } });
/** Writes `text` at `root/rel`, creating its folders. */
function put(rel: string, text: string): string {
  const path = join(root, rel);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
  return path;
}

const tree = join(root, 'tree');
const unix = process.platform !== 'win32';

beforeAll(() => {
  for (const rel of ['b.fixture.json', 'a/z.fixture.json', 'a/c/y.fixture.json', 'A.fixture.json', 'é.fixture.json', 'a-b/x.fixture.json']) put(`tree/${rel}`, good(rel));
  put('tree/.hidden/h.fixture.json', '{ broken');
  put('tree/node_modules/m.fixture.json', '{ broken');
  put('tree/a/case.json', '{ "not": "a fixture" }');
  put('tree/notes.fixture.json.txt', 'not a fixture');
  mkdirSync(join(tree, 'empty'));
  if (unix) {
    symlinkSync(tree, join(tree, 'a', 'loop'));
    symlinkSync(join(tree, 'b.fixture.json'), join(tree, 'a', 'c', 'linked.fixture.json'));
  }
});

describe('folders', () => {
  test('every *.fixture.json below a folder, in code-unit order at each level, each file once', () => {
    const { files, problems } = collectFixtures([tree]);
    expect(problems).toEqual([]);
    // a/loop leads back to tree (searched already); a/c/linked.fixture.json is another name of b.fixture.json, listed under its own path
    const expected = ['A.fixture.json', 'a/c/y.fixture.json', ...(unix ? ['a/c/linked.fixture.json'] : []), 'a/z.fixture.json', 'a-b/x.fixture.json', 'b.fixture.json', 'é.fixture.json'];
    expect(files.map((f) => f.slice(tree.length + 1).replaceAll('\\', '/')).sort()).toEqual([...expected].sort());
    expect(files.map((f) => f.slice(tree.length + 1).replaceAll('\\', '/'))).toEqual(unix ? ['A.fixture.json', 'a/c/linked.fixture.json', 'a/c/y.fixture.json', 'a/z.fixture.json', 'a-b/x.fixture.json', 'b.fixture.json', 'é.fixture.json'] : expected);
  });

  test('the run: every fixture found, exit 0', () => {
    const result = checkReal(tree);
    expect(result.stderr ?? '').toBe('');
    expect(result.code).toBe(0);
    const count = unix ? 7 : 6;
    expect(result.stdout).toContain(`\n${count} fixtures in ${count} files: ${count} expectations, ${count} passed, 0 failed\n`);
  });

  test('a folder and a file in it, or a folder twice: each file once', () => {
    const twice = collectFixtures([join(tree, 'a'), join(tree, 'a', 'z.fixture.json'), join(tree, 'a')]);
    expect(twice.problems).toEqual([]);
    expect(twice.files.filter((f) => f.endsWith('z.fixture.json'))).toHaveLength(1);
  });

  test('a file named on the command line is read whatever its name', () => {
    const path = put('named/plain.json', good('plain'));
    expect(checkReal(path).code).toBe(0);
  });

  test('a folder without fixtures: exit 2, the folder named', () => {
    const result = checkReal(join(tree, 'empty'));
    expect(result.code).toBe(2);
    expect(result.stdout ?? '').toBe('');
    expect(result.stderr).toContain(`found no *.fixture.json file in the folder "${join(tree, 'empty')}"`);
  });

  test('a path that does not exist: exit 2, cannot read', () => {
    const result = checkReal(join(root, 'nowhere'));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('(ENOENT)');
  });
});

describe.skipIf(!unix)('what is not a regular file', () => {
  test('a dangling symbolic link, a link loop and a FIFO named *.fixture.json: refused by the file reader, exit 2', () => {
    const odd = join(root, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'ok.fixture.json'), good('ok'));
    symlinkSync(join(odd, 'gone.json'), join(odd, 'dangling.fixture.json'));
    symlinkSync(join(odd, 'self.fixture.json'), join(odd, 'self.fixture.json'));
    execFileSync('mkfifo', [join(odd, 'pipe.fixture.json')]);
    const result = checkReal(odd);
    expect(result.code).toBe(2);
    expect(result.stdout ?? '').toBe('');
    expect(result.stderr).toContain(`cannot read "${join(odd, 'dangling.fixture.json')}" (ENOENT)`);
    expect(result.stderr).toContain(`cannot read "${join(odd, 'self.fixture.json')}" (ELOOP)`);
    expect(result.stderr).toContain(`"${join(odd, 'pipe.fixture.json')}" is a FIFO (named pipe), not a regular file`);
    expect(result.stderr).toContain('3 files or folders could not be used');
  });

  // root reads any folder, so this runs only as another user
  test.skipIf(process.getuid?.() === 0)('a folder that cannot be read: exit 2, the folder named', () => {
    const locked = join(root, 'locked');
    mkdirSync(join(locked, 'inner'), { recursive: true });
    writeFileSync(join(locked, 'ok.fixture.json'), good('ok'));
    execFileSync('chmod', ['000', join(locked, 'inner')]);
    try {
      const result = checkReal(locked);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`cannot read the folder "${join(locked, 'inner')}" (EACCES)`);
    } finally {
      execFileSync('chmod', ['755', join(locked, 'inner')]);
    }
  });
});
