/**
 * The clause catalogue of the ISMAP-LIU Cloud Service Registration Rules: every clause, item
 * and sub-item of Chapters 1–19, the Supplementary Provisions, Appended Table 1, Appendices 1–3
 * and BR3.5, with summaries, forms, actors and editorial notes; and the forms 1-1 … 2-21.
 *
 * @module
 */
export type {
  ChapterNumber,
  Clause,
  ClauseActor,
  ClauseChapter,
  ClauseData,
  ClauseId,
  ClauseKind,
  ClauseSource,
  Form,
  FormNumber,
} from './types.js';
export type { ChildClausesOptions } from './childClauses.js';
export type { ClauseFilter } from './listClauses.js';
export { childClauses } from './childClauses.js';
export { clauseIds } from './clauseIds.js';
export { findClause } from './findClause.js';
export { findForm } from './findForm.js';
export { getClause } from './getClause.js';
export { getForm } from './getForm.js';
export { isClauseId } from './isClauseId.js';
export { isFormNumber } from './isFormNumber.js';
export { listClauses } from './listClauses.js';
export { listForms } from './listForms.js';
export { UnknownClauseError } from './UnknownClauseError.js';
export { UnknownFormError } from './UnknownFormError.js';
