/**
 * Refusing an event a period's provision does not govern (13.2, 13.3 and 18.2(6) govern only
 * incidents recognized from the day the Supplementary Provisions of 2023-11-10 set). The day is
 * read from `PROVISION_RULES`; `deadline()` and `deadlines()` both refuse through here.
 *
 * @internal
 * @module
 */
import { toJapanDate, type IsoDate } from '../../../calendar/index.js';
import { ProvisionNotInForceError } from '../../../errors.js';
import { provisionRule, sourceTitle } from '../../provisions/data.js';
import type { PeriodRule } from '../table.js';

/**
 * Throws unless `rule`'s provision governs an event whose day in Japan is `day`. 18.2(6) counts
 * from the incident's occurrence but is keyed on its recognition: an occurrence before the first
 * day passes when `recognizedAt` is on or after it.
 *
 * @param rule - the period
 * @param day - the day in Japan of the event the period is counted from
 * @param from - that event as given (named in the error when it is a string)
 * @param recognizedAt - for 18.2(6), when the incident was recognized
 * @throws ProvisionNotInForceError when the provision does not govern the event
 * @internal
 */
export function assertPeriodInForce(rule: PeriodRule, day: IsoDate, from: unknown, recognizedAt: string | Date | undefined): void {
  const first = rule.appliesFrom;
  if (first === undefined || day >= first) return;
  if (rule.clause === '18.2(6)' && recognizedAt !== undefined && toJapanDate(recognizedAt).date >= first) return;
  throw new ProvisionNotInForceError(rule.clause, typeof from === 'string' ? from : day, first, sourceTitle(provisionRule(rule.clause)));
}
