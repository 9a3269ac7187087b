/**
 * Events as the machines receive them: a case event (or an internal follow-up) stamped with its
 * day in Japan and the facts of the whole case that cross-process guards read.
 *
 * @module
 */
import type { AuditPeriod, PastDeletion } from '../../rules/schemas/index.js';
import type { ListEntryInput } from '../events/caseFile.js';

/**
 * What the other processes of a case say, as guards need it. Computed by the case engine for
 * every event it routes (see {@link Routing}), so that each machine stays a closed model.
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
  /**
   * The re-audit under way (16.1, 16.5), from its request until it is concluded (confirmed,
   * 16.7, or re-application requested, 16.4), or `null`. The library follows one re-audit at a
   * time: another request while one is under way is refused, naming this one.
   */
  readonly reAuditUnderWay: {
    /** Where it stands: requested (16.2, 16.6), submitted (OSO confirms, 16.3, 16.7), or not confirmed (16.4 to follow). */
    readonly stage: 'requested' | 'submitted' | 'notConfirmed';
    /** The clause it was requested under: `16.1` (after monitoring) or `16.5` (after an incident). */
    readonly basis: '16.1' | '16.5';
    /** The day it was requested. */
    readonly requestedOn: string;
    /** The day it is due, as the notice gives it (16.2, 16.6). */
    readonly dueOn: string | null;
    /** The incident it follows (16.5), or `null`. */
    readonly incidentId: string | null;
    /** The day it was submitted, or `null`. */
    readonly submittedOn: string | null;
  } | null;
}

/**
 * The stamp the case engine adds to every event it routes to a machine: the event's day in
 * Japan and the facts of the whole case on that day.
 */
export interface Routing {
  /** The day of the event in Japan, `YYYY-MM-DD` (its `at` read in Japan time). */
  readonly day: string;
  /** The facts of the other processes of the case on that day. */
  readonly facts: CaseFacts;
}

/**
 * An event as routed to a machine: a {@link CaseEvent} or an {@link InternalEvent}, stamped with
 * its {@link Routing}. The machines' event types ({@link ProcedureEvent}, {@link IncidentEvent},
 * …) are unions of these.
 *
 * @typeParam E - the case event or follow-up
 */
export type Routed<E> = E & Routing;

/**
 * The follow-up events the case engine sends from one process to another when a transition
 * names an effect (see {@link TransitionMeta.effects}); they are not part of a case file.
 *
 * * `case.registrationEnded`: the registration was deleted or not renewed (18.2); every open
 *   process ends. `ground` is the clause.
 * * `case.registered`: the procedure registered the service (11.1) or its renewal (11.2), with
 *   the audit period, expiry date, improvement plan and list entry of the decision.
 * * `case.renewalApplied` / `case.renewalWithdrawn` / `case.renewalRejected`: a renewal
 *   application was made (12.2), withdrawn, or rejected; `applicationDate` is the day applied.
 * * `case.listEntryChanged`: a change notice gave new fields of the list entry (14.2).
 * * `case.reApplicationRequested`: re-application was requested (15.2(5)(b), 16.4); `basis` is
 *   the clause.
 * * `case.reAuditRequested`: re-auditing was requested, under 16.1 (monitoring) or 16.5 (an
 *   incident, `incidentId`), due by `dueOn`.
 * * `case.reAuditConfirmed`: the re-audit confirmed the requirements (16.7).
 *
 * Every follow-up has the `at` of the event that caused it.
 */
export type InternalEvent =
  | {
      /** The registration ended (18.2). */
      readonly type: 'case.registrationEnded';
      /** When. */
      readonly at: string;
      /** The clause of the ground. */
      readonly ground: string;
    }
  | {
      /** The service was registered (11.1) or its registration renewed (11.2). */
      readonly type: 'case.registered';
      /** When. */
      readonly at: string;
      /** Whether it is a renewal. */
      readonly renewal: boolean;
      /** The audit period the registration is granted on (11.5(8)). */
      readonly auditPeriod: AuditPeriod;
      /** The expiration date (12.1), or `null` when the rules in force give none. */
      readonly expiresOn: string | null;
      /** Whether an improvement plan was submitted (11.5(10)). */
      readonly improvementPlan: boolean;
      /** The list-entry fields the application gave. */
      readonly listEntry: ListEntryInput | null;
    }
  | {
      /** A renewal application was made (12.2). */
      readonly type: 'case.renewalApplied';
      /** When. */
      readonly at: string;
      /** The day the renewal was applied for. */
      readonly applicationDate: string;
    }
  | {
      /** The renewal application ended without a decision (not accepted, withdrawn, lapsed): the expiry applies again. */
      readonly type: 'case.renewalWithdrawn';
      /** When. */
      readonly at: string;
    }
  | {
      /** The renewal was rejected. */
      readonly type: 'case.renewalRejected';
      /** When. */
      readonly at: string;
      /** The day the renewal was applied for. */
      readonly applicationDate: string;
    }
  | {
      /** A change notice gave new list-entry fields (14.2). */
      readonly type: 'case.listEntryChanged';
      /** When. */
      readonly at: string;
      /** The fields given. */
      readonly listEntry: ListEntryInput;
    }
  | {
      /** Re-application was requested (15.2(5)(b), 16.4). */
      readonly type: 'case.reApplicationRequested';
      /** When. */
      readonly at: string;
      /** The clause requesting it. */
      readonly basis: string;
    }
  | {
      /** Re-auditing was requested (16.1, 16.5). */
      readonly type: 'case.reAuditRequested';
      /** When. */
      readonly at: string;
      /** `16.1` (after monitoring) or `16.5` (after an incident). */
      readonly basis: '16.1' | '16.5';
      /** The day the re-audit is due. */
      readonly dueOn: string;
      /** The incident it follows (16.5), or `null`. */
      readonly incidentId: string | null;
    }
  | {
      /** The re-audit confirmed the requirements (16.7). */
      readonly type: 'case.reAuditConfirmed';
      /** When. */
      readonly at: string;
    }
  | {
      /** The registration became subject to a suspension (13.5, 13.7, 14.3): the Registrant owes the notice of 7.6(5). */
      readonly type: 'case.registrationSuspended';
      /** When. */
      readonly at: string;
    };

/**
 * The {@link InternalEvent} of one type.
 *
 * @typeParam T - the `type` of the follow-up
 */
export type InternalOf<T extends InternalEvent['type']> = Extract<
  InternalEvent,
  {
    /** The follow-up type. */
    type: T;
  }
>;
