/**
 * The Prior Application and its documents (Chapters 3–4).
 *
 * @module
 */
import { choice, flag, list, record, typed } from './_lib/field.js';
import { dayInputSchema } from './dayInput.js';
import { ImpactEvaluationsSchema, type ImpactEvaluation } from './impactEvaluation.js';

/** The ids of the Prior Application Documents of 3.1: Form 1-1 and Form 1-2. */
export const PRIOR_APPLICATION_DOCUMENT_IDS = /* @__PURE__ */ Object.freeze(['form-1-1', 'form-1-2'] as const);

/** The id of a Prior Application Document: `'form-1-1' | 'form-1-2'`. */
export type PriorApplicationDocumentId = (typeof PRIOR_APPLICATION_DOCUMENT_IDS)[number];

/** A Prior Application Document: its id, clause and title. */
export interface PriorApplicationDocumentInfo {
  /** The id used in {@link PriorApplication.submitted}. */
  readonly id: PriorApplicationDocumentId;
  /** The clause that asks for it. */
  readonly clause: string;
  /** Its title in the rules. */
  readonly title: string;
}

/** The Prior Application Documents of 3.1. @see 3.1 */
export const PRIOR_APPLICATION_DOCUMENTS: readonly PriorApplicationDocumentInfo[] = /* @__PURE__ */ (() => Object.freeze([
  Object.freeze({ id: 'form-1-1', clause: '3.1', title: 'Form 1-1 Prior Application Form' } as const),
  Object.freeze({
    id: 'form-1-2',
    clause: '3.1(1)',
    title: 'Form 1-2 Sheet for Evaluating the Impact of Operations and Information Related to the Use of SaaS',
  } as const),
]))();

/** The facts of a Prior Application. */
export interface PriorApplication {
  /** When it was submitted: a date, or an instant read in Asia/Tokyo. */
  readonly submittedAt: string;
  /** The Prior Application Documents attached (3.1). */
  readonly submitted: PriorApplicationDocumentId[];
  /** Prepared in the designated language, Japanese (4.1(1), 7.10). */
  readonly inJapanese: boolean;
  /** The contents needed for a smooth review are complete (4.1(2)). */
  readonly contentsComplete: boolean;
  /** The operations are on the List of Target Operations (2.8, 5.1(1); decides Supp.2022.2). */
  readonly onListOfTargetOperations: boolean;
  /** The Impact Evaluation Results on Form 1-2 (3.3). */
  readonly evaluations: ImpactEvaluation[];
  /** OSO finds it clearly difficult to finish the review in the period of Chapter 5 (4.5(2)); absent means no. */
  readonly reviewClearlyImpossibleInTime?: boolean | undefined;
}

/**
 * The schema of {@link PriorApplication}.
 *
 * @example
 * ```ts
 * PriorApplicationSchema.parse({
 *   submittedAt: '2024-04-10', submitted: ['form-1-1', 'form-1-2'], inJapanese: true, contentsComplete: true,
 *   onListOfTargetOperations: true,
 *   evaluations: [{ agency: 'Digital Agency', nationalAdministrativeAgency: true, date: '2024-03-01', result: 'low' }],
 * }).evaluations.length; //=> 1
 * ```
 * @see 3.1, 3.3, 4.1, 4.5(2), 5.1(1), Supp.2022.1, Supp.2022.2
 */
export const PriorApplicationSchema = /* @__PURE__ */ (() => typed<PriorApplication>()(
  record(
    'the Prior Application',
    {
      submittedAt: dayInputSchema({ what: 'the date the Prior Application was submitted', clause: '3.1' }),
      submitted: list(choice(PRIOR_APPLICATION_DOCUMENT_IDS, { what: 'a Prior Application Document', clause: '3.1' }), {
        what: 'the list of submitted Prior Application Documents',
        clause: '3.1',
      }),
      inJapanese: flag({ what: 'whether the Prior Application Documents are in Japanese', clause: '4.1(1)' }),
      contentsComplete: flag({ what: 'whether the contents of the Prior Application Documents are complete', clause: '4.1(2)' }),
      onListOfTargetOperations: flag({ what: 'whether the operations are on the List of Target Operations', clause: '5.1(1)' }),
      evaluations: ImpactEvaluationsSchema,
      reviewClearlyImpossibleInTime: flag({ what: 'whether the review clearly cannot be completed in time', clause: '4.5(2)' }).optional(),
    },
    '3.1',
  ),
))();
