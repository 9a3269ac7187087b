import { InvalidArgumentError } from '../../errors.js';
import { isRecord } from '../../_lib/args.js';
import { CLAUSES } from './data/clauses.js';
import { formIndex } from './_lib/lookup.js';
import { ACTORS, CHAPTERS, KINDS } from './_lib/vocabulary.js';
import type { Clause, ClauseActor, ClauseChapter, ClauseKind, FormNumber } from './types.js';

/** Which entries {@link listClauses} returns; every criterion given must hold. */
export interface ClauseFilter {
  /** Entries of this chapter (`13`) or annex (`'supplementary'`, `'appendix-2'`, `'BR'`). */
  readonly chapter?: ClauseChapter;
  /** Entries in which this actor acts or is addressed. */
  readonly actor?: ClauseActor;
  /** Entries whose text (items included) uses, submits or issues this form. */
  readonly form?: FormNumber;
  /** Entries of this kind. */
  readonly kind?: ClauseKind;
}

const FILTER_KEYS = new Set(['chapter', 'actor', 'form', 'kind']);

/**
 * Lists catalogue entries, in document order, optionally filtered.
 *
 * A parent lists the forms and actors of its items too, so `{ form: '2-1' }` finds both `8.1`
 * and `8.1(2)`.
 *
 * @param filter - criteria combined with AND; omit for the whole catalogue
 * @returns the matching entries (the whole frozen catalogue when no filter is given)
 * @throws `InvalidArgumentError` (code `invalid_argument`) for an unknown filter key or value
 * @example
 * ```ts
 * listClauses({ form: '2-19' }).map((c) => c.id); //=> ['10.6', '10.7', '10.8', 'AppendedTable1']
 * listClauses({ chapter: 'supplementary', kind: 'provision' }).length; //=> 10
 * listClauses({ chapter: 18, kind: 'ground' }).length; //=> 8
 * ```
 * @see {@link childClauses}
 */
export function listClauses(filter?: ClauseFilter): readonly Clause[] {
  if (filter === undefined) return CLAUSES;
  validate(filter);
  const { chapter, actor, form, kind } = filter;
  return CLAUSES.filter(
    (clause) =>
      (chapter === undefined || clause.chapter === chapter) &&
      (actor === undefined || clause.actors.includes(actor)) &&
      (form === undefined || clause.forms.includes(form)) &&
      (kind === undefined || clause.kind === kind),
  );
}

function validate(filter: unknown): asserts filter is ClauseFilter {
  if (!isRecord(filter)) {
    throw new InvalidArgumentError('filter', filter, 'an object with chapter, actor, form and/or kind');
  }
  const record = filter as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!FILTER_KEYS.has(key)) throw new InvalidArgumentError('filter key', key, 'one of chapter, actor, form, kind');
  }
  check('filter.chapter', record['chapter'], (v) => (CHAPTERS as readonly unknown[]).includes(v), 'a chapter 1–19 or an annex name');
  check('filter.actor', record['actor'], (v) => (ACTORS as readonly unknown[]).includes(v), ACTORS.join(', '));
  check('filter.kind', record['kind'], (v) => (KINDS as readonly unknown[]).includes(v), KINDS.join(', '));
  check('filter.form', record['form'], (v) => typeof v === 'string' && formIndex().has(v), 'a form number 1-1 … 1-6 or 2-1 … 2-21');
}

function check(argument: string, value: unknown, valid: (value: unknown) => boolean, expected: string): void {
  if (value !== undefined && !valid(value)) throw new InvalidArgumentError(argument, value, expected);
}
