/**
 * The event types of a case file, with the act, actor, clauses, forms and process of each.
 *
 * @module
 */
import type * as z from 'zod';
import type { EventInfo } from './define.js';
import { PROCEDURE_EVENTS } from './procedureEvents.js';
import { APPEAL_EVENTS, CHANGE_EVENTS, CLOCK_EVENTS, INCIDENT_EVENTS, MONITORING_EVENTS, RE_AUDIT_EVENTS, REGISTRATION_EVENTS } from './otherEvents.js';

/** Every event definition, in the order of the rules. @internal */
export const EVENT_DEFINITIONS = [
  ...PROCEDURE_EVENTS,
  ...REGISTRATION_EVENTS,
  ...INCIDENT_EVENTS,
  ...CHANGE_EVENTS,
  ...MONITORING_EVENTS,
  ...RE_AUDIT_EVENTS,
  ...APPEAL_EVENTS,
  ...CLOCK_EVENTS,
] as const;

/**
 * One event of a case file, as {@link CaseEventSchema} parses it: a dated fact, the union of the
 * event types discriminated by `type`. `type` names the act, `at` is a `YYYY-MM-DD` date (during
 * that day in Japan) or an instant with offset, `note` is free text; the other fields depend on
 * `type` (see docs/case-file.md and {@link EVENT_CATALOGUE}). Narrow it on `type` (`switch
 * (event.type)`) or pick one type with {@link CaseEventOf}.
 *
 * It is inferred from the event schemas, group by group: the procedure, the registration,
 * incidents, changes, monitoring, re-auditing, appeals, the clock (every type of
 * {@link EVENT_TYPES}).
 *
 * @example
 * ```ts
 * const e: CaseEvent = { type: 'time.passed', at: '2025-02-01' };
 * CaseEventSchema.safeParse(e).success; //=> true
 * ```
 */
export type CaseEvent =
  | z.output<(typeof PROCEDURE_EVENTS)[number]['schema']>
  | z.output<(typeof REGISTRATION_EVENTS)[number]['schema']>
  | z.output<(typeof INCIDENT_EVENTS)[number]['schema']>
  | z.output<(typeof CHANGE_EVENTS)[number]['schema']>
  | z.output<(typeof MONITORING_EVENTS)[number]['schema']>
  | z.output<(typeof RE_AUDIT_EVENTS)[number]['schema']>
  | z.output<(typeof APPEAL_EVENTS)[number]['schema']>
  | z.output<(typeof CLOCK_EVENTS)[number]['schema']>;

/**
 * One event of a case file as written, before {@link CaseEventSchema} parses it: the input type
 * of the same union (what {@link applyEvent} and the `events` of a case file accept).
 */
export type CaseEventInput =
  | z.input<(typeof PROCEDURE_EVENTS)[number]['schema']>
  | z.input<(typeof REGISTRATION_EVENTS)[number]['schema']>
  | z.input<(typeof INCIDENT_EVENTS)[number]['schema']>
  | z.input<(typeof CHANGE_EVENTS)[number]['schema']>
  | z.input<(typeof MONITORING_EVENTS)[number]['schema']>
  | z.input<(typeof RE_AUDIT_EVENTS)[number]['schema']>
  | z.input<(typeof APPEAL_EVENTS)[number]['schema']>
  | z.input<(typeof CLOCK_EVENTS)[number]['schema']>;

/**
 * The `type` of a case event, named after the act in the past tense with its actor first
 * (`applicant.submittedPriorApplication`, `oso.acceptedApplication`, `sc.decidedApplication`);
 * see {@link EVENT_TYPES}, {@link EVENT_CATALOGUE} and docs/case-file.md.
 */
export type CaseEventType = CaseEvent['type'];

/**
 * The case event of one type (or of several), with its payload.
 *
 * @typeParam T - the event type
 * @example
 * ```ts
 * const d: CaseEventOf<'sc.decidedApplication'> = { type: 'sc.decidedApplication', at: '2025-03-01', decision: 'register' };
 * ```
 */
export type CaseEventOf<T extends CaseEventType> = Extract<
  CaseEvent,
  {
    /** The event type. */
    type: T;
  }
>;

/** The parsed case event: {@link CaseEvent} (the engine's name for it). @internal */
export type ParsedEvent = CaseEvent;


/**
 * What each event type stands for: its act, actor, clauses, forms and process.
 *
 * @example
 * ```ts
 * EVENT_CATALOGUE['applicant.submittedLetterOfIntent'].forms; //=> ['2-20']
 * EVENT_CATALOGUE['time.passed'].actor; //=> 'clock'
 * ```
 */
export const EVENT_CATALOGUE: Readonly<Record<CaseEventType, EventInfo>> = /* @__PURE__ */ (() => Object.freeze(
  Object.fromEntries(EVENT_DEFINITIONS.map((d) => [d.type, d.info])) as Record<CaseEventType, EventInfo>,
))();

/**
 * Every event type, in the order of the rules.
 *
 * @example
 * ```ts
 * EVENT_TYPES[0]; //=> 'applicant.submittedPriorApplication'
 * ```
 */
export const EVENT_TYPES: readonly CaseEventType[] = /* @__PURE__ */ (() => Object.freeze(EVENT_DEFINITIONS.map((d) => d.type)))();

export type { EventActor, EventInfo, ProcessName } from './define.js';
