/**
 * `evaluateCase`: a case file in, the whole answer out, as plain JSON.
 *
 * @module
 */
import { parseOrThrow } from '../../rules/schemas/index.js';
import { CaseFileSchema, type CaseFile } from '../events/caseFile.js';
import type { ParsedEvent } from '../events/catalogue.js';
import { isBefore, stampOf, type Stamp } from '../_lib/time.js';
import { startCase, type CaseState } from './state.js';
import { stepParsed, type Ticked } from './step.js';
import type { CaseView, Refusal, TraceEntry } from './types.js';
import { asOfStamp, viewAt } from './view.js';
import { readOptions } from '../../_lib/args.js';
import { officialContext } from '../../calendar/_lib/official.js';
import { checkPin, checkPinnedProvisions, type BasisPin } from '../../rules/basis/index.js';

/** The answer of {@link evaluateCase}. */
export interface Evaluation extends CaseView {
  /** How many events were applied. */
  readonly applied: number;
  /** Every applied event, in order, with the transitions, guards, deadlines and provisions; the as-of tick last when it expired something. */
  readonly trace: readonly TraceEntry[];
  /** Every refused event, with the clause or guard that refused it. Nothing else changed for them. */
  readonly refused: readonly Refusal[];
}

/** The result of {@link replay}. @internal */
export interface Replayed {
  /** The case after the last applied event. */
  readonly state: CaseState;
  /** The entries of the applied events. */
  readonly trace: TraceEntry[];
  /** The refused events. */
  readonly refused: Refusal[];
  /** `state` ticked to the last refused event after it, when that tick took steps (passed on to the next step). */
  readonly pending: Ticked | null;
}

/**
 * Applies `events` to `state` in order, collecting the trace and the refusals; events after
 * `until` are refused (`after_as_of`). Time passes once: when a refused event's tick took a
 * step (a period lapsed), the ticked state is kept and its steps go to the next applied event's
 * entry, instead of the expiry running again for every refused event.
 *
 * @internal
 */
export function replay(state: CaseState, events: readonly ParsedEvent[], until: Stamp | null, offset = 0): Replayed {
  const trace: TraceEntry[] = [];
  const refused: Refusal[] = [];
  let current = state;
  let pending: Ticked | null = null;
  events.forEach((event, i) => {
    const index = offset + i;
    const stamp = stampOf(event.at);
    if (until !== null && isBefore(until, stamp)) {
      refused.push({ index, type: event.type, at: event.at, code: 'after_as_of', message: `The event of ${event.at} is after the as-of instant ${until.at}; it is not applied.`, clauses: [], process: null, instance: null, states: [], guards: [] });
      return;
    }
    const carried = pending !== null && !isBefore(stamp, pending.stamp) ? pending : null;
    const { result, ticked } = stepParsed(current, event, index, carried);
    if (result.ok) {
      current = result.state;
      trace.push(result.entry);
      pending = null;
    } else {
      refused.push(result.refusal);
      if (carried !== null || pending === null) pending = ticked !== null && ticked.steps.length > 0 ? ticked : pending;
    }
  });
  return { state: current, trace, refused, pending };
}

/**
 * Evaluates a case file as of an instant: validates it (every problem with its JSON path),
 * applies its events in order (refusing, with the clause or guard, those the rules do not
 * allow), lets time pass to `asOf`, and answers where the case is, what is owed by whom and by
 * when, what may happen next, why (the trace), and what the ISMAP-LIU Cloud Service List shows.
 * Pure: the same input gives the same output; no clock is read.
 *
 * @param caseFile - a case file `{ service, events }` (e.g. `JSON.parse` of a file; see docs/case-file.md)
 * The answer carries its `basis` (the rules revision, the provisions applied, the calendar data
 * and the library release). Pass a stored answer's `basis` as `options.basis` to have the
 * answer refused, rather than silently computed otherwise, when this library cannot honour it.
 *
 * @param options - `asOf`: a `YYYY-MM-DD` date or an instant with offset; `basis`: a pinned {@link BasisPin}
 * @returns the {@link Evaluation}, plain JSON
 * @throws {@link ValidationError} when the case file or `asOf` is malformed, or the file is
 *   beyond the input limits of `safeParseInput` (nesting 64, 1,000,000 items per array, 5,000,000 values; at most 100 issues listed)
 * @throws {@link InvalidArgumentError} when `options` is not `{ asOf, basis? }`
 * @throws {@link BasisMismatchError} when a pinned basis names another rules revision, holiday
 *   data or calendar, a release this one does not honour, or other provisions than the answer applies
 * @example
 * ```ts
 * const r = evaluateCase(
 *   { service: { name: 'Kintai Cloud' }, events: [{ type: 'oso.acceptedPriorApplication', at: '2024-04-15' }] },
 *   { asOf: '2024-05-01' },
 * );
 * r.refused[0]?.code; //=> 'not_allowed'
 * r.allowed.map((a) => a.type).includes('applicant.submittedPriorApplication'); //=> true
 * r.basis.rules.revision; //=> '2023-11-10'
 * // Later, the same question under the stored answer's basis:
 * evaluateCase({ service: { name: 'Kintai Cloud' }, events: [] }, { asOf: '2024-05-01', basis: r.basis }).basis.provisions; //=> []
 * evaluateCase({ service: { name: 'Kintai Cloud' }, events: [] }, { asOf: '2024-05-01', basis: { rules: { revision: '2022-11-01' } } }); // throws BasisMismatchError
 * ```
 */
export function evaluateCase(caseFile: unknown, options: EvaluateOptions): Evaluation {
  const file = parseOrThrow(CaseFileSchema, caseFile, 'the case file') as CaseFile;
  const read = readOptions(options, 'options of evaluateCase', ['asOf', 'basis']);
  const until = asOfStamp(read.asOf as string | Date);
  const pin = read.basis === undefined ? undefined : checkPin(read.basis, officialContext().basis);
  const run = replay(startCase(file.service), file.events as readonly ParsedEvent[], until);
  const { view, tick } = viewAt(run.state, until, run.pending);
  if (pin !== undefined) checkPinnedProvisions(pin, view.basis.provisions);
  const { basis, ...rest } = view;
  return { ...rest, applied: run.state.applied, trace: tick === null ? run.trace : [...run.trace, tick], refused: run.refused, basis };
}

/** Options of {@link evaluateCase}. */
export interface EvaluateOptions {
  /** When to evaluate: a `YYYY-MM-DD` date, an instant with offset, or a `Date`. */
  readonly asOf: string | Date;
  /**
   * A basis to honour, usually the `basis` of a stored answer (or part of it): the answer is
   * refused with a {@link BasisMismatchError} unless it is computed under the same rules
   * revision, holiday data and official calendar, by a compatible release, under the same
   * provisions.
   */
  readonly basis?: BasisPin | undefined;
}
