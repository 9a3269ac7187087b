import { describe, expect, it } from 'vitest';
import { checkInquiryResponse } from '../../../src/rules/checks/index.js';
import { clauses } from './fixtures.js';

describe('checkInquiryResponse (4.5(1), 9.6(1))', () => {
  it('one month from 2024-01-31 ends on 2024-02-29', () => {
    expect(checkInquiryResponse({ requestedAt: '2024-01-31', respondedAt: '2024-02-29', sufficient: true }, '9.6(1)')).toMatchObject({ ok: true, lastDay: '2024-02-29', open: false });
    expect(clauses(checkInquiryResponse({ requestedAt: '2024-01-31', respondedAt: '2024-03-01' }, '9.6(1)'))).toEqual(['9.6(1)']);
  });
  it('an inquiry at 00:00 JST counts its own day (民法 140)', () => {
    expect(checkInquiryResponse({ requestedAt: '2024-03-01' }, '4.5(1)').lastDay).toBe('2024-04-01');
    expect(checkInquiryResponse({ requestedAt: '2024-03-01T00:00+09:00' }, '4.5(1)').lastDay).toBe('2024-03-31');
    expect(checkInquiryResponse({ requestedAt: '2024-02-29T15:00Z' }, '4.5(1)').lastDay).toBe('2024-03-31');
  });
  it('an open inquiry is ok until its last day, then fails', () => {
    expect(checkInquiryResponse({ requestedAt: '2024-01-31' }, '4.5(1)', '2024-02-29')).toMatchObject({ ok: true, open: true });
    expect(checkInquiryResponse({ requestedAt: '2024-01-31' }, '4.5(1)')).toMatchObject({ ok: true, open: true });
    expect(clauses(checkInquiryResponse({ requestedAt: '2024-01-31' }, '4.5(1)', '2024-03-01'))).toEqual(['4.5(1)']);
  });
  it('an insufficient response fails, even in time; a late and insufficient one fails twice', () => {
    expect(clauses(checkInquiryResponse({ requestedAt: '2024-01-31', respondedAt: '2024-02-10', sufficient: false }, '4.5(1)'))).toEqual(['4.5(1)']);
    expect(clauses(checkInquiryResponse({ requestedAt: '2024-01-31', respondedAt: '2024-03-10', sufficient: false }, '4.5(1)'))).toEqual(['4.5(1)', '4.5(1)']);
  });
});
