/**
 * Cross-checks against the periods, provisions and procedures of the rules text (hard-coded here,
 * by hand; docs/reference/periods.md, docs/reference/provisions.md and docs/reference/lifecycle.md
 * say them in prose) and hand-checked entries of the rules text.
 */
import { describe, expect, it } from 'vitest';
import { childClauses, findClause, getClause, getForm, isClauseId, listClauses } from '../../../src/rules/catalogue/index.js';
import type { FormNumber } from '../../../src/rules/catalogue/index.js';

/** The periods of the rules (docs/reference/periods.md) and the minimum length of 10.8(1)(a). */
const PERIOD_IDS = [
  '3.3', '4.3', '4.5(1)', '5.3', '7.3', '7.6(7)', '8.2', '9.3', '9.6(1)', '10.1(4)', '10.3', '10.5', '10.8',
  '10.8(1)(a)', '10.8(3)', '10.8(4)', '13.2', '13.3', '18.2(6)', 'BR3.5',
];

/** The provisions whose application the Supplementary Provisions fix (docs/reference/provisions.md). */
const PROVISION_IDS = [
  'Supp.2022.1', 'Supp.2022.2', '10.2', '10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4',
  '18.2(3)', '12.3', '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)',
];

/** Every clause of the procedures of Chapters 3–19 (docs/reference/lifecycle.md), ranges expanded. */
const INVENTORY_IDS = [
  '3.1', '3.3', '3.4', '4.1', '4.4', '4.5', '5.1(1)', '5.1(2)', '5.1(3)', '5.1(4)', '5.2', '5.3', '5.4', '5.5', '6.1',
  '6.2', '12.2', '7.1', '7.2', '7.3', '7.4', '7.5(1)', '7.5(2)', '7.5(3)', '7.5(4)', '7.6(1)', '7.6(2)', '7.6(3)',
  '7.6(4)', '7.6(5)', '7.6(6)', '7.6(7)', '7.10', '7.14', '8.1(1)', '8.1(2)', '8.1(3)', '8.1(4)', '8.1(5)', '8.1(6)',
  '8.1(7)', '8.1(8)', '8.1(9)', '8.2', '9.1(1)', '9.1(2)', '9.1(3)', '9.1(4)', '9.1(5)', '9.4', '9.5', '9.6(1)',
  '10.1(1)', '10.1(2)', '10.1(3)', '10.1(4)', '10.1(5)', '10.1(6)', '10.1(7)', '10.1(8)', '10.2', '10.3', '10.4', '10.5',
  '10.6', '10.8', '10.8(1)', '10.8(2)', '10.8(3)', '10.8(4)', '10.11', '10.9', '11.1', '11.2', '11.4', '11.5(1)',
  '11.5(2)', '11.5(3)', '11.5(4)', '11.5(5)', '11.5(6)', '11.5(7)', '11.5(8)', '11.5(9)', '11.5(10)', '11.5(11)',
  '11.5(12)', '11.5(13)', '12.1', 'BR3.5', '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '13.8', '13.9',
  '13.10', '13.11', '13.12', '13.13', '14.1', '14.2', '14.3', '14.4', '14.5', '14.6', '15.1(1)', '15.1(2)', '15.1(3)',
  '15.2(1)', '15.2(2)', '15.2(3)', '15.2(4)', '15.2(5)(a)', '15.2(5)(b)', '16.1', '16.2', '16.3', '16.4', '16.5',
  '16.6', '16.7', '16.8', '18.1', '18.2(1)', '18.2(2)', '18.2(3)', '18.2(4)', '18.2(5)', '18.2(6)', '18.2(7)', '18.3',
];

/** The clause–form pairings of those procedures (the forms the rules text names in each clause). */
const INVENTORY_FORMS: readonly (readonly [string, FormNumber])[] = [
  ['3.1', '1-1'], ['3.1', '1-2'], ['5.1', '1-3'], ['5.4', '1-4'], ['6.1', '1-5'], ['6.2', '1-6'], ['7.1', '2-1'],
  ['7.1', '2-2'], ['7.2', '2-3'], ['8.1', '2-4'], ['10.6', '2-19'], ['10.8', '2-20'], ['10.8(4)', '2-21'],
  ['11.1', '2-6'], ['11.2', '2-6'], ['11.4', '2-7'], ['13.3', '2-8'], ['13.9', '2-9'], ['14.1', '2-10'],
  ['14.2', '2-11'], ['15.2(1)', '2-12'], ['15.2(4)', '2-13'], ['16.1', '2-13'], ['16.5', '2-14'], ['16.6', '2-9'],
  ['18.1', '2-15'], ['18.3', '2-16'], ['19.1', '2-17'], ['19.2', '2-18'],
];

describe('cross-checks against the rules text', () => {
  it.each(PERIOD_IDS)('period %s exists and is a period', (id) => {
    expect(getClause(id).kind).toBe('period');
  });

  it.each(PROVISION_IDS)('provision %s exists', (id) => {
    expect(isClauseId(id)).toBe(true);
  });

  it.each(INVENTORY_IDS)('procedural clause %s exists', (id) => {
    expect(findClause(id)?.id).toBe(id);
  });

  it.each(INVENTORY_FORMS)('procedure: %s involves Form %s, and the form names it', (id, form) => {
    expect(getClause(id).forms).toContain(form);
    expect(getForm(form).clauses).toContain(id);
  });

  it('gives the actor of each period', () => {
    const owner: Record<string, string> = { '4.3': 'OSO', '9.3': 'OSO', '5.3': 'MIN', '10.5': 'SC', '18.2(6)': 'SC' };
    for (const id of PERIOD_IDS) expect(getClause(id).actors, id).toContain(owner[id] ?? 'A');
  });
});

