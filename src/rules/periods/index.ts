/**
 * The periods of the rules and `deadline`.
 *
 * @module
 */
export { PERIODS, type Actor, type PeriodClauseId, type PeriodRule } from './table.js';
export { deadline, type Deadline, type DeadlineOptions, type DeadlineStep } from './deadline.js';
export { deadlines, type DeadlineColumns } from './deadlines.js';
export { OPEN_ENDED_ACTS, type OpenEndedAct } from './acts.js';
