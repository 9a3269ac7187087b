/**
 * `ismap-liu/rules`: the clauses, periods, provisions in force and requirement checks of the
 * ISMAP-LIU Cloud Service Registration Rules, as data and pure functions, with zod schemas for
 * everything a caller hands in.
 *
 * @module rules
 */
export * from './catalogue/index.js';
export * from './periods/index.js';
export * from './interpretations/index.js';
export * from './schemas/index.js';
export * from './checks/index.js';
export * from './provisions/index.js';
export {
  RULES_REVISION,
  BasisMismatchError,
  isBasisMismatchError,
  type Basis,
  type BasisPin,
  type LibraryBasis,
  type RulesRevision,
} from './basis/index.js';
export {
  InvalidArgumentError,
  InvalidDateError,
  DateOutOfRangeError,
  IsmapLiuError,
  ProvisionNotInForceError,
  isIsmapLiuError,
  type IsmapLiuErrorCode,
  type IsmapLiuErrorOptions,
} from '../errors.js';
