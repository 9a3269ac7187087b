/**
 * `ismap-liu check`: each kind of expectation passes when the evaluation says it and fails with
 * a readable difference when it does not; bad fixtures, unreadable files and a bad command line
 * are exit code 2 with the problem named.
 */
import { describe, expect, test } from 'vitest';
import { pairRows, sameJson } from '../../src/cli/check/rows.js';
import { CASES, checkWith, fixture } from './checkSupport.js';
import { expectUsageError } from './fakeIo.js';

/** The run of one fixture file holding `value`: exit code and stdout. */
const one = (value: unknown) => checkWith({ 'a.fixture.json': value });

/** A run that must fail (exit 1): its report. */
function failing(value: unknown): string {
  const result = one(value);
  expect(result.stderr ?? '', 'stderr').toBe('');
  expect(result.code, result.stdout).toBe(1);
  return result.stdout ?? '';
}

/** A run that must pass (exit 0): its report. */
function passing(value: unknown): string {
  const result = one(value);
  expect(result.stderr ?? '', 'stderr').toBe('');
  expect(result.code, result.stdout).toBe(0);
  expect(result.stdout).not.toContain('FAIL');
  return result.stdout ?? '';
}

const REGISTERED = [
  { clause: '7.6(7)', owedBy: 'A', lastDay: '2027-09-15' },
  { clause: '12.1', owedBy: 'A', lastDay: '2026-01-31', lastDayIfExtended: '2026-02-02', overdue: false },
];

describe('obligations', () => {
  test('exact and in any order: passes', () => {
    passing(fixture({ obligations: { match: 'exact', items: [...REGISTERED].reverse() } }));
  });

  test('a wrong last day: the row, the field, expected and actual', () => {
    const out = failing(fixture({ obligations: { match: 'exact', items: [REGISTERED[0], { ...REGISTERED[1], lastDay: '2026-01-30' }] } }));
    expect(out).toContain('    FAIL obligations (exact, 2 rows)  $.expect.obligations\n           12.1: lastDay: expected "2026-01-30", actual "2026-01-31"\n');
    expect(out).toContain('1 fixture in 1 file: 1 expectation, 0 passed, 1 failed (1 fixture failed)\n');
  });

  test('a missing obligation: "- missing" with the row as written', () => {
    const out = failing(fixture({ obligations: { match: 'contains', items: [{ clause: '13.2', instance: 'INC-1', owedBy: 'A', lastDay: '2025-01-08', note: 'not shown' }] } }));
    expect(out).toContain('           - missing    {"clause":"13.2","instance":"INC-1","owedBy":"A","lastDay":"2025-01-08"}\n');
    expect(out).not.toContain('not shown');
  });

  test('an obligation the fixture does not list: "+ unexpected" under exact, nothing under contains', () => {
    const out = failing(fixture({ obligations: { match: 'exact', items: [REGISTERED[1]] } }));
    expect(out).toContain('           + unexpected {"clause":"7.6(7)","process":"procedure","owedBy":"A","lastDay":"2027-09-15","lastDayIfExtended":"2027-09-15","overdue":false}\n');
    passing(fixture({ obligations: { match: 'contains', items: [REGISTERED[1]] } }));
  });

  test('rows are matched by clause and instance: a row without instance does not match an incident obligation', () => {
    const incident = { case: 'incident.json', asOf: '2025-01-05' };
    const out = failing(fixture({ obligations: { match: 'contains', items: [{ clause: '13.2', lastDay: '2025-01-08' }] } }, incident));
    expect(out).toContain('- missing    {"clause":"13.2","lastDay":"2025-01-08"}');
    passing(fixture({ obligations: { match: 'contains', items: [{ clause: '13.2', instance: 'INC-2024-01', lastDay: '2025-01-08' }] } }, incident));
  });

  test('the process, when given, is part of the key', () => {
    const out = failing(fixture({ obligations: { match: 'contains', items: [{ clause: '12.1', process: 'procedure' }] } }));
    expect(out).toContain('- missing    {"clause":"12.1","process":"procedure"}');
  });

  test('an empty exact list expects no obligation at all', () => {
    passing(fixture({ obligations: { match: 'exact', items: [] } }, { case: 'rejected.json' }));
    const out = failing(fixture({ obligations: { match: 'exact', items: [] } }));
    expect(out.match(/\+ unexpected/g)).toHaveLength(2);
  });
});

