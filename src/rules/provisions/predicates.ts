/**
 * Small yes/no questions about the Supplementary Provisions, for guards. Their dates are those of
 * `PROVISION_RULES`, read from there.
 *
 * @module
 */
import { toJapanDate, type DayInput } from '../../calendar/index.js';
import { InvalidArgumentError } from '../../errors.js';
import { governsDay, provisionRule } from './data.js';

/**
 * Must a Prior Application have Impact Evaluation Results from two or more agencies? Yes when it
 * was made 2022-11-01 … 2023-10-31 (the first year after enactment, in Japan) and its operations
 * are not on the List of Target Operations.
 *
 * @param priorApplicationDate - when the Prior Application was made (a date, an instant with offset, or a `Date`)
 * @param onListOfTargetOperations - whether its operations are on the List of Target Operations
 * @returns `true` when two or more agencies are required
 * @throws `InvalidDateError` / `DateOutOfRangeError` for a bad date; `InvalidArgumentError` for a non-boolean
 * @example
 * ```ts
 * twoAgenciesRequired('2023-10-31', false); //=> true
 * twoAgenciesRequired('2023-11-01', false); //=> false
 * twoAgenciesRequired('2023-06-01', true); //=> false
 * ```
 * @see Supp.2022.2
 */
export function twoAgenciesRequired(priorApplicationDate: DayInput, onListOfTargetOperations: boolean): boolean {
  const day = toJapanDate(priorApplicationDate).date;
  if (typeof onListOfTargetOperations !== 'boolean') {
    throw new InvalidArgumentError('onListOfTargetOperations', onListOfTargetOperations, 'true or false', 'Supp.2022.2');
  }
  return !onListOfTargetOperations && governsDay(provisionRule('Supp.2022.2'), day);
}

/**
 * Is Suspended Registration (10.6–10.11) available to an application? Only to registration and
 * renewal applications made on or after 2023-10-02 (in Japan); the same date decides 10.3,
 * 10.4, 11.4 and 18.2(3).
 *
 * @param applicationDate - when the application was made
 * @returns `true` on or after 2023-10-02
 * @throws `InvalidDateError` / `DateOutOfRangeError` for a bad date
 * @example
 * ```ts
 * suspendedRegistrationAvailable('2023-10-01'); //=> false
 * suspendedRegistrationAvailable('2023-10-02'); //=> true
 * suspendedRegistrationAvailable('2023-10-01T15:00Z'); //=> true (2023-10-02 00:00 in Japan)
 * ```
 * @see 10.6–10.11; Supp.2023-07-03.1
 */
export function suspendedRegistrationAvailable(applicationDate: DayInput): boolean {
  return governsDay(provisionRule('10.6'), toJapanDate(applicationDate).date);
}

/**
 * Do the revised 13.1–13.7 and 18.2(6) govern an incident? Yes when it was recognized on or after
 * 2024-01-04, as a day in Japan (interpretation I6): 2024-01-03T15:00Z is 2024-01-04 00:00 JST.
 *
 * @param recognizedAt - when the incident was recognized
 * @returns `true` on or after 2024-01-04 (JST)
 * @throws `InvalidDateError` / `DateOutOfRangeError` for a bad date
 * @example
 * ```ts
 * revisedIncidentRulesApply('2024-01-03'); //=> false
 * revisedIncidentRulesApply('2024-01-03T15:00Z'); //=> true
 * ```
 * @see 13.1–13.7, 18.2(6); Supp.2023-11-10.1; interpretation I6
 */
export function revisedIncidentRulesApply(recognizedAt: DayInput): boolean {
  return governsDay(provisionRule('13.1'), toJapanDate(recognizedAt).date);
}

/**
 * Must the Registrant tell the assessor of every change since the previous assessment (12.3)?
 * Only for procedures whose assessment starts on or after 2023-10-01 (note: one day before the
 * 2023-10-02 of the Suspended Registration provisions).
 *
 * @param assessmentStartDate - when the assessment started
 * @returns `true` on or after 2023-10-01
 * @throws `InvalidDateError` / `DateOutOfRangeError` for a bad date
 * @example
 * ```ts
 * renewalChangeNoticeApplies('2023-09-30'); //=> false
 * renewalChangeNoticeApplies('2023-10-01'); //=> true
 * ```
 * @see 12.3; Supp.2023-09-22.1
 */
export function renewalChangeNoticeApplies(assessmentStartDate: DayInput): boolean {
  return governsDay(provisionRule('12.3'), toJapanDate(assessmentStartDate).date);
}
