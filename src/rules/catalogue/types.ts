/**
 * Public types of the clause catalogue.
 *
 * @module
 */
import type { CLAUSE_DATA } from './data/clauses.js';

/**
 * Who acts in a clause:
 * * `A`: the Applicant / Registrant, i.e. the cloud service provider (2.2, 2.3);
 * * `OSO`: the ISMAP Operations Support Organization (1.2);
 * * `SC`: the ISMAP Steering Committee;
 * * `MIN`: the ministries and agencies responsible for the System (not the procuring ministries,
 *   and not the government agencies that give Impact Evaluation Results);
 * * `assessor`: the ISMAP assessor that audits the Statement and signs the Assessment Report.
 */
export type ClauseActor = 'A' | 'OSO' | 'SC' | 'MIN' | 'assessor';

/**
 * What a catalogue entry mainly does. One kind per entry, chosen by its operative content:
 * * `general`: purpose, scope, conduct and other general rules (1.1, 3.2, 7.10);
 * * `definition`: a term defined in Chapter 2;
 * * `procedure`: an act somebody performs, usually with a form (3.1, 5.4, 13.9);
 * * `requirement`: a condition that must hold or an obligation that must be met (4.1(1), 7.6(2),
 *   10.1(2)), including review criteria and the items of the written oath;
 * * `period`: the operative content is a time limit. Every clause that sets a period of the
 *   rules is of this kind (3.3, 4.5(1), 10.8, 13.2, BR3.5 …), and so is 12.1;
 * * `ground`: a case that sets off a consequence: not accepted (4.5(2)), reporting (13.1(1)),
 *   monitoring (15.1(1)), withdrawal or deletion (18.1(1), 18.2(3));
 * * `content`: an item of a list of contents: a document to attach (8.1(2)), a field of the
 *   public list (11.5(4)), a matter disclosed (7.9(1)), a form or annex (Appendix 3);
 * * `provision`: a rule about which provisions apply, to what and from when: the Supplementary
 *   Provisions, and clauses that apply other chapters (3.4, 8.3, 10.11, 17.1).
 */
export type ClauseKind =
  | 'general'
  | 'definition'
  | 'procedure'
  | 'requirement'
  | 'period'
  | 'ground'
  | 'content'
  | 'provision';

/** A chapter of the rules, 1 to 19. */
export type ChapterNumber =
  | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10
  | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19;

/**
 * Where an entry sits: a chapter number, the Supplementary Provisions, clause 3.5 of the ISMAP
 * Basic Regulations (`BR`), Appended Table 1 or one of the Appendices. `appendix-3` (incident
 * reporting items, cited by 13.2 and 13.3) is listed at the end of the text though not in its
 * table of contents.
 */
export type ClauseChapter =
  | ChapterNumber
  | 'supplementary'
  | 'BR'
  | 'appended-table-1'
  | 'appendix-1'
  | 'appendix-2'
  | 'appendix-3';

/**
 * Where the entry's text comes from:
 * * `rules`: the text of the ISMAP-LIU Cloud Service Registration Rules (English reference
 *   translation, last revised 2023-11-10);
 * * `basic-regulations`: the ISMAP Basic Regulations, as quoted by secondary sources (only `BR3.5`);
 * * `cited-only`: named by the rules but absent from the text (`10.10`, cited by
 *   Supp.2023-07-03.1; the text jumps from 10.9 to 10.11).
 */
export type ClauseSource = 'rules' | 'basic-regulations' | 'cited-only';

/**
 * A form of the rules, `1-1` … `1-6` (Prior Application, Chapters 3–6) and `2-1` … `2-21`
 * (registration and after), as numbered in Appended Table 1.
 */
export type FormNumber = `1-${1 | 2 | 3 | 4 | 5 | 6}` | `2-${
  | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10
  | 11 | 12 | 13 | 14 | 15 | 16 | 17 | 18 | 19 | 20 | 21}`;

/**
 * The shape every catalogue entry is written in (before its id is narrowed to {@link ClauseId}).
 * Data files check their entries against it with `as const satisfies`.
 */
