/**
 * Payload fields shared by several event types.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { isoDateSchema } from '../../rules/schemas/index.js';
import { choice, list, record, text } from '../../rules/schemas/_lib/field.js';

/** An incident's id in the case (13): any non-blank string, unique per incident. @internal */
export const incidentId = /* @__PURE__ */ text({ what: 'the incident id', clause: '13.1' });

/** A change's id in the case (14): any non-blank string, unique per change. @internal */
export const changeId = /* @__PURE__ */ text({ what: 'the change id', clause: '14.1' });

/**
 * The fields of the ISMAP-LIU Cloud Service List entry (11.5) a notice can give. Fields the
 * library derives itself (registration and expiry dates, the assessment period, the presence of
 * an improvement plan) are not among them.
 *
 * @internal
 */
export const ListEntryInputSchema = /* @__PURE__ */ (() => record(
  'the list entry',
  {
    name: text({ what: 'the name of the cloud service', clause: '11.5(1)' }).optional(),
    url: text({ what: 'the URL of the cloud service website', clause: '11.5(2)' }).optional(),
    operator: record('the operator', {
      name: text({ what: 'the name of the operator', clause: '11.5(3)' }),
      address: text({ what: 'the address of the operator', clause: '11.5(3)' }).optional(),
    }, '11.5(3)').optional(),
    statementScope: text({ what: 'the scope of the Statement', clause: '11.5(6)' }).optional(),
    controls: list(text({ what: 'a control measure', clause: '11.5(7)' }), { what: 'the control measures', clause: '11.5(7)' }).optional(),
    subsequentEvents: text({ what: 'the subsequent events', clause: '11.5(9)' }).optional(),
    information75: text({ what: 'the information provided under 7.5', clause: '11.5(11)' }).optional(),
    specialNotes: text({ what: 'the special notes', clause: '11.5(12)' }).optional(),
    governmentUsers: z
      .number({ error: () => 'The number of government institutions using the service must be a whole number of 0 or more (see 11.5(13)).' })
      .int()
      .min(0)
      .optional(),
  },
  '11.5',
))();

/** The list-entry fields a notice can give. @internal */
export type ListEntryInput = z.infer<typeof ListEntryInputSchema>;

/** A date set by a notice. @internal */
export function noticeDate(what: string, clause: string) {
  return isoDateSchema({ what, clause });
}

/** A ground among fixed clause ids. @internal */
export function ground<const T extends readonly [string, ...string[]]>(values: T, clause: string) {
  return choice(values, { what: 'the ground', clause });
}
