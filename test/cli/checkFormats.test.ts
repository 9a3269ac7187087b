/**
 * `ismap-liu check --format tap|junit`, and the escaping of every format: TAP version 14 that a
 * strict reader accepts (plan, numbered points, YAML blocks whose values parse), JUnit XML that
 * is well formed with counts that add up, and no character a terminal or an XML reader would
 * trip on in any of them.
 */
import { describe, expect, test } from 'vitest';
import { isWellFormedXml } from '../docs/_support/xml.js';
import { checkReal, checkWith, fixture } from './checkSupport.js';

/** A test point of a TAP stream. */
interface Point {
  readonly ok: boolean;
  readonly description: string;
  readonly yaml: Readonly<Record<string, unknown>> | null;
}

/**
 * A strict reader of the TAP 14 this command writes: the version line, the plan, then numbered
 * test points in order, each failure optionally followed by a YAML block of `key: <JSON>` lines
 * (JSON is YAML 1.2), and comments. Anything else throws.
 */
function readTap(text: string): { plan: number; points: Point[]; comments: string[] } {
  expect(text.endsWith('\n')).toBe(true);
  const lines = text.slice(0, -1).split('\n');
  expect(lines[0]).toBe('TAP version 14');
  const plan = /^1\.\.(\d+)$/.exec(lines[1] ?? '');
  if (plan === null) throw new Error(`no plan: ${lines[1]}`);
  const points: Point[] = [];
  const comments: string[] = [];
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line.startsWith('# ')) {
      comments.push(line.slice(2));
      continue;
    }
    const m = /^(not ok|ok) (\d+) - (.*)$/.exec(line);
    if (m === null) throw new Error(`not a TAP line: ${JSON.stringify(line)}`);
    expect(Number(m[2])).toBe(points.length + 1);
    const description = m[3] as string;
    // A # or \ in a description is escaped (TAP 14), so a bare # never starts a directive.
    expect(description.replace(/\\[\\#]/g, '')).not.toMatch(/[#\\]/);
    let yaml: Record<string, unknown> | null = null;
    if (lines[i + 1] === '  ---') {
      yaml = {};
      for (i += 2; lines[i] !== '  ...'; i += 1) {
        const entry = /^ {2}([A-Za-z]\w*): (.+)$/.exec(lines[i] ?? '');
        if (entry === null) throw new Error(`not a YAML line: ${JSON.stringify(lines[i])}`);
        yaml[entry[1] as string] = JSON.parse(entry[2] as string);
      }
    }
    points.push({ ok: m[1] === 'ok', description, yaml });
  }
  return { plan: Number(plan[1]), points, comments };
}

const MIXED = {
  'a.fixture.json': [fixture({ obligations: { match: 'exact', items: [{ clause: '12.1', lastDay: '2026-01-30' }] }, listEntry: { listed: true } }), fixture({ listEntry: { listed: true } }, { name: 'second' })],
  'b.fixture.json': fixture({ refused: { match: 'exact', items: [] }, listEntry: null }, { case: 'rejected.json', name: 'third' }),
};
/** Characters a terminal would act on: they never reach the output raw (\n only between lines). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
/** And those XML 1.0 does not allow either. */
const RAW_XML = new RegExp(`${RAW.source}|[\\ufffe\\uffff]`);
const HOSTILE = 'a # b \\ c <&>"\' \u001b[31m \u009b \u202e \u2028 \uffff \t end';

describe('--format tap', () => {
  test('a plan, a point per expectation in order, YAML diagnostics under each failure', () => {
    const result = checkWith(MIXED, '--format', 'tap');
    expect(result.code).toBe(1);
    const tap = readTap(result.stdout ?? '');
    expect(tap.plan).toBe(5);
    expect(tap.points).toHaveLength(5);
    expect(tap.points.filter((p) => p.ok)).toHaveLength(3);
    expect(tap.points.filter((p) => !p.ok)).toHaveLength(2);
    expect(tap.points.map((p) => p.description)).toEqual([
      'a.fixture.json: sample (as of 2025-03-01): obligations (exact, 1 row)',
      'a.fixture.json: sample (as of 2025-03-01): listEntry',
      'a.fixture.json: second (as of 2025-03-01): listEntry',
      'b.fixture.json: third (as of 2025-03-01): refused (exact, 0 rows)',
      'b.fixture.json: third (as of 2025-03-01): listEntry',
    ]);
    const first = tap.points[0]?.yaml ?? {};
    expect(Object.keys(first)).toEqual(['message', 'severity', 'file', 'at', 'asOf', 'diff', 'expected', 'actual']);
    expect(first['at']).toBe('$[0].expect.obligations');
    expect(first['diff']).toEqual(['12.1: lastDay: expected "2026-01-30", actual "2026-01-31"', expect.stringMatching(/^\+ unexpected \{"clause":"7\.6\(7\)"/)]);
    expect(first['expected']).toEqual({ match: 'exact', items: [{ clause: '12.1', lastDay: '2026-01-30' }] });
    expect(first['actual']).toEqual([expect.objectContaining({ clause: '7.6(7)' }), expect.objectContaining({ clause: '12.1', lastDay: '2026-01-31' })]);
    expect(tap.points.filter((p) => p.ok).every((p) => p.yaml === null)).toBe(true);
    expect(tap.comments).toEqual(['3 fixtures in 2 files: 5 expectations, 3 passed, 2 failed (2 fixtures failed)']);
  });

  test('the sample fixtures: every point ok', () => {
    const result = checkReal('examples/fixtures', '--format', 'tap');
    expect(result.code).toBe(0);
    const tap = readTap(result.stdout ?? '');
    expect(tap.plan).toBe(tap.points.length);
    expect(tap.points.every((p) => p.ok)).toBe(true);
    expect(tap.plan).toBeGreaterThanOrEqual(60);
  });

  test('hostile names: escaped in descriptions and YAML, which still read back', () => {
    const result = checkWith({ 'a.fixture.json': fixture({ listEntry: null }, { name: HOSTILE }) }, '--format', 'tap');
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(RAW);
    const tap = readTap(result.stdout ?? '');
    expect(tap.points[0]?.description).toBe('a.fixture.json: a \\# b \\\\ c <&>"\' \\\\u001b[31m \\\\u009b \\\\u202e \\\\u2028 \uffff \\\\u0009 end (as of 2025-03-01): listEntry');
  });
});

describe('--format junit', () => {
  test('well formed; a testsuite per file, a testcase per expectation, the counts add up', () => {
    const result = checkWith(MIXED, '--format', 'junit');
    expect(result.code).toBe(1);
    const xml = result.stdout ?? '';
    const [declaration, ...rest] = xml.split('\n');
    expect(declaration).toBe('<?xml version="1.0" encoding="UTF-8"?>');
    expect(isWellFormedXml(rest.join('\n'))).toBe(true);
    expect(xml).toContain('<testsuites name="ismap-liu check" tests="5" failures="2" errors="0">');
    expect(xml.match(/<testsuite /g)).toHaveLength(2);
    expect(xml).toContain('<testsuite name="a.fixture.json" tests="3" failures="1" errors="0" skipped="0">');
    expect(xml).toContain('<testsuite name="b.fixture.json" tests="2" failures="1" errors="0" skipped="0">');
    expect(xml.match(/<testcase /g)).toHaveLength(5);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('<testcase classname="sample (as of 2025-03-01)" name="obligations (exact, 1 row)">');
    expect(xml).toContain('<failure message="2 differences at $[0].expect.obligations" type="mismatch">12.1: lastDay: expected &quot;2026-01-30&quot;, actual &quot;2026-01-31&quot;\n+ unexpected {&quot;clause&quot;:&quot;7.6(7)&quot;');
  });

  test('hostile names and paths: escaped, still well formed', () => {
    const result = checkWith({ [`${HOSTILE}.fixture.json`]: fixture({ listEntry: null }, { name: HOSTILE }) }, '--format', 'junit');
    expect(result.code, result.stderr).toBe(1);
    const xml = result.stdout ?? '';
    expect(xml).not.toMatch(RAW_XML);
    expect(isWellFormedXml(xml.split('\n').slice(1).join('\n'))).toBe(true);
    expect(xml).toContain('a # b \\ c &lt;&amp;&gt;&quot;&apos; \\u001b[31m \\u009b \\u202e \\u2028 \\uffff \\u0009 end');
  });
});

describe('the text report', () => {
  test('hostile names and paths are shown escaped', () => {
    const result = checkWith({ [`${HOSTILE}.fixture.json`]: fixture({ listEntry: null }, { name: HOSTILE }) });
    expect(result.code).toBe(1);
    expect(result.stdout).not.toMatch(RAW);
    expect(result.stdout).toContain('a # b \\ c <&>"\' \\u001b[31m \\u009b \\u202e \\u2028 \uffff \\u0009 end.fixture.json\n');
  });
});
