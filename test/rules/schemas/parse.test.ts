import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { IsmapLiuError, isIsmapLiuError } from '../../../src/errors.js';
import {
  ApplicationSchema,
  IsoDateSchema,
  ValidationError,
  isValidationError,
  parseOrThrow,
  safeParseInput,
} from '../../../src/rules/schemas/index.js';
import { pathText } from '../../../src/rules/schemas/_lib/issues.js';

const application = {
  appliedAt: '2024-03-15',
  documents: { submitted: ['statement'], inJapanese: true },
  contentsComplete: true,
  assessmentReport: { date: '2024-03-01', auditPeriod: { start: '2023-09-01', end: '2024-02-29' }, findings: [] },
  priorApplication: { judgedEligible: true, sameServiceContents: true },
};

describe('pathText', () => {
  it('writes JSON paths', () => {
    expect(pathText([])).toBe('$');
    expect(pathText(['events', 3, 'at'])).toBe('$.events[3].at');
    expect(pathText(['documents', '8.1(1)'])).toBe('$.documents["8.1(1)"]');
  });
});

describe('safeParseInput', () => {
  it('returns the value when valid', () => {
    expect(safeParseInput(ApplicationSchema, application)).toEqual({ ok: true, value: application });
  });
  it('lists every problem of a case, each with its path', () => {
    const bad = {
      ...application,
      appliedAt: '2024-03-15T10:00',
      assessmentReport: {
        date: '2024-02-30',
        auditPeriod: { start: '2024-03-01', end: '2024-02-01' },
        findings: [{ id: 'F-1', criteria: 'operational' }, { id: 'F-1', criteria: 'operation' }],
      },
      unknown: true,
    };
    const r = safeParseInput(ApplicationSchema, bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.pathText)).toEqual([
      '$.appliedAt',
      '$.assessmentReport.date',
      '$.assessmentReport.auditPeriod.end',
      '$.assessmentReport.findings[0].criteria',
      '$',
    ]);
    for (const i of r.issues) {
      expect(i.message.length).toBeGreaterThan(20);
      expect(i.path).toEqual(expect.any(Array));
    }
  });
  it('words the messages of foreign schemas too', () => {
    const r = safeParseInput(z.object({ n: z.number(), k: z.enum(['a', 'b']) }).strict(), { n: 'x', k: 'c', extra: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.message)).toEqual([
      'Expected number, but it is "x".',
      'Expected one of "a", "b", but it is "c".',
      'Unknown key "extra": not part of this record.',
    ]);
  });
});

describe('parseOrThrow and ValidationError', () => {
  it('returns the parsed value', () => {
    expect(parseOrThrow(IsoDateSchema, '2024-02-29')).toBe('2024-02-29');
  });
  it('throws a ValidationError with code validation_failed and every issue', () => {
    let caught: unknown;
    try {
      parseOrThrow(ApplicationSchema, {}, 'the application');
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    expect(isIsmapLiuError(caught)).toBe(true);
    expect(caught).toBeInstanceOf(IsmapLiuError);
    const error = caught as ValidationError;
    expect(error.code).toBe('validation_failed');
    expect(error.issues).toHaveLength(5);
    expect(error.message).toMatch(/^Cannot use the application \(5 problems\):\n- \$\.appliedAt: /);
    const json = JSON.parse(JSON.stringify(error)) as { code: string; issues: unknown[] };
    expect(json.code).toBe('validation_failed');
    expect(json.issues).toHaveLength(5);
  });
  it('lists ten issues in the message and counts the rest', () => {
    const many = z.array(z.number());
    try {
      parseOrThrow(many, Array.from({ length: 13 }, () => 'x'));
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).issues).toHaveLength(13);
      expect((error as ValidationError).message).toContain('… and 3 more');
    }
  });
  it('names the clause when all issues share one', () => {
    try {
      parseOrThrow(IsoDateSchema.pipe(z.string()), 5);
    } catch (error) {
      expect((error as ValidationError).clause).toBeUndefined();
    }
    expect(() => parseOrThrow(ApplicationSchema, { ...application, appliedAt: 'x' })).toThrow(/see 8\.2/);
  });
});
