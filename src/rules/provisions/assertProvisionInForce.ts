/**
 * Refusing to apply a provision to a case it does not govern.
 *
 * @module
 */
import { toJapanDate, type DayInput } from '../../calendar/index.js';
import { InvalidArgumentError, ProvisionNotInForceError } from '../../errors.js';
import { PROVISION_RULES, getProvisionRule, sourceTitle } from './data.js';

const DATE_KEYED = PROVISION_RULES.filter((r) => r.until === undefined && r.offListOnly !== true).map((r) => r.provision);

/**
 * Throws unless `provision` governs a case whose key date (see {@link PROVISION_RULES}) is `at`:
 * e.g. 13.2, 13.3 and 18.2(6) govern only incidents recognized on or after 2024-01-04 in Japan
 * (Supplementary Provisions of 2023-11-10, I6); 10.6 only applications made on or after
 * 2023-10-02. Provisions the Supplementary Provisions do not limit always pass.
 *
 * @param provision - a provision of {@link PROVISION_RULES} (not `Supp.2022.2`, which also needs the List; use {@link twoAgenciesRequired})
 * @param at - the key date: the incident's recognition, the application date, …
 * @returns the key date's day in Japan
 * @throws `ProvisionNotInForceError` (code `provision_not_in_force`) when the provision does not govern that date
 * @throws `InvalidArgumentError` for `Supp.2022.2`; `InvalidDateError` / `DateOutOfRangeError` for a bad date
 * @example
 * ```ts
 * assertProvisionInForce('13.2', '2024-01-04'); //=> '2024-01-04'
 * assertProvisionInForce('13.2', '2024-01-03'); // throws ProvisionNotInForceError
 * ```
 * @see Supplementary Provisions; interpretation I6
 */
export function assertProvisionInForce(provision: string, at: DayInput): string {
  if (typeof provision !== 'string') throw new InvalidArgumentError('provision', provision, 'a clause id such as "13.2"');
  const rule = getProvisionRule(provision);
  if (rule !== undefined && !DATE_KEYED.includes(provision)) {
    throw new InvalidArgumentError('provision', provision, `one of ${DATE_KEYED.join(', ')}; use twoAgenciesRequired for Supp.2022.2`);
  }
  const day = toJapanDate(at).date;
  if (rule !== undefined && day < rule.from) {
    throw new ProvisionNotInForceError(provision, typeof at === 'string' ? at : day, rule.from, sourceTitle(rule));
  }
  return day;
}
