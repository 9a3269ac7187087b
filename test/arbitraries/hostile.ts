/**
 * Hostile inputs for fuzz tests: anything at all, objects with prototype-polluting keys, huge
 * strings, and valid records with one field broken.
 */
import fc from 'fast-check';

/** Keys that could pollute prototypes, plus names the schemas use. */
export const DANGEROUS_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__'] as const;

const FIELD_KEYS = [
  'date', 'start', 'end', 'submittedAt', 'appliedAt', 'recognizedAt', 'evaluations', 'findings', 'documents', 'submitted',
  'assessmentReport', 'auditPeriod', 'priorApplication', 'criteria', 'id', 'agency', 'result',
] as const;

/** A string of 100 000 to 300 000 characters. */
export const arbHugeString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('2024-01-01', 'x', '9', 'T00:00Z', '\u0000', '𠮷'), fc.integer({ min: 100_000, max: 300_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));

/** Objects whose keys include `__proto__`, `constructor`, `prototype` and schema field names. */
export const arbProtoObject: fc.Arbitrary<Record<string, unknown>> = fc.object({
  key: fc.constantFrom(...DANGEROUS_KEYS, ...FIELD_KEYS),
  maxDepth: 3,
  withObjectString: true,
  withNullPrototype: true,
});

/** Anything: `fc.anything` with every option, proto-key objects, huge strings. */
export const arbHostile: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    withObjectString: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    maxDepth: 3,
  }),
  arbProtoObject,
  arbHugeString,
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -0, '', new Date(Number.NaN), [], {}, Object.create(null) as object),
);

/**
 * A valid record with one field replaced by a hostile value (or deleted, or an extra key added).
 */
export function arbBroken<T extends object>(valid: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc
    .tuple(valid, fc.nat(), arbHostile, fc.constantFrom('replace', 'delete', 'extra'))
    .map(([value, n, hostile, how]) => {
      const keys = Object.keys(value);
      const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      const key = keys[n % Math.max(keys.length, 1)] ?? 'x';
      if (how === 'replace') copy[key] = hostile;
      else if (how === 'delete') delete copy[key];
      else Object.defineProperty(copy, DANGEROUS_KEYS[n % DANGEROUS_KEYS.length] ?? '__proto__', { value: hostile, enumerable: true, configurable: true, writable: true });
      return copy;
    });
}

/** The own property names of `Object.prototype`, to check it stays clean. */
export function prototypeSnapshot(): string {
  return JSON.stringify([Object.getOwnPropertyNames(Object.prototype).sort(), Object.getOwnPropertyNames(Array.prototype).sort()]);
}
