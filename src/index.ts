/**
 * `ismap-liu`: the ISMAP-LIU Cloud Service Registration Rules as code.
 *
 * @module ismap-liu
 */
export * from './calendar/index.js';
export * from './rules/index.js';
export * from './machines/index.js';
export * from './errors.js';
