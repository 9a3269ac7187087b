/**
 * Deadline timelines of an evaluated case.
 *
 * @module
 */
export { deadlineTimeline } from './deadlineTimeline.js';
export { deadlineTimelineSvg, type TimelineSvgOptions } from './deadlineTimelineSvg.js';
export type { TimelineOptions } from './rows.js';
