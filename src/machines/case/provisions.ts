/**
 * The provisions of the Supplementary Provisions an entry relied on, from `provisionsInForce`
 * of `src/rules` keyed on the case's dates.
 *
 * @internal
 * @module
 */
import { PROVISION_RULES, provisionsInForce, type ProvisionsInForce } from '../../rules/provisions/index.js';
import type { ProvisionFacts } from '../../rules/schemas/index.js';
import type { IncidentContext } from '../incident/context.js';
import type { ProcedureContext } from '../procedure/context.js';
import type { ProvisionNote } from './types.js';
import type { CaseState, ProcessRef } from './state.js';

const cache = new Map<string, ProvisionsInForce>();

/**
 * `provisionsInForce`, remembered by its facts (at most 512 sets of facts).
 *
 * @internal
 */
export function provisionsFor(facts: ProvisionFacts): ProvisionsInForce {
  const key = JSON.stringify(facts);
  let found = cache.get(key);
  if (found === undefined) {
    if (cache.size >= 512) cache.clear();
    found = provisionsInForce(facts);
    cache.set(key, found);
  }
  return found;
}

/**
 * The dated facts of a case the provisions are keyed on, for an event routed to `ref`.
 *
 * @internal
 */
export function provisionFactsOf(state: CaseState, ref: ProcessRef | null, requestAt?: string): ProvisionFacts {
  const p = state.machines.procedure.context as ProcedureContext;
  const incident = ref?.process === 'incident' && ref.key !== null ? (state.keyed.incident[ref.key]?.context as IncidentContext | undefined) : undefined;
  return {
    ...(p.priorApplication === null ? {} : { priorApplicationDate: p.priorApplication.submittedAt, onListOfTargetOperations: p.priorApplication.onListOfTargetOperations }),
    ...(p.application === null ? {} : { applicationDate: p.application.appliedAt }),
    ...(requestAt === undefined ? {} : { requestDate: requestAt }),
    ...(p.assessmentStartedOn === null ? {} : { assessmentStartDate: p.assessmentStartedOn }),
    ...(incident?.recognizedAt == null ? {} : { incidentRecognizedAt: incident.recognizedAt }),
  };
}

const cites = (clauses: ReadonlySet<string>, provision: string): boolean => {
  for (const c of clauses) if (c === provision || c.startsWith(`${provision}(`)) return true;
  return false;
};

let limited: ReadonlySet<string> | undefined;

/**
 * Do `clauses` cite a provision whose application the Supplementary Provisions limit?
 *
 * @internal
 */
export function citesLimitedProvision(clauses: ReadonlySet<string>): boolean {
  limited ??= new Set(PROVISION_RULES.map((r) => r.provision));
  for (const c of clauses) {
    const paren = c.indexOf('(');
    if (limited.has(c) || (paren > 0 && limited.has(c.slice(0, paren)))) return true;
  }
  return false;
}

/**
 * The decisions of `provisionsInForce` about the provisions among `clauses`.
 *
 * @internal
 */
export function provisionNotes(facts: ProvisionFacts, clauses: ReadonlySet<string>): ProvisionNote[] {
  const out: ProvisionNote[] = [];
  for (const d of provisionsFor(facts).decisions) {
    if (cites(clauses, d.provision)) out.push({ provision: d.provision, applies: d.applies, because: d.because });
  }
  return out;
}
