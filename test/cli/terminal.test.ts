/**
 * Terminal safety: escape sequences, C1 controls, DEL, line separators and bidirectional
 * overrides in a case file's free text (the service name, incident ids) or in a bad value never
 * reach the terminal raw — not in the report, not in --json, not in --ics, not on stderr.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { evaluateCase, formatEvaluation } from '../../src/machines/index.js';
import { run } from '../../src/cli/run.js';
import { expectSuccess, expectUsageError, fakeIo } from './fakeIo.js';

/** Every character a terminal or a text viewer may act on (line feeds excepted: they end lines). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

// ESC [31m (red), CSI as the one C1 character U+009B, DEL, RLO, LRI, LINE SEPARATOR, CR, LF, NUL
const EVIL_NAME = 'Tsuuchi\u001b[31m Mail\u009b2J\u007f\u202eliaM\u2066x\u2028y\rz\nStatus: deleted\u0000';
const EVIL_ID = 'INC\u001b]0;pwned\u0007-\u009b1m\u202e01';

const incident = JSON.parse(readFileSync(new URL('../../examples/tsuuchi-mail-incident-suspension.json', import.meta.url), 'utf8')) as { service: { name: string }; events: { incidentId?: string }[] };
const evil = {
  ...incident,
  service: { ...incident.service, name: EVIL_NAME },
  events: incident.events.map((e) => (e.incidentId === 'INC-2024-01' ? { ...e, incidentId: EVIL_ID } : e)),
};
const files = { 'evil.json': JSON.stringify(evil) };
const AS_OF = '2025-01-05T10:00+09:00';

describe('the readable report (formatEvaluation)', () => {
  const out = expectSuccess(run(['evaluate', 'evil.json', '--as-of', AS_OF], fakeIo(files)));

  test('has no raw control, separator or bidi character, and no line made by a value', () => {
    expect(out).not.toMatch(RAW);
    const lines = out.split('\n');
    expect(lines[0]).toMatch(/^Tsuuchi\\u001b\[31m Mail\\u009b2J\\u007f\\u202eliaM\\u2066x\\u2028y\\u000dz\\u000aStatus: deleted\\u0000 -- as of /);
    expect(lines.filter((l) => l.startsWith('Status: '))).toHaveLength(1);
  });

  test('shows the id escaped wherever it appears', () => {
    const shown = 'INC\\u001b]0;pwned\\u0007-\\u009b1m\\u202e01';
    expect(out).toContain(`incident ${shown}`);
    expect(out.split(shown).length).toBeGreaterThan(2);
  });

  test('is what formatEvaluation returns', () => {
    expect(out).toBe(formatEvaluation(evaluateCase(evil, { asOf: AS_OF })));
  });

  test('cuts a very long name (with its length) and keeps every line bounded', () => {
    const long = { ...evil, service: { name: `${'名'.repeat(100_000)}\u001b` } };
    const text = expectSuccess(run(['evaluate', 'long.json', '--as-of', AS_OF], fakeIo({ 'long.json': JSON.stringify(long) })));
    expect(text.split('\n')[0]).toMatch(/^名{199}… \(100001 characters\) -- as of /);
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(2100);
  });
});

describe('--json', () => {
  const out = expectSuccess(run(['evaluate', 'evil.json', '--as-of', AS_OF, '--json'], fakeIo(files)));

  test('parses back to exactly what evaluateCase returns', () => {
    expect(JSON.parse(out)).toEqual(JSON.parse(JSON.stringify(evaluateCase(evil, { asOf: AS_OF }))));
    expect((JSON.parse(out) as { service: { name: string } }).service.name).toBe(EVIL_NAME);
  });

  test('escapes DEL, C1, U+2028/2029 and bidi controls as \\uXXXX, as JSON.stringify does C0', () => {
    expect(out).not.toMatch(RAW);
    expect(out).toContain('"Tsuuchi\\u001b[31m Mail\\u009b2J\\u007f\\u202eliaM\\u2066x\\u2028y\\rz\\nStatus: deleted\\u0000"');
  });

  test('every --json output goes through the same escaping (deadline, clauses, calendar)', () => {
    for (const args of [['deadline', '13.2', '--from', '2024-12-27T15:00+09:00', '--json'], ['clauses', '--json'], ['calendar', '2026', '--json']]) {
      const text = expectSuccess(run(args, fakeIo()));
      expect(text).not.toMatch(RAW);
      expect(() => JSON.parse(text)).not.toThrow();
    }
  });
});

describe('--ics', () => {
  const out = expectSuccess(run(['evaluate', 'evil.json', '--as-of', AS_OF, '--ics'], fakeIo(files)));

  test('has no raw control character apart from the CRLF that ends each line', () => {
    expect(out.endsWith('\r\n')).toBe(true);
    for (const line of out.slice(0, -2).split('\r\n')) expect(line).not.toMatch(RAW);
  });

  test('is still a calendar that parses, named after the service (controls as spaces, line breaks as TEXT escapes)', () => {
    const calendar = new ICAL.Component(ICAL.parse(out));
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toBe('ISMAP-LIU: Tsuuchi [31m Mail 2J  liaM x y\\nz\\nStatus: deleted '); // X-WR-CALNAME is not unescaped by ical.js
    expect(calendar.getAllSubcomponents('vevent').length).toBeGreaterThan(0);
  });
});

describe('stderr', () => {
  test('a bad --as-of with an escape sequence: one line, escaped', () => {
    const err = expectUsageError(run(['evaluate', 'evil.json', '--as-of', '2025-01-05\u001b[2J\u009b'], fakeIo(files)), '\\u001b[2J');
    expect(err.slice(0, -1)).not.toMatch(RAW);
  });

  test('an unknown command or option with C1 and bidi controls: escaped', () => {
    for (const args of [['dead\u009bline'], ['calendar', '--x\u202e'], ['clauses', '1\u2028', '2'], ['deadline', '13.2', '--from', '\u007f']]) {
      const err = expectUsageError(run(args, fakeIo()));
      expect(err.slice(0, -1)).not.toMatch(RAW);
    }
  });

  test('a missing file whose name holds controls: one line, escaped', () => {
    const err = expectUsageError(run(['evaluate', 'no\u009b\u202e.json', '--as-of', AS_OF], fakeIo(files)), 'no\\u009b\\u202e.json');
    expect(err.slice(0, -1)).not.toMatch(RAW);
  });

  test('validation problems whose paths and values hold controls: escaped, one line each', () => {
    const bad = { service: { name: 'x' }, events: [{ type: 'time.passed', at: '2025\u009b-01-01', '\u001b[2J': 1 }, { type: 'x\u202ey\u001b', at: '2025-01-02' }] };
    const result = run(['evaluate', 'bad\u0007.json', '--as-of', AS_OF], fakeIo({ 'bad\u0007.json': JSON.stringify(bad) }));
    expect(result.code).toBe(2);
    expect(result.stdout ?? '').toBe('');
    const lines = (result.stderr ?? '').trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      expect(line).toMatch(/^ismap-liu: bad\\u0007\.json: \$/);
      expect(line).not.toMatch(RAW);
    }
    expect(result.stderr).toContain('\\u009b');
  });

  test('a file that is not JSON, with controls in it: the parser message is escaped', () => {
    const err = expectUsageError(run(['evaluate', 'x.json', '--as-of', AS_OF], fakeIo({ 'x.json': '{"a": \u001b[31m \u009b}' })), /not valid JSON/);
    expect(err.slice(0, -1)).not.toMatch(RAW);
  });
});
