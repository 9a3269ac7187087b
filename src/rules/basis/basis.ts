/**
 * What an answer is computed under: the rules revision, the provisions applied, the calendar
 * data and the library version. No schema here, so that `deadline()` does not bring zod along.
 *
 * @module
 */
import { LIBRARY } from '../../_lib/version.js';
import type { CalendarBasis } from '../../calendar/index.js';

/** The text of the rules the library implements: the ISMAP-LIU Cloud Service Registration Rules as last revised. */
export interface RulesRevision {
  /** The rules' title. */
  readonly title: 'ISMAP-LIU Cloud Service Registration Rules';
  /** The day the Steering Committee enacted them. */
  readonly enacted: '2022-11-01';
  /** The day of the last revision implemented. */
  readonly revision: '2023-11-10';
}

/**
 * The revision of the rules this library implements: enacted 2022-11-01 and last revised
 * 2023-11-10 (with the Supplementary Provisions of 2022-11-01, 2023-07-03, 2023-09-22 and
 * 2023-11-10).
 *
 * @example
 * ```ts
 * RULES_REVISION.revision; //=> '2023-11-10'
 * ```
 * @see Supplementary Provisions (2023-11-10) 1
 */
export const RULES_REVISION: RulesRevision = /* @__PURE__ */ Object.freeze({
  title: 'ISMAP-LIU Cloud Service Registration Rules',
  enacted: '2022-11-01',
  revision: '2023-11-10',
});

/** The package that computed an answer. */
export interface LibraryBasis {
  /** Always `'ismap-liu'`. */
  readonly name: 'ismap-liu';
  /** Its version (semver). */
  readonly version: string;
}

/**
 * What an answer was computed under. `evaluateCase`, `describeCase`, `deadline()` and
 * `deadlines()` stamp their answers with it, so that a stored answer says which rules, which
 * provisions, which holiday data and which release produced it.
 *
 * @example
 * ```ts
 * const b: Basis = deadline('13.2', '2024-12-27T15:00+09:00').basis;
 * b.rules.revision; //=> '2023-11-10'
 * b.provisions; //=> ['13.2']
 * b.calendar.holidayData.lastOfficialYear; //=> 2027
 * ```
 */
export interface Basis {
  /** The rules revision ({@link RULES_REVISION}). */
  readonly rules: RulesRevision;
  /**
   * The provisions of the Supplementary Provisions applied (ids of `PROVISION_RULES`, in its
   * order): for a case, those its facts decide apply; for a deadline, the one that governs the
   * period, if any (13.2, 13.3, 18.2(6)).
   */
  readonly provisions: readonly string[];
  /** The calendar and its holiday data. */
  readonly calendar: CalendarBasis;
  /** The library and its version. */
  readonly library: LibraryBasis;
}

/**
 * The basis of an answer computed on `calendar` under `provisions`.
 *
 * @internal
 */
export function basisOf(provisions: readonly string[], calendar: CalendarBasis): Basis {
  return { rules: RULES_REVISION, provisions, calendar, library: LIBRARY };
}
