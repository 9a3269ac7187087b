import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IsmapLiuError, ProvisionNotInForceError, isIsmapLiuError } from '../../../src/errors.js';
import * as provisions from '../../../src/rules/provisions/index.js';
import {
  assertProvisionInForce,
  renewalChangeNoticeApplies,
  revisedIncidentRulesApply,
  suspendedRegistrationAvailable,
  twoAgenciesRequired,
} from '../../../src/rules/provisions/index.js';
import { arbDateLikeString, arbHostile, arbHugeString, arbProtoObject, prototypeSnapshot } from '../../arbitraries/index.js';

describe('predicates', () => {
  it('suspendedRegistrationAvailable: applications from 2023-10-02 (JST)', () => {
    expect(suspendedRegistrationAvailable('2023-10-01')).toBe(false);
    expect(suspendedRegistrationAvailable('2023-10-02')).toBe(true);
    expect(suspendedRegistrationAvailable('2023-10-01T15:00Z')).toBe(true);
    expect(suspendedRegistrationAvailable(new Date('2023-10-01T14:59:59Z'))).toBe(false);
  });
  it('revisedIncidentRulesApply: incidents recognized from 2024-01-04 (JST, I6)', () => {
    expect(revisedIncidentRulesApply('2024-01-03')).toBe(false);
    expect(revisedIncidentRulesApply('2024-01-04')).toBe(true);
    expect(revisedIncidentRulesApply('2024-01-03T15:00Z')).toBe(true);
    expect(revisedIncidentRulesApply('2024-01-03T14:59Z')).toBe(false);
  });
  it('renewalChangeNoticeApplies: assessments from 2023-10-01, one day before 10.6', () => {
    expect(renewalChangeNoticeApplies('2023-09-30')).toBe(false);
    expect(renewalChangeNoticeApplies('2023-10-01')).toBe(true);
    expect(suspendedRegistrationAvailable('2023-10-01')).toBe(false);
  });
  it('twoAgenciesRequired: 2022-11-01 … 2023-10-31, off the List', () => {
    expect(twoAgenciesRequired('2022-10-31', false)).toBe(false);
    expect(twoAgenciesRequired('2022-11-01', false)).toBe(true);
    expect(twoAgenciesRequired('2023-10-31', false)).toBe(true);
    expect(twoAgenciesRequired('2023-11-01', false)).toBe(false);
    expect(twoAgenciesRequired('2023-10-31', true)).toBe(false);
    expect(() => twoAgenciesRequired('2023-10-31', 'no' as unknown as boolean)).toThrow(IsmapLiuError);
  });
});

describe('assertProvisionInForce', () => {
  it.each(['13.2', '13.3', '18.2(6)'])('%s refuses an incident recognized on 2024-01-03 with ProvisionNotInForceError', (clause) => {
    try {
      assertProvisionInForce(clause, '2024-01-03');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ProvisionNotInForceError);
      const e = error as ProvisionNotInForceError;
      expect(e.code).toBe('provision_not_in_force');
      expect(e.inForceFrom).toBe('2024-01-04');
      expect(e.message).toContain('Supplementary Provisions (2023-11-10)');
      expect(e.clause).toContain(clause);
    }
  });
  it('passes from 2024-01-04 in Japan, and for provisions not limited', () => {
    expect(assertProvisionInForce('13.2', '2024-01-03T15:00Z')).toBe('2024-01-04');
    expect(assertProvisionInForce('9.1', '2022-11-01')).toBe('2022-11-01');
    expect(() => assertProvisionInForce('10.6', '2023-10-01')).toThrow(ProvisionNotInForceError);
  });
  it('refuses Supp.2022.2, which needs the List too', () => {
    expect(() => assertProvisionInForce('Supp.2022.2', '2023-01-01')).toThrow(/twoAgenciesRequired/);
  });
});

describe('fuzz: every provisions function answers or throws a typed error', () => {
  let before = '';
  beforeAll(() => {
    before = prototypeSnapshot();
  });
  afterAll(() => {
    expect(prototypeSnapshot()).toBe(before);
  });
  const call = provisions as unknown as Record<string, (...args: unknown[]) => unknown>;
  const names = Object.keys(provisions).filter((n) => typeof call[n] === 'function');
  const arbAny = fc.oneof(arbHostile, arbProtoObject, arbHugeString, arbDateLikeString);
  describe.each(names)('%s', (name) => {
    test.prop([arbAny, arbAny], { numRuns: 200 })('hostile arguments', (a, b) => {
      try {
        const r = call[name]!(a, b);
        expect(() => JSON.stringify(r ?? null)).not.toThrow();
      } catch (error) {
        expect(isIsmapLiuError(error)).toBe(true);
      }
    });
  });
});
