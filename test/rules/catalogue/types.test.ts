/**
 * Compile-time contracts of the catalogue types.
 */
import { describe, expectTypeOf, it } from 'vitest';
import { getClause, isClauseId, isFormNumber } from '../../../src/rules/catalogue/index.js';
import type { Clause, ClauseId, Form, FormNumber } from '../../../src/rules/catalogue/index.js';

describe('catalogue types', () => {
  it('derives ClauseId from the data', () => {
    expectTypeOf<'10.8(1)(a)'>().toExtend<ClauseId>();
    expectTypeOf<'Supp.2023-11-10.1'>().toExtend<ClauseId>();
    expectTypeOf<'BR3.5'>().toExtend<ClauseId>();
    expectTypeOf<'13.14'>().not.toExtend<ClauseId>();
    expectTypeOf<'3. 1'>().not.toExtend<ClauseId>();
    // @ts-expect-error: not an id of the catalogue
    const bad: ClauseId = '8.1(10)';
    void bad;
  });

  it('types form numbers 1-1 … 1-6 and 2-1 … 2-21 only', () => {
    expectTypeOf<'2-21'>().toExtend<FormNumber>();
    expectTypeOf<'1-7'>().not.toExtend<FormNumber>();
    // @ts-expect-error: there is no Form 2-22
    const bad: FormNumber = '2-22';
    void bad;
  });

  it('narrows with the type guards and returns readonly entries', () => {
    const value: unknown = '13.2';
    if (isClauseId(value)) expectTypeOf(value).toEqualTypeOf<ClauseId>();
    if (isFormNumber(value)) expectTypeOf(value).toEqualTypeOf<FormNumber>();
    expectTypeOf(getClause('13.2')).toEqualTypeOf<Clause>();
    expectTypeOf<Clause['forms']>().toEqualTypeOf<readonly FormNumber[]>();
    expectTypeOf<Form['clauses']>().toEqualTypeOf<readonly ClauseId[]>();
    expectTypeOf<Clause['parent']>().toEqualTypeOf<ClauseId | undefined>();
  });
});