describe('hand-checked entries', () => {
  it.each([
    ['4.1', 2], ['4.5', 2], ['5.1', 4], ['7.5', 4], ['7.6', 7], ['7.9', 5], ['8.1', 9], ['9.1', 5], ['9.6', 1],
    ['10.1', 8], ['10.8', 4], ['10.8(1)', 2], ['10.8(4)', 3], ['11.3', 2], ['11.5', 13], ['13.1', 2], ['15.1', 3],
    ['15.2', 5], ['15.2(5)', 2], ['18.1', 2], ['18.2', 7], ['3.1', 1], ['Supp.2022', 3], ['Supp.2023-07-03', 1],
    ['Supp.2023-09-22', 1], ['Supp.2023-11-10', 1],
  ] as const)('%s has %i items', (id, count) => {
    expect(childClauses(id)).toHaveLength(count);
  });

  it('has no items where the text has none', () => {
    for (const id of ['13.2', '13.3', '10.9', '12.1', 'BR3.5', '7.14']) expect(childClauses(id), id).toEqual([]);
  });

  it('lists Chapters 1–19 with the clause counts of the text', () => {
    const topLevel = (chapter: number): string[] =>
      listClauses({ chapter: chapter as 1 }).filter((c) => c.parent === undefined).map((c) => c.id);
    const counts = Array.from({ length: 19 }, (_, i) => topLevel(i + 1).length);
    expect(counts).toEqual([2, 10, 4, 5, 5, 2, 14, 3, 6, 11, 5, 3, 13, 6, 2, 8, 1, 3, 2]);
    expect(topLevel(10)).toContain('10.10');
  });

  it('records 10.8 with Forms 2-19, 2-20 and (through its items) 2-1, 2-2, 2-21', () => {
    const clause = getClause('10.8');
    expect(clause.forms).toEqual(['2-1', '2-2', '2-19', '2-20', '2-21']);
    expect(clause.notes?.join(' ')).toMatch(/Form 2020/);
    expect(getClause('10.8(1)(a)').parent).toBe('10.8(1)');
    expect(getClause('10.8(4)(c)').parent).toBe('10.8(4)');
  });

  it('records 13.3 with Form 2-8, addressed to the Steering Committee through the OSO', () => {
    expect(getClause('13.3').forms).toEqual(['2-8']);
    expect(getClause('13.3').actors).toEqual(['A', 'OSO', 'SC']);
    expect(getClause('13.3').notes?.join(' ')).toMatch(/Attachment 3/);
  });

  it('records the typos and readings of the text as notes, not silent fixes', () => {
    expect(getClause('10.9').refs).toContain('10.8(4)');
    expect(getClause('10.9').notes?.join(' ')).toMatch(/10\.9\(4\)/);
    expect(getClause('16.4').notes?.join(' ')).toMatch(/I7/);
    expect(getClause('3.1').notes?.join(' ')).toMatch(/"3\. 1"/);
    expect(getClause('10.8(2)').notes?.join(' ')).toMatch(/Management Confirmation/);
    expect(getClause('12.1').notes?.join(' ')).toMatch(/Valid Period of Service Registration/);
    expect(getClause('10.10').source).toBe('cited-only');
  });

  it('files the Supplementary Provisions by enactment date and item', () => {
    expect(listClauses({ chapter: 'supplementary' }).map((c) => c.id)).toEqual([
      'Supp.2022', 'Supp.2022.1', 'Supp.2022.2', 'Supp.2022.3',
      'Supp.2023-07-03', 'Supp.2023-07-03.1',
      'Supp.2023-09-22', 'Supp.2023-09-22.1',
      'Supp.2023-11-10', 'Supp.2023-11-10.1',
    ]);
    expect(getClause('Supp.2022.3').refs).toEqual(['Supp.2022.2']);
    expect(getClause('Supp.2023-07-03.1').refs).toEqual([
      '10.2', '10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4', '18.2(3)',
    ]);
    expect(getClause('Supp.2023-09-22.1').refs).toEqual(['12.3']);
    expect(getClause('Supp.2023-11-10.1').refs).toEqual([
      '13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)',
    ]);
  });

  it('has the annexes and BR3.5', () => {
    expect(getClause('AppendedTable1').chapter).toBe('appended-table-1');
    expect(getClause('Appendix1').chapter).toBe('appendix-1');
    expect(getClause('Appendix2').chapter).toBe('appendix-2');
    expect(getClause('Appendix3').chapter).toBe('appendix-3');
    expect(getClause('BR3.5')).toMatchObject({ chapter: 'BR', kind: 'period', source: 'basic-regulations' });
    expect(getClause('12.1').refs).toEqual(['BR3.5']);
  });

  it('cites 18.2(4) from 5.1(4), the bar on past deletions', () => {
    expect(getClause('5.1(4)').refs).toEqual(['18.2(4)']);
  });
});