describe('refused', () => {
  const rejected = { case: 'rejected.json' };

  test('an exact list of none, with one refusal: "+ unexpected" with its index, type and code', () => {
    const out = failing(fixture({ refused: { match: 'exact', items: [] } }, rejected));
    expect(out).toContain('    FAIL refused (exact, 0 rows)  $.expect.refused\n           + unexpected {"index":14,"type":"applicant.submittedLetterOfIntent","code":"not_allowed"}\n');
  });

  test('matched by index or by type; a wrong code is a difference of that row', () => {
    passing(fixture({ refused: { match: 'exact', items: [{ index: 14 }] } }, rejected));
    passing(fixture({ refused: { match: 'exact', items: [{ type: 'applicant.submittedLetterOfIntent', code: 'not_allowed' }] } }, rejected));
    const out = failing(fixture({ refused: { match: 'exact', items: [{ index: 14, code: 'guard_failed' }] } }, rejected));
    expect(out).toContain('#14: code: expected "guard_failed", actual "not_allowed"');
    const wrongIndex = failing(fixture({ refused: { match: 'exact', items: [{ index: 13, type: 'applicant.submittedLetterOfIntent' }] } }, rejected));
    expect(wrongIndex).toContain('- missing    {"index":13,"type":"applicant.submittedLetterOfIntent"}');
    expect(wrongIndex).toContain('+ unexpected {"index":14,');
  });

  test('events after the as-of ("not yet") are left out of an exact list, and checked when a row names one', () => {
    const early = { case: 'incident.json', asOf: '2025-01-05' };
    passing(fixture({ refused: { match: 'exact', items: [] } }, early));
    passing(fixture({ refused: { match: 'exact', items: [{ index: 13, code: 'after_as_of' }] } }, early));
    expect(failing(fixture({ refused: { match: 'exact', items: [{ index: 13, code: 'not_allowed' }] } }, early))).toContain('#13: code: expected "not_allowed", actual "after_as_of"');
  });
});

describe('allowed and notAllowed', () => {
  test('a type, or a type with instance and until', () => {
    passing(fixture({ allowed: ['time.passed', { type: 'applicant.submittedLetterOfIntent', instance: null, until: '2024-12-15' }] }, { case: 'rejected.json', asOf: '2024-12-01' }));
    const out = failing(fixture({ allowed: [{ type: 'applicant.submittedLetterOfIntent', until: '2024-12-16' }] }, { case: 'rejected.json', asOf: '2024-12-01' }));
    expect(out).toContain('- not allowed {"type":"applicant.submittedLetterOfIntent","until":"2024-12-16"}; allowed as {"type":"applicant.submittedLetterOfIntent","instance":null,"until":"2024-12-15"}');
  });

  test('notAllowed fails naming the allowed event', () => {
    passing(fixture({ notAllowed: ['applicant.submittedLetterOfIntent'] }));
    const out = failing(fixture({ notAllowed: ['time.passed'] }));
    expect(out).toContain('    FAIL notAllowed (1 event)  $.expect.notAllowed\n           + allowed     {"type":"time.passed","instance":null,"until":null}\n');
  });
});

describe('status', () => {
  test('the headline is compared whole', () => {
    const out = failing(fixture({ status: { headline: 'Registered' } }));
    expect(out).toContain('FAIL status.headline  $.expect.status.headline\n           expected "Registered", actual "Registered since 2025-01-27 (');
  });

  test('a process is in a state when the state is active or an ancestor of an active one', () => {
    passing(fixture({ status: { processes: [{ process: 'registration', in: ['registration.registered', 'registration.registered.valid'] }] } }));
    const out = failing(fixture({ status: { processes: [{ process: 'registration', in: ['registration.registered.renewalPending', 'registration.reg'] }] } }));
    expect(out).toContain('not in "registration.registered.renewalPending"; in "registration.registered.valid"');
    expect(out).toContain('not in "registration.reg"; in "registration.registered.valid"');
  });

  test('a process instance the evaluation does not have', () => {
    const out = failing(fixture({ status: { processes: [{ process: 'incident', instance: 'INC-9', in: ['incident'] }] } }));
    expect(out).toContain('no process incident "INC-9" in the evaluation; it has procedure, registration, monitoring, reAudit, appeals');
  });
});

