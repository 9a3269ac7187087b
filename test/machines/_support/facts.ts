/**
 * Case facts and routed events for testing the machines on their own.
 */
import type { CaseFacts } from '../../../src/machines/_lib/routed.js';
import { toJapanDate } from '../../../src/calendar/index.js';

export const UNREGISTERED: CaseFacts = {
  registration: 'unregistered',
  auditPeriod: null,
  reApplicationRequested: false,
  pastDeletions: [],
  priorApplicationMade: false,
  applicationMade: false,
  reportsOrNotices: 0,
  outstandingRequests: [],
  resolutionYearEnded: [],
  reAuditUnderWay: null,
};

export const REGISTERED: CaseFacts = {
  ...UNREGISTERED,
  registration: 'registered',
  auditPeriod: { start: '2024-04-01', end: '2024-09-30' },
  priorApplicationMade: true,
  applicationMade: true,
};

/** An event as the case reducer routes it: with its day in Japan and the facts. */
export function ev(type: string, at: string, payload: Record<string, unknown> = {}, facts: CaseFacts = REGISTERED): { type: string; at: string; day: string; facts: CaseFacts } & Record<string, unknown> {
  return { type, at, day: toJapanDate(at).date, facts, ...payload };
}
