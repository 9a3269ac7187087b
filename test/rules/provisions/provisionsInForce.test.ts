import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  PROVISION_RULES,
  getProvisionRule,
  provisionsInForce,
  renewalChangeNoticeApplies,
  revisedIncidentRulesApply,
  suspendedRegistrationAvailable,
  twoAgenciesRequired,
} from '../../../src/rules/provisions/index.js';
import type { ProvisionFacts } from '../../../src/rules/schemas/index.js';
import { formatInstant, japanDayOf, jstMidnightMs } from '../../_support/days.js';
import { addDays, arbInstantMs, arbIsoDate, arbOffsetMinutes, arbProvisionFacts } from '../../arbitraries/index.js';

/** The first and last days of the Supplementary Provisions, and the days either side. */
const BOUNDARIES = ['2022-10-31', '2022-11-01', '2023-09-30', '2023-10-01', '2023-10-02', '2023-10-31', '2023-11-01', '2024-01-03', '2024-01-04'];

/**
 * A date or an instant with offset (often within a few milliseconds of 00:00 JST of a boundary),
 * with its day in Japan worked out independently of `src/`.
 */
const arbKeyDate = (min: string, max: string) =>
  fc.oneof(
    arbIsoDate(min, max).map((day) => ({ at: day, day })),
    fc.constantFrom(...BOUNDARIES).map((day) => ({ at: day, day })),
    fc.tuple(arbInstantMs(min, max), arbOffsetMinutes).map(([ms, offset]) => ({ at: formatInstant(ms, offset, 'millis'), day: japanDayOf(ms) })),
    fc
      .tuple(fc.constantFrom(...BOUNDARIES), fc.integer({ min: -2, max: 1 }), arbOffsetMinutes)
      .map(([boundary, delta, offset]) => ({ at: formatInstant(jstMidnightMs(boundary) + delta, offset, 'millis'), day: japanDayOf(jstMidnightMs(boundary) + delta) })),
  );

function decision(facts: ProvisionFacts, provision: string) {
  return provisionsInForce(facts).decisions.find((d) => d.provision === provision);
}

describe('PROVISION_RULES', () => {
  it('covers every provision the Supplementary Provisions limit (docs/reference/provisions.md)', () => {
    expect(PROVISION_RULES.map((r) => r.provision)).toEqual([
      'rules', 'Supp.2022.1', 'Supp.2022.2', '10.2', '10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4', '18.2(3)',
      '12.3', '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)',
    ]);
    expect(Object.isFrozen(PROVISION_RULES)).toBe(true);
    expect(PROVISION_RULES.every((r) => Object.isFrozen(r))).toBe(true);
  });
  it('the first year of Supp.2022.2 is the Civil Code year from 00:00 on 2022-11-01', () => {
    // Enacted at 00:00 on Tue 2022-11-01, so that day counts (民法 140 proviso); one year on, the
    // corresponding day is 2023-11-01 and the year ends the day before it (民法 143).
    expect(getProvisionRule('Supp.2022.2')).toMatchObject({ from: '2022-11-01', until: '2023-10-31' });
  });
  it('each limited provision governs from the day the Supplementary Provisions set', () => {
    const from = Object.fromEntries(PROVISION_RULES.map((r) => [r.provision, r.from]));
    expect(from).toEqual({
      rules: '2022-11-01', 'Supp.2022.1': '2022-11-01', 'Supp.2022.2': '2022-11-01', '10.2': '2023-10-02',
      '10.3': '2023-10-02', '10.4': '2023-10-02', '10.6': '2023-10-02', '10.7': '2023-10-02', '10.8': '2023-10-02', '10.9': '2023-10-02',
      '10.10': '2023-10-02', '10.11': '2023-10-02', '11.4': '2023-10-02', '18.2(3)': '2023-10-02', '12.3': '2023-10-01',
      '13.1': '2024-01-04', '13.2': '2024-01-04', '13.3': '2024-01-04', '13.4': '2024-01-04', '13.5': '2024-01-04', '13.6': '2024-01-04',
      '13.7': '2024-01-04', '18.2(6)': '2024-01-04',
    });
  });
});