describe('listEntry', () => {
  test('null expects no entry', () => {
    passing(fixture({ listEntry: null }, { case: 'rejected.json' }));
    expect(failing(fixture({ listEntry: null }))).toContain('expected no list entry, actual "registered", listed true');
    expect(failing(fixture({ listEntry: { listed: true } }, { case: 'rejected.json' }))).toContain('expected a list entry, actual none');
  });

  test('the keys given are compared; objects whole, whatever their key order', () => {
    passing(fixture({ listEntry: { status: 'registered', fields: { operator: { address: '1-2-3 Kasumigaseki, Chiyoda-ku, Tokyo', name: 'Example Kintai K.K.' }, controls: ['5.1.1', '8.2.3'] } } }));
    const out = failing(fixture({ listEntry: { status: 'suspended', fields: { controls: ['5.1.1'], expirationDate: '2026-02-01' }, announcements: [{ kind: 'suspended' }] } }));
    expect(out).toContain('status: expected "suspended", actual "registered"\n');
    expect(out).toContain('fields.controls: expected ["5.1.1"], actual ["5.1.1","8.2.3"]\n');
    expect(out).toContain('fields.expirationDate: expected "2026-02-01", actual "2026-01-31"\n');
    expect(out).toContain('announcements: expected 1, actual 0 []\n');
  });

  test('announcements in order, by the keys given', () => {
    const suspended = { case: 'incident.json', asOf: '2025-02-01' };
    passing(fixture({ listEntry: { announcements: [{ kind: 'suspended', clause: '13.12' }] } }, suspended));
    expect(failing(fixture({ listEntry: { announcements: [{ kind: 'suspended', since: '2025-01-09' }] } }, suspended))).toContain('announcements[0].since: expected "2025-01-09", actual "2025-01-10"');
  });
});

describe('the case', () => {
  test('inline as caseFile', () => {
    const { case: _case, ...rest } = fixture({ listEntry: { status: 'registered' } });
    passing({ ...rest, caseFile: JSON.parse(CASES['registration.json']) as unknown });
  });

  test('a case file named by several fixtures is read once', () => {
    const result = checkWith({ 'a.fixture.json': [fixture({ listEntry: { listed: true } }), fixture({ listEntry: { listed: false } }, { asOf: '2026-02-01' })] });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('2 fixtures in 1 file: 2 expectations, 2 passed, 0 failed\n');
  });

  test('a case path is relative to the fixture file', () => {
    const result = checkWith({ 'dir/sub/a.fixture.json': fixture({ listEntry: { listed: true } }, { case: '../../registration.json' }) });
    expect(result.code, result.stderr).toBe(0);
  });
});

describe('files that cannot be used: exit 2, nothing on stdout, every problem named', () => {
  /** A run that must be refused: its stderr lines. */
  function refused(files: Readonly<Record<string, unknown>>, ...args: string[]): string {
    const result = checkWith(files, ...args);
    expect(result.stdout ?? '').toBe('');
    expect(result.code, result.stderr).toBe(2);
    const stderr = result.stderr ?? '';
    for (const line of stderr.trimEnd().split('\n')) expect(line).toMatch(/^ismap-liu: \S/);
    expect(stderr).toMatch(/could not be used, so no fixture was reported\n$/);
    return stderr;
  }

  test('a bad fixture: its JSON paths', () => {
    const stderr = refused({
      'a.fixture.json': [fixture({ obligation: [] }), fixture({ obligations: { match: 'some', items: [{ clause: '12.1', lastDay: '2026-02-30' }] } }, { asOf: '2025-03-01T10:00' })],
    });
    expect(stderr).toContain('a.fixture.json: $[0].expect: Unknown key "obligation"');
    expect(stderr).toContain('a.fixture.json: $[1].asOf: ');
    expect(stderr).toContain('a.fixture.json: $[1].expect.obligations.match: ');
    expect(stderr).toContain('a.fixture.json: $[1].expect.obligations.items[0].lastDay: The date "2026-02-30" cannot be used');
  });

  test.each([
    ['no expectation', fixture({}), '$.expect: Expected at least one expectation'],
    ['an empty status', fixture({ status: {} }), '$.expect: Expected at least one expectation'],
    ['an empty contains list', fixture({ obligations: { match: 'contains', items: [] } }), '$.expect.obligations.items: A "contains" list needs at least one item'],
    ['both case and caseFile', fixture({ listEntry: null }, { caseFile: { service: { name: 'x' }, events: [] } }), '$: Expected exactly one of "caseFile"'],
    ['a misspelt event type', fixture({ allowed: ['time.pased'] }), '$.expect.allowed[0]: Unknown event type "time.pased"'],
    ['a refused row with neither index nor type', fixture({ refused: { match: 'exact', items: [{ code: 'not_allowed' }] } }), '$.expect.refused.items[0]: A refused event needs its index or its type'],
    ['an empty array', [], '$: Expected one fixture, or an array of at least one'],
    ['an empty name', fixture({ listEntry: null }, { name: '' }), '$.name: The fixture needs a name'],
    ['not an object', 'null', '$: '],
  ])('%s', (_name, value, mention) => {
    expect(refused({ 'a.fixture.json': value })).toContain(`a.fixture.json: ${mention}`);
  });

  test('a case given inline with problems: paths from the fixture file', () => {
    const stderr = refused({ 'a.fixture.json': { name: 'n', asOf: '2025-03-01', caseFile: { service: { name: 'x' }, events: [{ type: 'time.passed', at: '2024-13-01' }] }, expect: { listEntry: null } } });
    expect(stderr).toContain('a.fixture.json: $.caseFile.events[0].at: ');
  });

  test('a case file with problems, named by two fixtures: listed once', () => {
    const stderr = refused({ 'bad-case.json': JSON.stringify({ service: {}, events: [{ type: 'nope', at: '2024-01-01' }] }), 'a.fixture.json': [fixture({ listEntry: null }, { case: 'bad-case.json' }), fixture({ listEntry: null }, { case: 'bad-case.json', asOf: '2025-04-01' })] });
    expect(stderr).toContain('ismap-liu: bad-case.json: $.events[0]');
    expect(stderr.match(/bad-case\.json: \$\.service/g)).toHaveLength(1);
  });

  test('a file that is not JSON, a case file that cannot be read, and a good fixture: all named, nothing reported', () => {
    const stderr = refused({ 'a.fixture.json': '{ "name": ', 'b.fixture.json': fixture({ listEntry: null }, { case: 'missing.json' }), 'c.fixture.json': fixture({ listEntry: { listed: true } }) });
    expect(stderr).toContain('"a.fixture.json" is not valid JSON (');
    expect(stderr).toContain('expected a fixture file');
    expect(stderr).toContain('cannot read "missing.json" (ENOENT)');
    expect(stderr).toContain('ismap-liu: 2 files or folders could not be used');
  });

  test('a file over --max-input-bytes', () => {
    expect(refused({ 'a.fixture.json': fixture({ listEntry: null }) }, '--max-input-bytes', '10')).toContain('over the limit of 10 bytes');
  });
});

