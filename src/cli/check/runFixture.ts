/**
 * Checking one fixture: the evaluation of its case as of its as-of, against each expectation.
 *
 * @module
 */
import type { Evaluation } from '../../machines/index.js';
import { checkAllowed } from './expect/allowed.js';
import { checkListEntry } from './expect/listEntry.js';
import { checkObligations } from './expect/obligations.js';
import { checkRefused } from './expect/refused.js';
import { checkStatus } from './expect/status.js';
import type { ExpectationResult } from './result.js';
import type { Expectations } from './schema.js';

/**
 * Every expectation of a fixture against an evaluation, in the order of the format: status,
 * obligations, allowed, notAllowed, refused, listEntry.
 *
 * @param expect - the fixture's `expect`
 * @param evaluation - the evaluation of its case as of its as-of
 * @param at - the fixture's JSON path in its file (`$` or `$[i]`)
 * @returns one result per expectation (the status gives one for the headline and one per process)
 */
export function checkExpectations(expect: Expectations, evaluation: Evaluation, at: string): ExpectationResult[] {
  const here = `${at}.expect`;
  return [
    ...(expect.status === undefined ? [] : checkStatus(expect.status, evaluation, `${here}.status`)),
    ...(expect.obligations === undefined ? [] : [checkObligations(expect.obligations, evaluation, `${here}.obligations`)]),
    ...(expect.allowed === undefined ? [] : [checkAllowed(expect.allowed, true, evaluation, `${here}.allowed`)]),
    ...(expect.notAllowed === undefined ? [] : [checkAllowed(expect.notAllowed, false, evaluation, `${here}.notAllowed`)]),
    ...(expect.refused === undefined ? [] : [checkRefused(expect.refused, evaluation, `${here}.refused`)]),
    ...(expect.listEntry === undefined ? [] : [checkListEntry(expect.listEntry, evaluation, `${here}.listEntry`)]),
  ];
}