describe('provisionsInForce', () => {
  it.each([
    ['applicationDate', '2023-10-01', '10.6', false],
    ['applicationDate', '2023-10-02', '10.6', true],
    ['applicationDate', '2023-10-01T15:00Z', '18.2(3)', true],
    ['assessmentStartDate', '2023-09-30', '12.3', false],
    ['assessmentStartDate', '2023-10-01', '12.3', true],
    ['incidentRecognizedAt', '2024-01-03', '13.2', false],
    ['incidentRecognizedAt', '2024-01-04', '13.2', true],
    ['incidentRecognizedAt', '2024-01-03T15:00Z', '18.2(6)', true],
    ['incidentRecognizedAt', '2024-01-03T14:59:59.999Z', '13.3', false],
    ['incidentRecognizedAt', '2024-01-03T23:59+09:00', '13.1', false],
    ['requestDate', '2023-10-01', '10.2', false],
    ['requestDate', '2023-10-02', '10.2', true],
  ] as const)('%s %s → %s applies: %s', (key, value, provision, applies) => {
    const d = decision({ [key]: value }, provision);
    expect(d).toMatchObject({ applies, keyedOn: key });
    expect(d?.because).toContain(d?.keyDate);
  });
  it('names the source and says what governs otherwise', () => {
    const d = decision({ incidentRecognizedAt: '2024-01-03' }, '13.2');
    expect(d).toMatchObject({ source: 'Supp. (2023-11-10)', sourceClause: 'Supp.2023-11-10.1', keyDate: '2024-01-03' });
    expect(d?.because).toContain('before 2024-01-04');
    expect(d?.because).toContain('before the revision of 2023-11-10');
  });
  it('Supp.2022.2: the first year, off the List only', () => {
    expect(decision({ priorApplicationDate: '2023-10-31', onListOfTargetOperations: false }, 'Supp.2022.2')?.applies).toBe(true);
    expect(decision({ priorApplicationDate: '2023-11-01', onListOfTargetOperations: false }, 'Supp.2022.2')?.applies).toBe(false);
    expect(decision({ priorApplicationDate: '2023-06-01', onListOfTargetOperations: true }, 'Supp.2022.2')?.applies).toBe(false);
    expect(decision({ priorApplicationDate: '2024-06-01' }, 'Supp.2022.2')?.applies).toBe(false);
    const open = provisionsInForce({ priorApplicationDate: '2023-06-01' });
    expect(open.undetermined.find((u) => u.provision === 'Supp.2022.2')?.because).toContain('List of Target Operations');
  });
  it('10.2 follows from an application made on or after 2023-10-02 when no request date is given', () => {
    const d = decision({ applicationDate: '2023-10-02' }, '10.2');
    expect(d).toMatchObject({ applies: true, keyedOn: 'applicationDate' });
    expect(d?.because).toContain('follows the application');
    expect(provisionsInForce({ applicationDate: '2023-09-01' }).undetermined.map((u) => u.provision)).toContain('10.2');
    expect(decision({ applicationDate: '2023-09-01', requestDate: '2023-10-05' }, '10.2')).toMatchObject({ applies: true, keyedOn: 'requestDate' });
  });
  it('the whole rules are keyed on the earliest date given', () => {
    expect(decision({ incidentRecognizedAt: '2024-05-01', priorApplicationDate: '2022-10-20', onListOfTargetOperations: true }, 'rules')).toMatchObject({
      applies: false,
      keyedOn: 'priorApplicationDate',
    });
    expect(decision({ applicationDate: '2023-01-10' }, 'rules')).toMatchObject({ applies: true, keyedOn: 'applicationDate' });
  });
  it('guesses nothing without facts', () => {
    const r = provisionsInForce({});
    expect(r.decisions).toEqual([]);
    expect(r.undetermined).toHaveLength(PROVISION_RULES.length);
  });
  it('throws a ValidationError for a malformed fact', () => {
    expect(() => provisionsInForce({ incidentRecognizedAt: '2024-01-04T09:00' })).toThrow(/interpretation I8/);
  });

  test.prop([arbProvisionFacts])('every rule is decided or undetermined, exactly once', (facts) => {
    const r = provisionsInForce(facts);
    expect([...r.decisions, ...r.undetermined].map((d) => d.provision).sort()).toEqual(PROVISION_RULES.map((p) => p.provision).sort());
  });
  test.prop([arbKeyDate('2021-01-01', '2026-12-31')], { numRuns: 400 })('the predicates and provisionsInForce both follow the days of the Supplementary Provisions', ({ at, day }) => {
    const applicationFrom = day >= '2023-10-02';
    const incidentFrom = day >= '2024-01-04';
    const assessmentFrom = day >= '2023-10-01';
    const firstYear = day >= '2022-11-01' && day <= '2023-10-31';
    expect([suspendedRegistrationAvailable(at), decision({ applicationDate: at }, '10.6')?.applies]).toEqual([applicationFrom, applicationFrom]);
    expect([revisedIncidentRulesApply(at), decision({ incidentRecognizedAt: at }, '13.2')?.applies]).toEqual([incidentFrom, incidentFrom]);
    expect([renewalChangeNoticeApplies(at), decision({ assessmentStartDate: at }, '12.3')?.applies]).toEqual([assessmentFrom, assessmentFrom]);
    expect([twoAgenciesRequired(at, false), decision({ priorApplicationDate: at, onListOfTargetOperations: false }, 'Supp.2022.2')?.applies]).toEqual([firstYear, firstYear]);
    expect([twoAgenciesRequired(at, true), decision({ priorApplicationDate: at, onListOfTargetOperations: true }, 'Supp.2022.2')?.applies]).toEqual([false, false]);
  });
  test.prop([arbIsoDate('2021-01-01', '2026-12-31'), fc.integer({ min: 0, max: 400 }), fc.constantFrom('applicationDate', 'assessmentStartDate', 'incidentRecognizedAt', 'requestDate')])(
    'monotone: once a provision applies, it applies to every later date',
    (day, k, key) => {
      const early = provisionsInForce({ [key]: day }).decisions;
      const late = provisionsInForce({ [key]: addDays(day, k) }).decisions;
      const lost = early.filter((d) => d.applies && late.find((l) => l.provision === d.provision)?.applies !== true).map((d) => d.provision);
      expect(lost).toEqual([]);
    },
  );
});
