import { describe, expect, it } from 'vitest';
import {
  ApplicationDocumentsSchema,
  AuditPeriodSchema,
  CorporateNumberSchema,
  FindingsSchema,
  ImpactEvaluationSchema,
  IncidentSchema,
  PastDeletionSchema,
  RegistrationReviewSchema,
  isValidCorporateNumber,
  safeParseInput,
} from '../../../src/rules/schemas/index.js';

function issues(schema: Parameters<typeof safeParseInput>[0], input: unknown) {
  const r = safeParseInput(schema, input);
  if (r.ok) throw new Error('expected a refusal');
  return r.issues;
}

describe('ImpactEvaluationSchema', () => {
  const valid = { agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low' };
  it('accepts a complete evaluation', () => {
    expect(ImpactEvaluationSchema.parse(valid)).toEqual(valid);
  });
  it('lists every missing field with its clause', () => {
    const found = issues(ImpactEvaluationSchema, {});
    expect(found.map((i) => [i.pathText, i.clause])).toEqual([
      ['$.agency', '3.3'],
      ['$.nationalAdministrativeAgency', 'Supp.2022.1'],
      ['$.date', '3.3'],
      ['$.result', '5.1(1)'],
    ]);
    expect(found.every((i) => i.message.includes('is missing'))).toBe(true);
  });
  it('refuses a blank agency and an unknown result', () => {
    const found = issues(ImpactEvaluationSchema, { ...valid, agency: '  ', result: 'medium' });
    expect(found.map((i) => i.code)).toEqual(['blank', 'invalid_value']);
    expect(found[1]?.message).toContain('"low", "not-low"');
    expect(found[1]?.message).toContain('"medium"');
  });
  it('refuses unknown keys, by name', () => {
    const [i] = issues(ImpactEvaluationSchema, { ...valid, agencyName: 'x' });
    expect(i?.code).toBe('unrecognized_keys');
    expect(i?.message).toContain('"agencyName"');
    expect(i?.message).toContain('expected only "agency"');
  });
});

describe('AuditPeriodSchema', () => {
  it('accepts a one-day period', () => {
    expect(AuditPeriodSchema.safeParse({ start: '2024-04-01', end: '2024-04-01' }).success).toBe(true);
  });
  it('refuses an end before the start, at $.end', () => {
    const [i] = issues(AuditPeriodSchema, { start: '2024-04-01', end: '2024-03-31' });
    expect(i).toMatchObject({ pathText: '$.end', code: 'end_before_start', clause: '7.3' });
    expect(i?.message).toContain('2024-03-31');
  });
  it('reports both bad dates (and not the order) when the dates are invalid', () => {
    expect(issues(AuditPeriodSchema, { start: '2024-02-30', end: '2023-02-29' }).map((i) => i.code)).toEqual(['no_such_day', 'no_such_day']);
  });
});

describe('FindingsSchema', () => {
  it('refuses a reused reference at its index', () => {
    const [i] = issues(FindingsSchema, [
      { id: 'F-1', criteria: 'operation' },
      { id: 'F-2', criteria: 'operation' },
      { id: 'F-1', criteria: 'governance' },
    ]);
    expect(i).toMatchObject({ pathText: '$[2].id', code: 'duplicate_id' });
  });
  it('refuses an impossible completion date with clause 10.1(4)', () => {
    const [i] = issues(FindingsSchema, [{ id: 'F-1', criteria: 'operation', improvementPlanCompletionDate: '2025-02-29' }]);
    expect(i).toMatchObject({ pathText: '$[0].improvementPlanCompletionDate', code: 'no_such_day', clause: '10.1(4)' });
  });
});

describe('CorporateNumberSchema', () => {
  it('accepts the National Tax Agency number 7000012050002', () => {
    expect(isValidCorporateNumber('7000012050002')).toBe(true);
    expect(CorporateNumberSchema.safeParse('7000012050002').success).toBe(true);
  });
  it.each([
    ['1000012050002', 'bad_check_digit'],
    ['700001205000', 'not_a_corporate_number'],
    ['７000012050002', 'not_a_corporate_number'],
  ])('refuses %s (%s)', (value, code) => {
    expect(issues(CorporateNumberSchema, value)[0]).toMatchObject({ code, clause: '8.1(1)' });
  });
});

describe('ApplicationDocumentsSchema', () => {
  it('refuses an unknown document and says which are known', () => {
    const [i] = issues(ApplicationDocumentsSchema, { submitted: ['statement', 'cover-letter'], inJapanese: true });
    expect(i?.pathText).toBe('$.submitted[1]');
    expect(i?.message).toContain('"certificate-of-registered-matters"');
  });
});

describe('IncidentSchema', () => {
  it('accepts an instant and keeps it as given', () => {
    const incident = { recognizedAt: '2024-01-03T15:00Z', recognizedBy: 'OSO', seriousness: 'particularly-serious', description: 'outage' };
    expect(IncidentSchema.parse(incident)).toEqual(incident);
  });
  it('refuses a recognition time without offset (I8) and an unknown recognizer', () => {
    const found = issues(IncidentSchema, { recognizedAt: '2024-01-04T09:00', recognizedBy: 'SC', seriousness: 'serious', description: 'x' });
    expect(found.map((i) => [i.pathText, i.code])).toEqual([
      ['$.recognizedAt', 'missing_offset'],
      ['$.recognizedBy', 'invalid_value'],
    ]);
  });
});

describe('PastDeletionSchema and RegistrationReviewSchema', () => {
  it('refuses a ground that is not a clause number', () => {
    expect(issues(PastDeletionSchema, { rules: 'ISMAP-LIU', ground: 're-application' })[0]?.code).toBe('not_a_clause');
  });
  it('refuses an oath item that does not exist', () => {
    const found = issues(RegistrationReviewSchema, {
      assessmentReport: { date: '2024-12-31', auditPeriod: { start: '2024-04-01', end: '2024-09-30' }, findings: [] },
      statementRequirementsMet: true,
      disclosed: [],
      sworn: ['7.6(1)', '7.6(8)'],
      internalAuditMeetsAppendix2: true,
      otherViolationsFound: false,
    });
    expect(found.map((i) => [i.pathText, i.code, i.clause])).toEqual([['$.sworn[1]', 'invalid_value', '7.6']]);
  });
});
