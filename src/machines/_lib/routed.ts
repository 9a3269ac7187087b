/**
 * Events as the machines receive them: a case event (or an internal follow-up) stamped with its
 * day in Japan and the facts of the whole case that cross-process guards read.
 *
 * @internal
 * @module
 */
import type { AuditPeriod, PastDeletion } from '../../rules/schemas/index.js';
import type { ListEntryInput } from '../events/fields.js';

/**
 * What the other processes of a case say, as guards need it. Computed by the case reducer for
 * every event it routes, so that each machine stays a closed model.
 *
 * @internal
 */
export interface CaseFacts {
  /** The registration, coarsely (`registered` includes a renewal pending and any suspension). */
  readonly registration: 'unregistered' | 'registered' | 'withdrawing' | 'deleted' | 'notRenewed';
  /** The audit period the current registration was granted on (7.14 for a renewal). */
  readonly auditPeriod: AuditPeriod | null;
  /** A re-application was requested (15.2(5)(b), 16.4) and not yet followed by a deletion. */
  readonly reApplicationRequested: boolean;
  /** Deletions of this case's registrations (5.1(4) reads those under 18.2(4)). */
  readonly pastDeletions: readonly PastDeletion[];
  /** A Prior Application was made at some point (6.1). */
  readonly priorApplicationMade: boolean;
  /** An application for registration was made at some point (19.1). */
  readonly applicationMade: boolean;
  /** Reports (13) and notices (14) made so far (15.1(1)). */
  readonly reportsOrNotices: number;
  /** Requests of SC / OSO the Registrant has not answered (18.2(5)), by clause. */
  readonly outstandingRequests: readonly string[];
  /** Incidents whose 13.7 suspension is in force one year after their occurrence (18.2(6)). */
  readonly resolutionYearEnded: readonly string[];
}

/** The stamp the reducer adds to every event it routes. @internal */
export interface Routing {
  readonly day: string;
  readonly facts: CaseFacts;
}

/** An event as routed to a machine. @internal */
export type Routed<E> = E & Routing;

/** The follow-up events the reducer sends between processes. @internal */
export type InternalEvent =
  | { readonly type: 'case.registrationEnded'; readonly at: string; readonly ground: string }
  | {
      readonly type: 'case.registered';
      readonly at: string;
      readonly renewal: boolean;
      readonly auditPeriod: AuditPeriod;
      readonly expiresOn: string | null;
      readonly improvementPlan: boolean;
      readonly listEntry: ListEntryInput | null;
    }
  | { readonly type: 'case.renewalApplied'; readonly at: string; readonly applicationDate: string }
  | { readonly type: 'case.renewalWithdrawn'; readonly at: string }
  | { readonly type: 'case.renewalRejected'; readonly at: string; readonly applicationDate: string }
  | { readonly type: 'case.listEntryChanged'; readonly at: string; readonly listEntry: ListEntryInput }
  | { readonly type: 'case.reApplicationRequested'; readonly at: string; readonly basis: string }
  | {
      readonly type: 'case.reAuditRequested';
      readonly at: string;
      readonly basis: '16.1' | '16.5';
      readonly dueOn: string;
      readonly incidentId: string | null;
    }
  | { readonly type: 'case.reAuditConfirmed'; readonly at: string };

/** The internal event of one type. @internal */
export type InternalOf<T extends InternalEvent['type']> = Extract<InternalEvent, { type: T }>;
