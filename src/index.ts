/**
 * `ismap-liu`: the ISMAP-LIU Cloud Service Registration Rules as code. Everything from the
 * three doors `ismap-liu/calendar`, `ismap-liu/rules` and `ismap-liu/machines`.
 *
 * @module ismap-liu
 */
export * from './calendar/index.js';
export * from './rules/index.js';
export * from './machines/index.js';
