/**
 * Whether a provision of the Supplementary Provisions governs a case keyed on `day`, from the
 * rules' provision table (so that no date is written twice).
 *
 * @internal
 * @module
 */
import { governsDay, provisionRule } from '../../rules/provisions/data.js';

/**
 * Does `provision` govern a case whose key date (in Japan) is `day`?
 *
 * @internal
 */
export function governs(provision: string, day: string): boolean {
  return governsDay(provisionRule(provision), day);
}

/**
 * The first day a provision governs.
 *
 * @internal
 */
export function firstDay(provision: string): string {
  return provisionRule(provision).from;
}
