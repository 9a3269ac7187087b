/**
 * The acts the rules require without a number of days: they have a time limit all the same
 * ("without delay", "promptly", "as appropriate", "by the date stated in the notice"), and a
 * case's evaluation lists them while they are open.
 *
 * @module
 */
import type { Actor } from './table.js';

/** An act the rules require without a fixed period. */
export interface OpenEndedAct {
  /** The clause that requires it. */
  readonly clause: string;
  /** When the duty arises. */
  readonly arises: string;
  /** Who owes it. */
  readonly owedBy: Actor;
  /** The time limit as the rules word it. */
  readonly due: string;
  /** The act. */
  readonly act: string;
  /** The forms it uses. */
  readonly forms: readonly string[];
}

const act = (clause: string, arises: string, owedBy: Actor, due: string, text: string, forms: readonly string[] = []): OpenEndedAct =>
  Object.freeze({ clause, arises, owedBy, due, act: text, forms: Object.freeze([...forms]) });

/**
 * Every act the rules require without a number of days, in the order of the rules.
 *
 * @example
 * ```ts
 * OPEN_ENDED_ACTS.find((a) => a.clause === '13.9')?.due; //=> 'promptly'
 * OPEN_ENDED_ACTS.length; //=> 15
 * ```
 */
export const OPEN_ENDED_ACTS: readonly OpenEndedAct[] = /* @__PURE__ */ Object.freeze([
  act('5.3', "OSO's report on a Prior Application whose operations are on the List of Target Operations", 'MIN', 'promptly', 'Judge eligibility for ISMAP-LIU'),
  act('7.6(2)', 'an incident that could seriously affect users, while registered', 'A', 'without delay', 'Report it under Chapter 13'),
  act('7.6(2)', 'a ministry or OSO asks to confirm the details of an incident', 'A', 'without delay', 'Answer the request'),
  act('7.6(3)', 'a change, or an event that could lead to one, to important controls or to what the List shows', 'A', 'without delay', 'Notify it under Chapter 14'),
  act('7.6(5)', 'the registered service becomes subject to suspension or deletion', 'A', 'promptly', 'Notify the procuring ministries and agencies, or publish it on the website'),
  act('9.5', "OSO's inquiry or request for materials on an application", 'A', 'promptly (and within one month, 9.6(1))', 'Respond, submit the materials or amend the Application Documents', ['2-4']),
  act('13.2', 'a reported incident is added to, updated or changed', 'A', 'as appropriate', 'Make additional reports'),
  act('13.4', "OSO's request for additional information on a 13.2 or 13.3 report", 'A', 'as OSO requests', 'Provide the information'),
  act('13.9', "the Steering Committee's Suspension Lifting Conditions (13.8)", 'A', 'promptly', 'Respond to the conditions and apply for reinstatement', ['2-9']),
  act('14.1', 'a change, or an event that could lead to one, to important controls', 'A', 'without delay (7.6(3))', 'Submit the Significant Control Changes Notification', ['2-10']),
  act('14.2', 'any other change to what the List shows', 'A', 'without delay', 'Submit the Registered Content Change Notification', ['2-11']),
  act('14.3', 'OSO finds a change that was not notified and requests the notice', 'A', 'until submitted (the suspension lasts until then, 14.4)', 'Submit the notice', ['2-10', '2-11']),
  act('15.2(2)', 'the Notice of Monitoring (Form 2-12)', 'A', 'as the notice asks', 'Reply in writing with the requested information'),
  act('16.2', 'the Request for Re-Auditing (Form 2-13, or Form 2-14 under 16.5)', 'A', 'by the date stated in the notice', 'Undergo re-auditing and submit the Statement and Assessment Report (16.6: with Form 2-9)', ['2-1', '2-9']),
  act('18.1', 'the service ends, or can no longer meet the registration requirements', 'A', 'without delay', 'Submit the Notice of Withdrawal of Registration', ['2-15']),
]);
