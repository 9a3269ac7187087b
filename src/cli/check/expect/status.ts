/**
 * `expect.status`: the headline (exactly), and the states processes are in.
 *
 * @module
 */
import type { Evaluation } from '../../../machines/index.js';
import { outcome, show, type ExpectationResult } from '../result.js';
import type { ProcessExpected } from '../schema.js';

/** `registration`, or `incident "INC-1"` for a process instance. */
export function processName(process: string, instance: string | null): string {
  return instance === null ? process : `${process} ${JSON.stringify(instance)}`;
}

/** Whether a process whose active states are `active` is in `state`: one of them, or an ancestor of one. */
function isIn(active: readonly string[], state: string): boolean {
  return active.some((id) => id === state || id.startsWith(`${state}.`));
}

/**
 * The results of `expect.status`: `status.headline` compared as a whole string, and one result
 * per process listed in `status.processes`.
 *
 * @param status - the expectation
 * @param evaluation - the evaluation
 * @param at - the JSON path of `expect.status` in the fixture file
 * @returns the results, headline first
 */
export function checkStatus(status: { readonly headline?: string | undefined; readonly processes?: readonly ProcessExpected[] | undefined }, evaluation: Evaluation, at: string): ExpectationResult[] {
  const results: ExpectationResult[] = [];
  if (status.headline !== undefined) {
    const diff = status.headline === evaluation.headline ? [] : [`expected ${show(status.headline)}, actual ${show(evaluation.headline)}`];
    results.push(outcome('status.headline', `${at}.headline`, diff, status.headline, evaluation.headline));
  }
  (status.processes ?? []).forEach((expected, i) => {
    const instance = expected.instance ?? null;
    const name = processName(expected.process, instance);
    const found = evaluation.processes.find((p) => p.process === expected.process && p.instance === instance);
    const active = found?.states.map((s) => s.id) ?? null;
    const diff =
      active === null
        ? [`no process ${name} in the evaluation; it has ${evaluation.processes.map((p) => processName(p.process, p.instance)).join(', ')}`]
        : expected.in.filter((state) => !isIn(active, state)).map((state) => `not in ${show(state)}; in ${active.map((id) => show(id)).join(', ')}`);
    results.push(outcome(`status: ${name} in ${expected.in.join(', ')}`, `${at}.processes[${i}]`, diff, expected, active));
  });
  return results;
}
