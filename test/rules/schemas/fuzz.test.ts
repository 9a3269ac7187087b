import { fc, test } from '@fast-check/vitest';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { z } from 'zod';
import { isIsmapLiuError } from '../../../src/errors.js';
import * as schemas from '../../../src/rules/schemas/index.js';
import { arbHostile, arbHugeString, arbProtoObject, prototypeSnapshot } from '../../arbitraries/index.js';

const all: [string, z.ZodType][] = Object.entries(schemas as Record<string, unknown>)
  .filter(([name, value]) => name.endsWith('Schema') && typeof (value as { safeParse?: unknown }).safeParse === 'function')
  .map(([name, value]) => [name, value as z.ZodType]);

let before = '';
beforeAll(() => {
  before = prototypeSnapshot();
});
afterAll(() => {
  expect(prototypeSnapshot()).toBe(before);
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('every schema', () => {
  test('the list of schemas is complete', () => {
    expect(all.map(([name]) => name).sort()).toHaveLength(20);
  });
  describe.each(all)('%s', (_name, schema) => {
    test.prop([fc.oneof(arbHostile, arbProtoObject, arbHugeString)], { numRuns: 150 })(
      'safeParseInput never throws and answers ok or issues; parseOrThrow throws only a ValidationError',
      (input) => {
        const r = schemas.safeParseInput(schema, input);
        if (!r.ok) {
          expect(r.issues.length).toBeGreaterThan(0);
          for (const i of r.issues) {
            expect(typeof i.message).toBe('string');
            expect(i.message.length).toBeLessThan(2000);
            expect(i.pathText).toMatch(/^\$/);
          }
        }
        try {
          schemas.parseOrThrow(schema, input);
        } catch (error) {
          expect(schemas.isValidationError(error)).toBe(true);
          expect(isIsmapLiuError(error)).toBe(true);
          expect(() => JSON.stringify(error)).not.toThrow();
        }
      },
    );
  });
});
