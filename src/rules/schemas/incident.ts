/**
 * Information security incidents (Chapter 13).
 *
 * @module
 */
import { choice, record, text, typed } from './_lib/field.js';
import { dayInputSchema } from './dayInput.js';

/** Who judged that the incident could seriously affect users: the Registrant (`A`, 13.1(1)) or the ISMAP Operations Support Organization (`OSO`, 13.1(2)). */
export const INCIDENT_RECOGNIZERS = /* @__PURE__ */ Object.freeze(['A', 'OSO'] as const);

/**
 * How serious the incident is: `not-serious` (no report is owed under 13.1), `serious` (it
 * "could have a serious impact on users", 13.1) or `particularly-serious` (SC may suspend the
 * registration, 13.7).
 */
export const INCIDENT_SERIOUSNESS = /* @__PURE__ */ Object.freeze(['not-serious', 'serious', 'particularly-serious'] as const);

/** An information security incident. */
export interface Incident {
  /** When its occurrence was recognized: a date, or an instant with an offset; 13.2 and 13.3 count from it, and its day in Japan decides whether the revised Chapter 13 applies (on or after 2024-01-04, I6). */
  readonly recognizedAt: string;
  /** `A` (13.1(1)) or `OSO` (13.1(2)). */
  readonly recognizedBy: (typeof INCIDENT_RECOGNIZERS)[number];
  /** See {@link INCIDENT_SERIOUSNESS}. */
  readonly seriousness: (typeof INCIDENT_SERIOUSNESS)[number];
  /** What happened. */
  readonly description: string;
}

/**
 * The schema of {@link Incident}.
 *
 * @example
 * ```ts
 * IncidentSchema.parse({
 *   recognizedAt: '2024-01-03T15:00Z', recognizedBy: 'A', seriousness: 'serious', description: 'leak',
 * }).recognizedBy; //=> 'A'
 * ```
 * @see 13.1, 13.2, 13.3, 13.7, Supp.2023-11-10.1
 */
export const IncidentSchema = /* @__PURE__ */ (() => typed<Incident>()(
  record(
    'the incident',
    {
      recognizedAt: dayInputSchema({ what: 'the time the incident was recognized', clause: '13.2' }),
      recognizedBy: choice(INCIDENT_RECOGNIZERS, { what: 'who recognized the incident', clause: '13.1' }),
      seriousness: choice(INCIDENT_SERIOUSNESS, { what: 'the seriousness of the incident', clause: '13.1' }),
      description: text({ what: 'the description of the incident', clause: '13.1' }),
    },
    '13.1',
  ),
))();
