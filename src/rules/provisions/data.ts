/**
 * The Supplementary Provisions as data: which provision governs which cases, keyed on which
 * date (the Supplementary Provisions).
 *
 * @module
 */
import type { IsoDate } from '../../calendar/index.js';

/** The fact a provision's application is keyed on. */
export type ProvisionKey = 'priorApplicationDate' | 'applicationDate' | 'requestDate' | 'assessmentStartDate' | 'incidentRecognizedAt';

/** The set of Supplementary Provisions a rule comes from, by enactment date. */
export type SupplementarySource = 'Supp. (2022-11-01)' | 'Supp. (2023-07-03)' | 'Supp. (2023-09-22)' | 'Supp. (2023-11-10)';

/** When one provision applies. */
export interface ProvisionRule {
  /** The provision: a clause id (`'10.6'`, `'18.2(3)'`), a catalogue id (`'Supp.2022.2'`) or `'rules'` (the whole rules). */
  readonly provision: string;
  /** The set of Supplementary Provisions that says when it applies. */
  readonly source: SupplementarySource;
  /** The catalogue id of that item, e.g. `'Supp.2023-07-03.1'`. */
  readonly sourceClause: string;
  /** The fact it is keyed on; `rules` uses the earliest date given. */
  readonly keyedOn: ProvisionKey;
  /** The first day (in Japan) of the key it governs. */
  readonly from: IsoDate;
  /** The last day of the key it governs, if limited. */
  readonly until?: IsoDate;
  /** Only for operations not on the List of Target Operations (Supp.2022.2). */
  readonly offListOnly?: true;
  /** What it applies to, in words. */
  readonly appliesTo: string;
  /** What governs instead when it does not apply. */
  readonly otherwise: string;
}

/*
 * The dates of the Supplementary Provisions, each written once: everything else (the
 * predicates, the periods' `appliesFrom`, `deadline()`'s refusals, the texts below) reads them
 * from PROVISION_RULES.
 */
/** Enactment (Supp. 2022-11-01): the rules govern procedures from this day. */
const ENACTED: IsoDate = '2022-11-01';
/** The last day of "within one year from the enactment" (Supp.2022.2), the enactment day counting as the first. */
const FIRST_YEAR_LAST_DAY: IsoDate = '2023-10-31';
/** The revision of 2023-07-03 governs applications (and 10.2 requests) made from this day. */
const REVISED_2023_07_FROM: IsoDate = '2023-10-02';
/** The revision of 2023-09-22 (12.3) governs assessments starting from this day. */
const REVISED_2023_09_FROM: IsoDate = '2023-10-01';
/** The revision of 2023-11-10 governs incidents recognized from this day (in Japan, I6). */
const REVISED_2023_11_FROM: IsoDate = '2024-01-04';

const REVISED_2023_07 = ['10.3', '10.4', '10.6', '10.7', '10.8', '10.9', '10.10', '10.11', '11.4', '18.2(3)'] as const;
const REVISED_2023_11 = ['13.1', '13.2', '13.3', '13.4', '13.5', '13.6', '13.7', '18.2(6)'] as const;

/**
 * Every provision whose application the Supplementary Provisions limit, in clause order of the
 * table of the Supplementary Provisions. 10.2 comes into force on 2023-10-02 but, unlike the others of the
 * 2023-07-03 set, is not limited to applications made from then on: it is keyed on the date of
 * OSO's request.
 *
 * @example
 * ```ts
 * PROVISION_RULES.find((r) => r.provision === '13.2')?.from; //=> '2024-01-04'
 * ```
 * @see Supplementary Provisions (2022-11-01, 2023-07-03, 2023-09-22, 2023-11-10)
 */