describe('the command line', () => {
  test.each([
    [['check'], /missing <files or folders>/],
    [['check', 'a.fixture.json', '--format', 'xml'], /invalid --format "xml"; expected text, tap or junit/],
    [['check', '-'], /not standard input/],
    [['check', 'a.fixture.json', '--max-input-bytes', '0'], /--max-input-bytes "0"/],
    [['check', 'a.fixture.json', '--verbose'], /--verbose/],
  ])('%j → exit 2, one line', (args, mention) => {
    expectUsageError(checkWith({}, ...args.slice(1)), mention);
  });
});

describe('pairing rows', () => {
  const key = (e: { k: string }, a: { k: string }) => e.k === a.k;
  const compare = (e: { k: string; v: number }, a: { k: string; v: number }) => (e.v === a.v ? [] : [`v: expected ${e.v}, actual ${a.v}`]);

  test('a row that agrees is preferred over the first of its key, so two rows of one key in another order pass', () => {
    const pairing = pairRows([{ k: 'a', v: 1 }, { k: 'a', v: 2 }], [{ k: 'a', v: 2 }, { k: 'a', v: 1 }], key, compare);
    expect(pairing.pairs.map((p) => p.differences)).toEqual([[], []]);
    expect(pairing.missing).toEqual([]);
    expect(pairing.unpaired).toEqual([]);
  });

  test('a changed row is one difference, not one missing and one unexpected; each actual row is paired once', () => {
    const pairing = pairRows([{ k: 'a', v: 1 }, { k: 'a', v: 3 }, { k: 'b', v: 1 }], [{ k: 'a', v: 2 }, { k: 'c', v: 1 }], key, compare);
    expect(pairing.pairs).toEqual([{ expected: { k: 'a', v: 1 }, actual: { k: 'a', v: 2 }, differences: ['v: expected 1, actual 2'] }]);
    expect(pairing.missing).toEqual([{ k: 'a', v: 3 }, { k: 'b', v: 1 }]);
    expect(pairing.unpaired).toEqual([{ k: 'c', v: 1 }]);
  });

  test('sameJson: objects in any key order, arrays in order', () => {
    expect(sameJson({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).toBe(true);
    expect(sameJson([1, 2], [2, 1])).toBe(false);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
    expect(sameJson('1', 1)).toBe(false);
  });
});
