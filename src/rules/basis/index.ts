/**
 * What an answer is computed under, and pinning it.
 *
 * @module
 */
export { RULES_REVISION, basisOf, type Basis, type LibraryBasis, type RulesRevision } from './basis.js';
export { BasisMismatchError, checkPin, checkPinnedProvisions, isBasisMismatchError, type BasisPin } from './pin.js';
