/**
 * The Supplementary Provisions: which provisions govern a case, and guards built on them.
 *
 * @module
 */
export {
  PROVISION_RULES,
  getProvisionRule,
  type ProvisionRule,
  type ProvisionKey,
  type SupplementarySource,
} from './data.js';
export {
  provisionsInForce,
  type ProvisionsInForce,
  type ProvisionDecision,
  type UndeterminedProvision,
} from './provisionsInForce.js';
export {
  twoAgenciesRequired,
  suspendedRegistrationAvailable,
  revisedIncidentRulesApply,
  renewalChangeNoticeApplies,
} from './predicates.js';
export { assertProvisionInForce } from './assertProvisionInForce.js';
