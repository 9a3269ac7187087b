/**
 * Which provisions govern a case, and why (Supplementary Provisions).
 *
 * @module
 */
import { toJapanDate, type IsoDate } from '../../calendar/index.js';
import { ProvisionFactsSchema, parseOrThrow, type ProvisionFacts } from '../schemas/index.js';
import { PROVISION_RULES, type ProvisionKey, type ProvisionRule, type SupplementarySource } from './data.js';

/** A provision the facts decide. */
export interface ProvisionDecision {
  /** The provision, e.g. `'10.6'`, `'Supp.2022.2'`, `'rules'`. */
  readonly provision: string;
  /** Whether it governs the case. */
  readonly applies: boolean;
  /** Why, with the dates compared. */
  readonly because: string;
  /** The Supplementary Provisions that decide it. */
  readonly source: SupplementarySource;
  /** Their catalogue id, e.g. `'Supp.2023-07-03.1'`. */
  readonly sourceClause: string;
  /** The fact used. */
  readonly keyedOn: ProvisionKey;
  /** That fact's day in Japan. */
  readonly keyDate: IsoDate;
}

/** A provision the facts do not decide, and what is missing. */
export interface UndeterminedProvision {
  /** The provision. */
  readonly provision: string;
  /** The fact it needs. */
  readonly keyedOn: ProvisionKey;
  /** What is missing. */
  readonly because: string;
}

/** The answer of {@link provisionsInForce}. */
export interface ProvisionsInForce {
  /** The provisions the facts decide, in the order of {@link PROVISION_RULES}. */
  readonly decisions: readonly ProvisionDecision[];
  /** The provisions whose key is missing: never guessed. */
  readonly undetermined: readonly UndeterminedProvision[];
}

const LABEL: Record<ProvisionKey, string> = {
  priorApplicationDate: 'The Prior Application',
  applicationDate: 'The application',
  requestDate: 'The request for information',
  assessmentStartDate: 'The assessment',
  incidentRecognizedAt: 'The incident',
};
const VERB: Record<ProvisionKey, string> = {
  priorApplicationDate: 'was made on',
  applicationDate: 'was made on',
  requestDate: 'was made on',
  assessmentStartDate: 'started on',
  incidentRecognizedAt: 'was recognized on',
};

const inferred = (rule: ProvisionRule): string =>
  `No request date is given, but any request under 10.2 follows the application, so it too is made on or after ${rule.from}.`;

function decide(rule: ProvisionRule, key: ProvisionKey, day: IsoDate, onList: boolean | undefined): ProvisionDecision | UndeterminedProvision {
  const base = { provision: rule.provision, source: rule.source, sourceClause: rule.sourceClause, keyedOn: key, keyDate: day };
  const said = `${LABEL[key]} ${VERB[key]} ${day} (in Japan)`;
  const no = (why: string): ProvisionDecision => ({ ...base, applies: false, because: `${said}, ${why}: ${rule.otherwise} (${rule.source}).` });
  if (day < rule.from) return no(`before ${rule.from}`);
  if (rule.until !== undefined && day > rule.until) return no(`after ${rule.until}`);
  if (rule.offListOnly) {
    if (onList === undefined) {
      return { provision: rule.provision, keyedOn: key, because: `${said}, within ${rule.from} … ${rule.until ?? ''}, but whether the operations are on the List of Target Operations is not given.` };
    }
    if (onList) return no('but its operations are on the List of Target Operations');
  }
  const name = rule.provision === 'rules' ? 'the rules' : rule.provision;
  const window = `on or after ${rule.from}${rule.until === undefined ? '' : ` and on or before ${rule.until}`}`;
  return { ...base, applies: true, because: `${said}, ${window}: ${name} applies; it covers ${rule.appliesTo} (${rule.source}).` };
}

/**
 * Which provisions govern a case, each with the reason, the Supplementary Provisions behind it and
 * the fact it was keyed on. Dates and instants are read as days in Japan (an incident recognized at
 * 2024-01-03T15:00Z is 2024-01-04 in Japan, I6). A provision whose fact is missing is listed under
 * `undetermined`, never guessed. `rules` is keyed on the earliest date given. 10.2 is keyed on the
 * request date; without one, an application made on or after 2023-10-02 decides it (any request
 * comes after the application).
 *
 * @param facts - see `ProvisionFactsSchema`; every field optional
 * @returns `{ decisions, undetermined }`
 * @throws `ValidationError` when a fact is malformed
 * @example
 * ```ts
 * provisionsInForce({ incidentRecognizedAt: '2024-01-03T15:00Z' }).decisions.find((d) => d.provision === '13.2')?.applies; //=> true
 * provisionsInForce({ applicationDate: '2023-10-01' }).decisions.find((d) => d.provision === '10.6')?.applies; //=> false
 * ```
 * @see Supplementary Provisions; interpretation I6
 */
export function provisionsInForce(facts: ProvisionFacts): ProvisionsInForce {
  const f = parseOrThrow(ProvisionFactsSchema, facts, 'the facts of the case');
  const day = (key: ProvisionKey): IsoDate | undefined => {
    const value = f[key];
    return value === undefined ? undefined : toJapanDate(value).date;
  };
  const keys = (Object.keys(LABEL) as ProvisionKey[]).flatMap((k) => {
    const d = day(k);
    return d === undefined ? [] : [{ key: k, day: d }];
  });
  const earliest = keys.reduce<{ key: ProvisionKey; day: IsoDate } | undefined>((a, b) => (a === undefined || b.day < a.day ? b : a), undefined);
  const decisions: ProvisionDecision[] = [];
  const undetermined: UndeterminedProvision[] = [];
  for (const rule of PROVISION_RULES) {
    let key = rule.keyedOn;
    let d = day(key);
    if (rule.provision === 'rules' && earliest !== undefined) ({ key, day: d } = earliest);
    if (rule.provision === '10.2' && d === undefined && (day('applicationDate') ?? '') >= rule.from) {
      key = 'applicationDate';
      d = day(key);
    }
    if (d === undefined) {
      undetermined.push({ provision: rule.provision, keyedOn: key, because: `No ${key} is given.` });
      continue;
    }
    const decision = decide(rule, key, d, f.onListOfTargetOperations);
    if (!('applies' in decision)) undetermined.push(decision);
    else if (key !== rule.keyedOn && rule.provision === '10.2') decisions.push({ ...decision, because: `${decision.because} ${inferred(rule)}` });
    else decisions.push(decision);
  }
  return { decisions, undetermined };
}
