/**
 * The Application Documents submitted with Form 2-4 (8.1(1)–(9)).
 *
 * @module
 */
import { choice, flag, list, record, typed } from './_lib/field.js';
import { CorporateNumberSchema } from './corporateNumber.js';

/** The ids of the documents of 8.1, in clause order (8.1(1) … 8.1(9)). */
export const APPLICATION_DOCUMENT_IDS = /* @__PURE__ */ Object.freeze([
  'certificate-of-registered-matters',
  'statement',
  'written-representation',
  'assessment-report',
  'improvement-plan',
  'information-7.5',
  'written-oath-7.6',
  'internal-auditing-report',
  'prior-application-result-notice',
] as const);

/** The id of a document of 8.1, e.g. `'assessment-report'`. */
export type ApplicationDocumentId = (typeof APPLICATION_DOCUMENT_IDS)[number];

/** A document of 8.1: its id, clause and title. */
export interface ApplicationDocumentInfo {
  /** The id used in {@link ApplicationDocuments.submitted}. */
  readonly id: ApplicationDocumentId;
  /** The clause that lists it, `8.1(1)` … `8.1(9)`. */
  readonly clause: string;
  /** Its title in the rules. */
  readonly title: string;
}

/**
 * The documents of 8.1, in order. `improvement-plan` (8.1(5)) is only due when the Assessment
 * Report has findings (7.4); `certificate-of-registered-matters` (8.1(1)) may be omitted when the
 * corporate number is on Form 2-4.
 *
 * @see 8.1(1)–(9)
 */
export const APPLICATION_DOCUMENTS: readonly ApplicationDocumentInfo[] = /* @__PURE__ */ (() => Object.freeze(
  [
    { id: 'certificate-of-registered-matters', clause: '8.1(1)', title: 'Certificate of Registered Matters (all registered matters)' },
    { id: 'statement', clause: '8.1(2)', title: 'Statement (including attachment)' },
    { id: 'written-representation', clause: '8.1(3)', title: 'Written Representation' },
    { id: 'assessment-report', clause: '8.1(4)', title: 'Assessment Report (including attachment)' },
    { id: 'improvement-plan', clause: '8.1(5)', title: 'Improvement plan defined in Section 7.4' },
    { id: 'information-7.5', clause: '8.1(6)', title: 'Information defined in Section 7.5' },
    { id: 'written-oath-7.6', clause: '8.1(7)', title: 'Written oath on matters defined in Section 7.6' },
    { id: 'internal-auditing-report', clause: '8.1(8)', title: 'Internal Auditing Report' },
    { id: 'prior-application-result-notice', clause: '8.1(9)', title: 'Copy of Notice of Results for Prior Application' },
  ].map((d) => Object.freeze(d as ApplicationDocumentInfo)),
))();

/** What came with Form 2-4. */
export interface ApplicationDocuments {
  /** The documents of 8.1 attached, by id (see {@link APPLICATION_DOCUMENTS}). */
  readonly submitted: ApplicationDocumentId[];
  /** The corporate number written on Form 2-4, which allows omitting the Certificate of Registered Matters (8.1(1)). */
  readonly corporateNumber?: string | undefined;
  /** The documents are in the designated language, Japanese (9.1(1), 7.10; the Statement's attachment may be in English). */
  readonly inJapanese: boolean;
}

/**
 * The schema of {@link ApplicationDocuments}.
 *
 * @example
 * ```ts
 * ApplicationDocumentsSchema.parse({
 *   submitted: ['statement', 'written-representation'], corporateNumber: '7000012050002', inJapanese: true,
 * }).submitted.length; //=> 2
 * ```
 * @see 8.1, 9.1(1), 7.10
 */
export const ApplicationDocumentsSchema = /* @__PURE__ */ (() => typed<ApplicationDocuments>()(
  record(
    'the Application Documents',
    {
      submitted: list(choice(APPLICATION_DOCUMENT_IDS, { what: 'an Application Document', clause: '8.1' }), {
        what: 'the list of submitted Application Documents',
        clause: '8.1',
      }),
      corporateNumber: CorporateNumberSchema.optional(),
      inJapanese: flag({ what: 'whether the Application Documents are in Japanese', clause: '7.10' }),
    },
    '8.1',
  ),
))();
