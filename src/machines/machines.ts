/**
 * The lifecycle machines as the package exports them. Their events are the case events stamped
 * by the case reducer (`day`, and the case `facts` that cross-process guards read), so most
 * callers use {@link evaluateCase} or {@link applyEvent} rather than the machines themselves; the
 * machines are exported to inspect (`meta`, `xstate/graph`) and to run with XState's `transition`.
 *
 * @module
 */
import type { AnyStateMachine } from 'xstate';
import { appealsMachine as appeals } from './appeals/machine.js';
import { changeMachine as change } from './change/machine.js';
import { incidentMachine as incident } from './incident/machine.js';
import { monitoringMachine as monitoring } from './monitoring/machine.js';
import { procedureMachine as procedure } from './procedure/machine.js';
import { reAuditMachine as reAudit } from './reAudit/machine.js';
import { registrationMachine as registration } from './registration/machine.js';

/**
 * One round of the registration procedure, Chapters 3–11: Prior Application (inquiries 4.4,
 * non-acceptance 4.5, review 5.1, judgment 5.3, notice 5.4), the audit (7), application (8),
 * acceptance (9), review, hearing and decision (10.1–10.5), Suspended Registration with its
 * Letter of Intent, new assessment and examination (10.6–10.11), registration or rejection (11).
 * Also renewal (3.4, 8.3, 12.2) and re-application (17.1).
 *
 * @example
 * ```ts
 * initialTransition(procedureMachine)[0].value; //=> 'idle'
 * ```
 */
export const procedureMachine: AnyStateMachine = procedure;

/**
 * The registration, Chapters 11, 12 and 18: valid until its expiry (12.1, BR3.5) or while a
 * renewal is pending, withdrawn (18.1), deleted on a ground of 18.2(1)–(7).
 *
 * @example
 * ```ts
 * initialTransition(registrationMachine)[0].value; //=> 'unregistered'
 * ```
 */
export const registrationMachine: AnyStateMachine = registration;

/**
 * One information security incident, Chapter 13 (one instance per incident): reports (13.1–13.4),
 * suspension by OSO and its lifting (13.5, 13.6), suspension by the Steering Committee, lifting
 * conditions, reinstatement, lifting or re-auditing (13.7–13.11), announced on the list (13.12).
 *
 * @example
 * ```ts
 * initialTransition(incidentMachine)[0].value; //=> 'none'
 * ```
 */
export const incidentMachine: AnyStateMachine = incident;

/**
 * One change to a registered service, Chapter 14 (one instance per change): notified (14.1,
 * 14.2) or suspended until notified (14.3–14.5).
 *
 * @example
 * ```ts
 * initialTransition(changeMachine)[0].value; //=> 'none'
 * ```
 */
export const changeMachine: AnyStateMachine = change;

/**
 * Monitoring, Chapter 15: notice, reply, interview, result; re-audit (15.2(5)(a)) or
 * re-application (15.2(5)(b)) when the requirements cannot be confirmed.
 *
 * @example
 * ```ts
 * initialTransition(monitoringMachine)[0].value; //=> 'idle'
 * ```
 */
export const monitoringMachine: AnyStateMachine = monitoring;

/**
 * Re-auditing, Chapter 16: requested (16.1, 16.5), submitted (16.2, 16.6), confirmed (16.7) or
 * not (16.3) and re-application (16.4); announced on the list (16.8).
 *
 * @example
 * ```ts
 * initialTransition(reAuditMachine)[0].value; //=> 'idle'
 * ```
 */
export const reAuditMachine: AnyStateMachine = reAudit;

/**
 * Appeals, Chapters 6 and 19: Form 1-5 answered on Form 1-6; Form 2-17 answered on Form 2-18.
 *
 * @example
 * ```ts
 * initialTransition(appealsMachine)[0].value; //=> { priorApplication: 'none', registration: 'none' }
 * ```
 */
export const appealsMachine: AnyStateMachine = appeals;
