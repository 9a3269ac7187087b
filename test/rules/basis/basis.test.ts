/**
 * Stamped answers: every deadline, period end, batch and evaluation says what it was computed
 * under, and evaluateCase honours a pinned basis or refuses it with a typed error.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { calendarBasis, createCalendar, HOLIDAY_DATA_BASIS, periodEnd } from '../../../src/calendar/index.js';
import { evaluateCase, type Evaluation } from '../../../src/machines/index.js';
import {
  BasisMismatchError,
  deadline,
  isBasisMismatchError,
  isIsmapLiuError,
  isValidationError,
  RULES_REVISION,
  type Basis,
} from '../../../src/rules/index.js';
import { LIBRARY } from '../../../src/_lib/version.js';
import { thrown } from '../../_support/thrown.js';

const INCIDENT_CASE = JSON.parse(readFileSync(new URL('../../../examples/tsuuchi-mail-incident-suspension.json', import.meta.url), 'utf8')) as unknown;
const EMPTY = { service: { name: 'Kintai Cloud' }, events: [] };


describe('the basis of a deadline', () => {
  it('names the rules revision, the library and the official calendar with its holiday data', () => {
    const b = deadline('8.2', '2024-10-15').basis;
    expect(b).toEqual({
      rules: { title: 'ISMAP-LIU Cloud Service Registration Rules', enacted: '2022-11-01', revision: '2023-11-10' },
      provisions: [],
      calendar: { id: 'official', holidayData: { officialList: '内閣府「国民の祝日」 (syukujitsu.csv)', lastOfficialYear: 2027, computedWith: 'japanese-holidays@1.0.10' } },
      library: { name: 'ismap-liu', version: LIBRARY.version },
    });
  });

  it('names the provision that governs 13.2, 13.3 and 18.2(6) (Supp. 2023-11-10), and none for other periods', () => {
    expect(deadline('13.2', '2024-12-27T15:00+09:00').basis.provisions).toEqual(['13.2']);
    expect(deadline('13.3', '2024-12-27T15:00+09:00').basis.provisions).toEqual(['13.3']);
    expect(deadline('18.2(6)', '2024-02-01').basis.provisions).toEqual(['18.2(6)']);
    expect(deadline('5.3', '2024-05-10').basis.provisions).toEqual([]);
    expect(deadline('BR3.5', '2023-09-30').basis.provisions).toEqual([]);
  });

  it('records a custom calendar with its changes', () => {
    const calendar = createCalendar({ addHolidays: ['2025-01-06'], removeHolidays: ['2025-01-13'] });
    const d = deadline('13.2', '2024-12-27T15:00+09:00', { calendar });
    expect(d.basis.calendar).toEqual({ id: 'custom', addHolidays: ['2025-01-06'], removeHolidays: ['2025-01-13'], holidayData: HOLIDAY_DATA_BASIS });
    expect(d.basis.calendar).toEqual(calendarBasis(calendar));
    expect(d.lastDay).toBe('2025-01-09'); // 2025-01-06 closed as well: one more business day
  });

  it('is JSON: it survives a round trip unchanged', () => {
    const b = deadline('13.2', '2024-12-27T15:00+09:00').basis;
    expect(JSON.parse(JSON.stringify(b))).toEqual(b);
  });
});

describe('the basis of calendar answers', () => {
  it('periodEnd results carry the calendar basis', () => {
    expect(periodEnd('2024-10-15', { months: 1 }).basis).toEqual(calendarBasis());
    const calendar = createCalendar({ addHolidays: ['2024-11-15'] });
    expect(calendar.periodEnd('2024-10-15', { months: 1 }).basis).toEqual(calendarBasis(calendar));
  });

  it('calendarBasis refuses what is not a calendar', () => {
    const error = thrown(() => calendarBasis({ periodEnd() {} } as never));
    expect(isIsmapLiuError(error) && error.code).toBe('invalid_argument');
  });

  it('the holiday data names the last official year the calendar flags provisional after', () => {
    expect(HOLIDAY_DATA_BASIS.lastOfficialYear).toBe(2027);
    expect(periodEnd('2027-12-20', { days: 5 }).provisional).toBe(false);
    expect(periodEnd('2028-01-05', { days: 5 }).provisional).toBe(true);
  });
});

describe('the basis of an evaluation', () => {
  const r = evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01' });

  it('lists the provisions the case applies, its incidents\' included, in the order of the Supplementary Provisions table', () => {
    const caseLevel = r.provisions.decisions.filter((d) => d.applies).map((d) => d.provision);
    // The case's own facts (Prior Application 2024-03-04, application 2024-08-05) …
    expect(caseLevel).toEqual(['rules', 'Supp.2022.1', '10.2', '10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4', '18.2(3)']);
    // … and the incidents recognized on 2024-12-27, under the revision of 2023-11-10 (from 2024-01-04).
    expect(r.basis.provisions).toEqual([...caseLevel, '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)']);
    const noted = new Set(r.trace.flatMap((t) => t.provisions.filter((p) => p.applies).map((p) => p.provision)));
    for (const p of noted) expect(r.basis.provisions).toContain(p);
    expect(r.basis.rules).toEqual(RULES_REVISION);
    expect(r.basis.calendar.id).toBe('official');
  });

  it('an empty case applies no provision', () => {
    expect(evaluateCase(EMPTY, { asOf: '2024-05-01' }).basis.provisions).toEqual([]);
  });
});

describe('a pinned basis', () => {
  const stored = evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01' });

  it('is honoured when it is the basis of the stored answer: the same answer', () => {
    expect(evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01', basis: stored.basis })).toEqual(stored);
  });

  it('may be partial', () => {
    expect(() => evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01', basis: {} })).not.toThrow();
    expect(() => evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01', basis: { rules: { revision: '2023-11-10' } } })).not.toThrow();
    expect(() => evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01', basis: { calendar: { holidayData: { lastOfficialYear: 2027 } } } })).not.toThrow();
  });

  const refusals: [string, Basis | Record<string, unknown>, string][] = [
    ['another rules revision', { rules: { revision: '2023-09-22' } }, 'rules.revision'],
    ['another enactment', { rules: { enacted: '2022-10-01', revision: '2023-11-10' } }, 'rules.enacted'],
    ['older holiday data', { calendar: { holidayData: { lastOfficialYear: 2026 } } }, 'calendar.holidayData.lastOfficialYear'],
    ['newer holiday data', { calendar: { holidayData: { lastOfficialYear: 2028 } } }, 'calendar.holidayData.lastOfficialYear'],
    ['holiday data from another program', { calendar: { holidayData: { computedWith: 'japanese-holidays@1.0.9' } } }, 'calendar.holidayData.computedWith'],
    ['a custom calendar (evaluateCase computes on the official one)', { calendar: { id: 'custom' } }, 'calendar.id'],
    ['added holidays', { calendar: { addHolidays: ['2025-01-06'] } }, 'calendar.addHolidays'],
    ['a newer release', { library: { version: '0.1.1' } }, 'library.version'],
    ['another 0.x minor', { library: { version: '0.0.9' } }, 'library.version'],
    ['another major', { library: { version: '1.0.0' } }, 'library.version'],
    ['a pre-release', { library: { version: '0.1.0-rc.1' } }, 'library.version'],
    ['other provisions', { provisions: ['rules'] }, 'provisions'],
  ];

  it.each(refusals)('is refused for %s, naming the part', (_what, basis, component) => {
    const error = thrown(() => evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01', basis: basis as Basis }));
    expect(isBasisMismatchError(error)).toBe(true);
    expect(error).toBeInstanceOf(BasisMismatchError);
    const e = error as BasisMismatchError;
    expect(e.code).toBe('basis_mismatch');
    expect(e.component).toBe(component);
    expect(e.message).toContain(component);
    expect(e.message).toContain('cannot be honoured');
  });

  it('provisions are compared as a set', () => {
    const reversed = [...stored.basis.provisions].reverse();
    expect(() => evaluateCase(INCIDENT_CASE, { asOf: '2025-02-01', basis: { provisions: reversed } })).not.toThrow();
  });

  it('the same release is honoured, and so is an older patch of the same 0.x line', () => {
    expect(() => evaluateCase(EMPTY, { asOf: '2024-05-01', basis: { library: { version: LIBRARY.version } } })).not.toThrow();
    expect(() => evaluateCase(EMPTY, { asOf: '2024-05-01', basis: { library: { name: 'ismap-liu', version: '0.1.0' } } })).not.toThrow();
  });

  it('a malformed pin is a ValidationError with its path; an unknown key is refused', () => {
    for (const basis of [{ rules: { revision: 20231110 } }, { library: { version: 'latest' } }, { calendar: { id: 'lunar' } }, { colour: 'red' }, 'official', null]) {
      const error = thrown(() => evaluateCase(EMPTY, { asOf: '2024-05-01', basis: basis as never }));
      expect(isValidationError(error)).toBe(true);
    }
  });

  it('an unknown option is still refused', () => {
    const error = thrown(() => evaluateCase(EMPTY, { asOf: '2024-05-01', pin: {} } as never));
    expect(isIsmapLiuError(error) && error.code).toBe('invalid_argument');
  });
});

describe('every golden evaluation is honoured under its own basis', () => {
  const dir = new URL('../../machines/golden/walks/', import.meta.url);
  const files = readdirSync(fileURLToPath(dir)).filter((f) => f.endsWith('.json')).sort().slice(0, 20);
  it.each(files)('%s', (file) => {
    const golden = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as { asOf: string; caseFile: unknown; evaluation: Evaluation };
    const basis = { ...golden.evaluation.basis, library: { ...golden.evaluation.basis.library, version: LIBRARY.version } };
    expect(evaluateCase(golden.caseFile, { asOf: golden.asOf, basis }).basis).toEqual(basis);
  });
});
