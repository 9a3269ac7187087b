/**
 * Whether a provision of the Supplementary Provisions governs a case keyed on `day`, from the
 * rules' provision table (so that no date is written twice).
 *
 * @internal
 * @module
 */
import { getProvisionRule } from '../../rules/provisions/index.js';

/**
 * Does `provision` govern a case whose key date (in Japan) is `day`?
 *
 * @internal
 */
export function governs(provision: string, day: string): boolean {
  const rule = getProvisionRule(provision);
  if (rule === undefined) throw new RangeError(`No provision rule for ${provision}`);
  return day >= rule.from && (rule.until === undefined || day <= rule.until);
}

/**
 * The first day a provision governs.
 *
 * @internal
 */
export function firstDay(provision: string): string {
  const rule = getProvisionRule(provision);
  if (rule === undefined) throw new RangeError(`No provision rule for ${provision}`);
  return rule.from;
}