export const PROVISION_RULES: readonly ProvisionRule[] = /* @__PURE__ */ Object.freeze(([
  {
    provision: 'rules', source: 'Supp. (2022-11-01)', sourceClause: 'Supp.2022', keyedOn: 'priorApplicationDate', from: ENACTED,
    appliesTo: `every procedure from their enactment on ${ENACTED}`,
    otherwise: 'ISMAP-LIU did not exist yet',
  },
  {
    provision: 'Supp.2022.1', source: 'Supp. (2022-11-01)', sourceClause: 'Supp.2022.1', keyedOn: 'priorApplicationDate', from: ENACTED,
    appliesTo: 'Prior Applications: for the time being (no end date is set) only national administrative agencies give Impact Evaluation Results',
    otherwise: 'the rules were not yet in force',
  },
  {
    provision: 'Supp.2022.2', source: 'Supp. (2022-11-01)', sourceClause: 'Supp.2022.2', keyedOn: 'priorApplicationDate', from: ENACTED,
    until: FIRST_YEAR_LAST_DAY, offListOnly: true,
    appliesTo: `Prior Applications made within one year of enactment (${ENACTED} … ${FIRST_YEAR_LAST_DAY}) whose operations are not on the List of Target Operations: Impact Evaluation Results from two or more agencies`,
    otherwise: 'one or more agencies suffice (3.3)',
  },
  {
    provision: '10.2', source: 'Supp. (2023-07-03)', sourceClause: 'Supp.2023-07-03.1', keyedOn: 'requestDate', from: REVISED_2023_07_FROM,
    appliesTo: `requests for additional information (and for the assessor to explain) made on or after ${REVISED_2023_07_FROM}, whatever the application date`,
    otherwise: '10.2 as it stood before the revision of 2023-07-03 (not in this library)',
  },
  ...REVISED_2023_07.map((provision) => ({
    provision, source: 'Supp. (2023-07-03)' as const, sourceClause: 'Supp.2023-07-03.1', keyedOn: 'applicationDate' as const, from: REVISED_2023_07_FROM,
    appliesTo: `registration and renewal applications made on or after ${REVISED_2023_07_FROM}`,
    otherwise: `${provision} as it stood before the revision of 2023-07-03 (not in this library); Suspended Registration (10.6–10.11) is not available`,
  })),
  {
    provision: '12.3', source: 'Supp. (2023-09-22)', sourceClause: 'Supp.2023-09-22.1', keyedOn: 'assessmentStartDate', from: REVISED_2023_09_FROM,
    appliesTo: `procedures whose assessment starts on or after ${REVISED_2023_09_FROM}`,
    otherwise: '12.3 does not apply: no duty to tell the assessor of changes since the previous assessment period',
  },
  ...REVISED_2023_11.map((provision) => ({
    provision, source: 'Supp. (2023-11-10)' as const, sourceClause: 'Supp.2023-11-10.1', keyedOn: 'incidentRecognizedAt' as const, from: REVISED_2023_11_FROM,
    appliesTo: `information security incidents recognized on or after ${REVISED_2023_11_FROM} (the day in Japan, interpretation I6)`,
    otherwise: `${provision} as it stood before the revision of 2023-11-10 (not in this library)`,
  })),
] satisfies ProvisionRule[]).map((rule) => Object.freeze(rule)));

/**
 * The rule for a provision, or `undefined`.
 *
 * @param provision - e.g. `'10.6'`, `'Supp.2022.2'`, `'rules'`
 * @returns the {@link ProvisionRule}, or `undefined` for a provision the Supplementary Provisions do not limit
 * @example
 * ```ts
 * getProvisionRule('12.3')?.keyedOn; //=> 'assessmentStartDate'
 * getProvisionRule('9.1'); //=> undefined
 * ```
 * @see {@link PROVISION_RULES}
 */
export function getProvisionRule(provision: string): ProvisionRule | undefined {
  return PROVISION_RULES.find((rule) => rule.provision === provision);
}

/**
 * The rule of a provision the library knows to be limited by the Supplementary Provisions.
 *
 * @param provision - a provision of {@link PROVISION_RULES}
 * @returns its rule
 * @throws RangeError for any other provision: a programming error of the library, never the caller's
 * @internal
 */
export function provisionRule(provision: string): ProvisionRule {
  const rule = getProvisionRule(provision);
  if (rule === undefined) throw new RangeError(`No provision rule for ${provision}`);
  return rule;
}

/**
 * Does `rule` govern a case whose key date (a day in Japan) is `day`? (`from` … `until`; the List
 * of Target Operations of Supp.2022.2 is the caller's to check.)
 *
 * @param rule - a rule of {@link PROVISION_RULES}
 * @param day - the key date, `YYYY-MM-DD` in Japan
 * @returns `true` within the rule's days
 * @internal
 */
export function governsDay(rule: ProvisionRule, day: IsoDate): boolean {
  return day >= rule.from && (rule.until === undefined || day <= rule.until);
}

/**
 * The Supplementary Provisions of `rule` as a refusal names them: `'Supplementary Provisions (2023-11-10)'`.
 *
 * @param rule - a rule of {@link PROVISION_RULES}
 * @returns the name
 * @internal
 */
export function sourceTitle(rule: ProvisionRule): string {
  return rule.source.replace('Supp.', 'Supplementary Provisions');
}
