/**
 * The closed vocabularies of the catalogue, for validating filters at run time.
 *
 * @module
 * @internal
 */
import type { ClauseActor, ClauseChapter, ClauseKind } from '../types.js';

/** @internal Every actor, in the canonical order used by the data. */
export const ACTORS: readonly ClauseActor[] = ['A', 'OSO', 'SC', 'MIN', 'assessor'];

/** @internal Every kind. */
export const KINDS: readonly ClauseKind[] = [
  'general', 'definition', 'procedure', 'requirement', 'period', 'ground', 'content', 'provision',
];

/** @internal Every chapter value. */
export const CHAPTERS: readonly ClauseChapter[] = [
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
  'supplementary', 'BR', 'appended-table-1', 'appendix-1', 'appendix-2', 'appendix-3',
];
