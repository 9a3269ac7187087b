/**
 * Structural laws of the catalogue: unique ids, existing parents and references, forms in both
 * directions, and parents that include what their items involve.
 */
import { describe, expect, it } from 'vitest';
import { childClauses, clauseIds, getClause, getForm, isClauseId, listClauses, listForms } from '../../../src/rules/catalogue/index.js';
import type { Clause, ClauseActor } from '../../../src/rules/catalogue/index.js';

const clauses = listClauses();
const forms = listForms();
const ACTOR_ORDER: readonly ClauseActor[] = ['A', 'OSO', 'SC', 'MIN', 'assessor'];
const FORM_ORDER = forms.map((form) => form.number);

const isSortedBy = <T>(values: readonly T[], order: readonly T[]): boolean =>
  values.every((value, i) => i === 0 || order.indexOf(values[i - 1] as T) < order.indexOf(value));

describe('catalogue integrity', () => {
  it('has unique ids, and clauseIds lists them in document order', () => {
    expect(new Set(clauses.map((c) => c.id)).size).toBe(clauses.length);
    expect(clauseIds).toEqual(clauses.map((c) => c.id));
    expect(clauses).toHaveLength(213);
  });

  it('writes every id in one of the documented shapes', () => {
    const shapes = [
      /^\d{1,2}\.\d{1,2}(\(\d{1,2}\)(\([a-z]\))?)?$/, // 3.1, 4.5(1), 10.8(1)(a)
      /^Supp\.(2022|\d{4}-\d{2}-\d{2})(\.\d+)?$/,
      /^(AppendedTable1|Appendix[123]|BR3\.5)$/,
    ];
    for (const { id } of clauses) expect(shapes.some((shape) => shape.test(id)), id).toBe(true);
    expect(clauses.filter((c) => /\s/.test(c.id))).toEqual([]);
  });

  it('puts numbered clauses in the chapter their number names', () => {
    for (const clause of clauses) {
      const match = /^(\d+)\./.exec(clause.id);
      if (match) expect(clause.chapter, clause.id).toBe(Number(match[1]));
      else expect(typeof clause.chapter, clause.id).toBe('string');
    }
  });

  it('gives every item an existing parent in the same chapter, whose id it extends', () => {
    for (const clause of clauses.filter((c) => c.parent !== undefined)) {
      const parent = getClause(clause.parent as string);
      expect(parent.chapter, clause.id).toBe(clause.chapter);
      expect(clause.id.startsWith(parent.id), clause.id).toBe(true);
      expect(childClauses(parent.id)).toContain(clause);
    }
  });

  it('makes every id of the form "<x>(n)" an item of "<x>"', () => {
    const items = clauses.flatMap((clause) => {
      const match = /^(.*)\(([0-9a-z]+)\)$/.exec(clause.id);
      return match === null ? [] : [[clause, match[1]] as const];
    });
    expect(items.length).toBeGreaterThan(50); // 93 items today
    for (const [clause, parent] of items) expect(clause.parent, clause.id).toBe(parent);
  });

  it('numbers items consecutively from (1) or (a)', () => {
    for (const id of clauseIds) {
      const items = childClauses(id).map((c) => /\(([0-9a-z]+)\)$/.exec(c.id)?.[1]);
      if (items.length === 0 || items[0] === undefined) continue;
      const expected = /\d/.test(items[0])
        ? items.map((_, i) => String(i + 1))
        : items.map((_, i) => String.fromCharCode(97 + i));
      expect(items, id).toEqual(expected);
    }
  });

  it('cites only ids that exist, and never itself', () => {
    for (const clause of clauses) {
      for (const ref of clause.refs ?? []) {
        expect(isClauseId(ref), `${clause.id} → ${ref}`).toBe(true);
        expect(ref).not.toBe(clause.id);
      }
    }
  });

  it('names only forms that exist, each once, in Appended Table 1 order', () => {
    for (const clause of clauses) {
      for (const number of clause.forms) expect(() => getForm(number), `${clause.id} → ${number}`).not.toThrow();
      expect(new Set(clause.forms).size, clause.id).toBe(clause.forms.length);
      expect(isSortedBy(clause.forms, FORM_ORDER), clause.id).toBe(true);
    }
  });

  it('names actors from the five of the rules (A, OSO, SC, MIN, assessor), each once, in canonical order', () => {
    for (const clause of clauses) {
      for (const actor of clause.actors) expect(ACTOR_ORDER, clause.id).toContain(actor);
      expect(new Set(clause.actors).size, clause.id).toBe(clause.actors.length);
      expect(isSortedBy(clause.actors, ACTOR_ORDER), clause.id).toBe(true);
    }
  });

  it('lets a parent involve every form and actor its items involve', () => {
    for (const clause of clauses.filter((c) => c.parent !== undefined)) {
      const parent = getClause(clause.parent as string);
      for (const form of clause.forms) expect(parent.forms, `${parent.id} ⊇ ${clause.id}`).toContain(form);
      for (const actor of clause.actors) expect(parent.actors, `${parent.id} ⊇ ${clause.id}`).toContain(actor);
    }
  });

  it('has a short summary of one or two sentences and a title for every entry', () => {
    for (const clause of clauses) {
      expect(clause.title.length, clause.id).toBeGreaterThan(2);
      expect(clause.summary, clause.id).toMatch(/[.)]$/);
      expect(clause.summary.length, clause.id).toBeLessThanOrEqual(320);
      const sentences = clause.summary.split(/(?<=[a-z0-9)"'])\. (?=[A-Z])/);
      expect(sentences.length, clause.id).toBeLessThanOrEqual(2);
    }
  });

  it('marks only 10.10 (cited, missing) and BR3.5 (Basic Regulations) as not from the rules text', () => {
    const sourced = clauses.filter((c) => c.source !== undefined).map((c): [string, string | undefined] => [c.id, c.source]);
    expect(sourced).toEqual([
      ['10.10', 'cited-only'],
      ['BR3.5', 'basic-regulations'],
    ]);
    for (const [id] of sourced) expect(getClause(id).notes?.length, id).toBeGreaterThan(0);
  });

  it('is deeply frozen', () => {
    const sample: Clause = getClause('10.8');
    expect(Object.isFrozen(clauses)).toBe(true);
    expect(Object.isFrozen(sample)).toBe(true);
    expect(Object.isFrozen(sample.forms)).toBe(true);
    expect(Object.isFrozen(sample.notes)).toBe(true);
    expect(Object.isFrozen(clauseIds)).toBe(true);
    expect(Object.isFrozen(childClauses('10.8'))).toBe(true);
    expect(() => {
      (sample as { summary: string }).summary = 'changed';
    }).toThrow(TypeError);
    expect(() => (clauses as Clause[]).push(sample)).toThrow(TypeError);
  });
});

describe('forms table integrity', () => {
  it('holds 1-1 … 1-6 and 2-1 … 2-21, in order, once each', () => {
    const expected = [
      ...Array.from({ length: 6 }, (_, i) => `1-${i + 1}`),
      ...Array.from({ length: 21 }, (_, i) => `2-${i + 1}`),
    ];
    expect(forms.map((f) => f.number)).toEqual(expected);
  });

  it('names only clauses that exist, in document order', () => {
    for (const form of forms) {
      for (const id of form.clauses) expect(isClauseId(id), `${form.number} → ${id}`).toBe(true);
      expect(isSortedBy(form.clauses, clauseIds), form.number).toBe(true);
    }
  });

  it('agrees with the catalogue in both directions', () => {
    for (const form of forms) {
      expect(form.clauses, form.number).toEqual(listClauses({ form: form.number }).map((c) => c.id));
      for (const id of form.clauses) expect(getClause(id).forms, `${id} ↔ ${form.number}`).toContain(form.number);
    }
  });

  it('is used by at least one clause besides Appended Table 1, which lists every form', () => {
    expect(getClause('AppendedTable1').forms).toEqual(forms.map((f) => f.number));
    for (const form of forms) expect(form.clauses.filter((id) => id !== 'AppendedTable1').length, form.number).toBeGreaterThan(0);
  });

  it('gives the method of Appended Table 1 only to the forms 3.1 and 8.1 submit by it, and distinct sender and addressee', () => {
    const byMethod = forms.filter((form) => form.submissionMethod !== undefined).map((form) => form.number);
    expect(byMethod).toEqual(['1-1', '1-2', '2-1', '2-2', '2-3', '2-4']);
    for (const form of forms) {
      if (form.submissionMethod !== undefined) expect(form.submissionMethod).toBe('Method specified by the ISMAP Operations Support Organization');
      expect(form.submittedBy, form.number).not.toBe(form.addressedTo);
      expect(Object.isFrozen(form)).toBe(true);
    }
  });
});
