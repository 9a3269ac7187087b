/**
 * The facts that decide which provisions govern a case (Supplementary Provisions).
 *
 * @module
 */
import { flag, record, typed } from './_lib/field.js';
import { dayInputSchema } from './dayInput.js';

/** The dated facts the Supplementary Provisions key on, all optional: a provision whose key is absent is reported as undetermined, never guessed. Dates or instants with offset. */
export interface ProvisionFacts {
  /** When the Prior Application was made (Supp.2022.1, Supp.2022.2). */
  readonly priorApplicationDate?: string | undefined;
  /** Whether its operations are on the List of Target Operations (Supp.2022.2). */
  readonly onListOfTargetOperations?: boolean | undefined;
  /** When the registration or renewal application was made (Supp.2023-07-03.1: 10.3, 10.4, 10.6–10.11, 11.4, 18.2(3)). */
  readonly applicationDate?: string | undefined;
  /** When OSO requested information under 10.2 (in force from 2023-10-02). */
  readonly requestDate?: string | undefined;
  /** When the assessment started (Supp.2023-09-22.1: 12.3). */
  readonly assessmentStartDate?: string | undefined;
  /** When the incident was recognized (Supp.2023-11-10.1: 13.1–13.7, 18.2(6)). */
  readonly incidentRecognizedAt?: string | undefined;
}

/**
 * The schema of {@link ProvisionFacts}.
 *
 * @example
 * ```ts
 * ProvisionFactsSchema.parse({ applicationDate: '2023-10-02' }).applicationDate; //=> '2023-10-02'
 * ```
 * @see Supplementary Provisions
 */
export const ProvisionFactsSchema = /* @__PURE__ */ (() => typed<ProvisionFacts>()(
  record('the facts of the case', {
    priorApplicationDate: dayInputSchema({ what: 'the date of the Prior Application', clause: 'Supp.2022.2' }).optional(),
    onListOfTargetOperations: flag({ what: 'whether the operations are on the List of Target Operations', clause: 'Supp.2022.2' }).optional(),
    applicationDate: dayInputSchema({ what: 'the date of the application', clause: 'Supp.2023-07-03.1' }).optional(),
    requestDate: dayInputSchema({ what: 'the date of the request for information', clause: '10.2' }).optional(),
    assessmentStartDate: dayInputSchema({ what: 'the start date of the assessment', clause: 'Supp.2023-09-22.1' }).optional(),
    incidentRecognizedAt: dayInputSchema({ what: 'the time the incident was recognized', clause: 'Supp.2023-11-10.1' }).optional(),
  }),
))();
