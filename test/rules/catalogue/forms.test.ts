/**
 * The forms table: names as in the rules, clauses, senders and addressees.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { UnknownFormError, findForm, getForm, isFormNumber, listForms } from '../../../src/rules/catalogue/index.js';

describe('getForm', () => {
  it.each([
    ['1-1', 'Prior Application Form'],
    ['1-3', 'Review Report on Prior Application'],
    ['2-1', 'Statement'],
    ['2-5', 'Review Report'],
    ['2-9', 'Application for Reinstatement of Cloud Service Registration'],
    ['2-19', 'Notice of Suspended Registration'],
    ['2-20', 'Letter of Intent in Regard to Suspended Registration'],
    ['2-21', 'Suspended Registration Application Form'],
  ] as const)('names Form %s "%s" as the body of the rules does', (number, name) => {
    expect(getForm(number).name).toBe(name);
  });

  it('keeps the Appended Table 1 names where they differ', () => {
    const differing = listForms()
      .filter((form) => form.name !== form.appendedTableName)
      .map((form) => [form.number, form.appendedTableName]);
    expect(differing).toEqual([
      ['1-3', 'Examination Report on Prior Application'],
      ['2-1', 'Declaration'],
      ['2-5', 'Examination Report'],
      ['2-21', 'Application Form in Regard to Suspended Registration'],
    ]);
    expect(getForm('2-2').aliases).toEqual(['Management Confirmation']);
    expect(getForm('2-6').aliases).toEqual(['Registration Notice']);
  });

  it('records who sends each form to whom', () => {
    expect(getForm('2-19')).toMatchObject({ submittedBy: 'SC', addressedTo: 'A' });
    expect(getForm('2-20')).toMatchObject({ submittedBy: 'A', addressedTo: 'SC', through: 'OSO' });
    expect(getForm('1-5')).toMatchObject({ submittedBy: 'A', addressedTo: 'MIN', through: 'OSO' });
    expect(getForm('1-3')).toMatchObject({ submittedBy: 'OSO', addressedTo: 'MIN' });
    expect(getForm('2-8').clauses).toEqual(['13.3', 'AppendedTable1']);
    expect(getForm('2-13').clauses).toEqual(['15.2', '15.2(4)', '15.2(5)', '16.1', '16.3', 'AppendedTable1']);
  });

  it('throws a typed error with suggestions for an unknown number', () => {
    try {
      getForm('2020');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(UnknownFormError);
      const typed = error as UnknownFormError;
      expect(typed.code).toBe('unknown_form');
      expect(typed.clause).toBe('AppendedTable1');
      expect(typed.suggestions).toEqual(['2-20']);
      expect(typed.validNumbers).toHaveLength(27);
      expect(typed.message).toContain('"2020"');
    }
    expect(() => getForm('Form 1- 4')).toThrow(/Closest: 1-4/);
    expect(() => getForm('__proto__')).toThrow(UnknownFormError);
    expect(findForm('2-22')).toBeUndefined();
  });

  test.prop([fc.oneof(fc.string(), fc.constantFrom('1-1', '2-21', 'constructor', 'toString', '__proto__'))])(
    'returns the form with that number or throws UnknownFormError',
    (number) => {
      try {
        expect(getForm(number).number).toBe(number);
        expect(isFormNumber(number)).toBe(true);
      } catch (error) {
        expect(error).toBeInstanceOf(UnknownFormError);
        expect(isFormNumber(number)).toBe(false);
      }
    },
  );
});