export interface ClauseData {
  /**
   * The id as written in the text, without the stray space of "3. 1" (`3.1`, `4.5(1)`,
   * `10.8(1)(a)`); `Supp.<set>.<item>` for the Supplementary Provisions, `AppendedTable1`,
   * `Appendix1` … `Appendix3`, `BR3.5`.
   */
  readonly id: string;
  /** The chapter (or annex) the entry belongs to. */
  readonly chapter: ClauseChapter;
  /** For an item or sub-item (`8.1(2)`, `10.8(1)(a)`, `Supp.2022.1`), the id of the entry it belongs to. */
  readonly parent?: string;
  /** The chapter title for a clause; the term for a definition; a short heading for an item. */
  readonly title: string;
  /** One or two sentences in plain words; a summary, not the text. */
  readonly summary: string;
  /**
   * The forms the entry's text (including its items) uses, submits or issues: named by number
   * ("Form 2-19") or by the document's name where it is that form ("Notice of Suspended
   * Registration", "Internal Auditing Report" in 8.1(8)).
   */
  readonly forms: readonly FormNumber[];
  /** Who acts or is addressed in the entry (including its items). */
  readonly actors: readonly ClauseActor[];
  /** What the entry mainly does. */
  readonly kind: ClauseKind;
  /**
   * Catalogue ids the entry's text cites: by number ("Section 7.4", "18.2(3)", "Appendix 2") or as
   * "the preceding clause" / "the previous item". Whole chapters ("Chapter 13") and clauses of other
   * instruments (Basic Regulations 9.5, ISMAP rules 14.2(4)) are not listed, except `BR3.5`, which
   * the catalogue holds. A mistyped citation is listed as the clause it means, with a note.
   */
  readonly refs?: readonly string[];
  /** Editorial notes: typos, inconsistencies and readings taken, instead of silent fixes. */
  readonly notes?: readonly string[];
  /** Where the text comes from, when it is not the rules text (`rules` when absent). */
  readonly source?: Exclude<ClauseSource, 'rules'>;
}

/**
 * Every id of the catalogue, as a string-literal union derived from the data: `'1.1'`,
 * `'4.5(1)'`, `'10.8(1)(a)'`, `'Supp.2022.2'`, `'AppendedTable1'`, `'Appendix2'`, `'BR3.5'`, ….
 *
 * @useDeclaredType
 */
export type ClauseId = (typeof CLAUSE_DATA)[number]['id'];

/** One entry of the clause catalogue: a clause, an item, a Supplementary Provision or an annex. */
export interface Clause extends ClauseData {
  /** The entry's id (see {@link ClauseData.id}). */
  readonly id: ClauseId;
  /** For an item, the entry it belongs to. */
  readonly parent?: ClauseId;
  /** Catalogue entries the text cites (see {@link ClauseData.refs}). */
  readonly refs?: readonly ClauseId[];
}

/** One form of the rules, with what Appended Table 1 says about it. */
export interface Form {
  /** The form number, `1-1` … `2-21`. */
  readonly number: FormNumber;
  /** The English name as the body of the rules uses it ("Letter of Intent in Regard to Suspended Registration"). */
  readonly name: string;
  /** The name as written in Appended Table 1 (differs from `name` for 1-3, 2-1, 2-5 and 2-21). */
  readonly appendedTableName: string;
  /** Other names the body of the rules uses for the same form ("Management Confirmation" for 2-2 in 10.8(2)). */
  readonly aliases: readonly string[];
  /** The catalogue entries that use, submit or issue the form, in document order. */
  readonly clauses: readonly ClauseId[];
  /** Who fills in and sends the form. */
  readonly submittedBy: ClauseActor;
  /** Whom the form is addressed to. */
  readonly addressedTo: ClauseActor;
  /** `'OSO'` when the rules route the form through the OSO (in at least one of its clauses). */
  readonly through?: 'OSO';
  /**
   * The submission method of Appended Table 1, only on the forms a clause submits "by the
   * submission method shown in Appended Table 1": Forms 1-1 and 1-2 (3.1), Form 2-4 and the
   * Forms 2-1, 2-2 and 2-3 attached to it (8.1). Absent elsewhere: the text does not say how the
   * other forms are sent.
   */
  readonly submissionMethod?: string;
  /** Editorial notes on the form's names and use. */
  readonly notes?: readonly string[];
}
