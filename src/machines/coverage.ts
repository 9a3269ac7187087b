/**
 * Which clauses of the catalogue the machines implement.
 *
 * @module
 */
import { inOutline, isDefinition, outlineIds } from '../rules/catalogue/_lib/outline.js';
import { OPEN_ENDED_ACTS } from '../rules/periods/index.js';
import { EVENT_DEFINITIONS } from './events/catalogue.js';
import type { NodeMeta, TransitionMeta } from './_lib/meta.js';
import { stateNodesOf, transitionsOf } from './_lib/walk.js';
import { PROCESSES } from './processes.js';

/** One clause and where the machines cite it. */
export interface ClauseUse {
  /** The catalogue id. */
  readonly id: string;
  /** Where it is cited: `state procedure.review.reported`, `transition …`, `guard …`, `obligation …`, `event …`. */
  readonly where: readonly string[];
}

/** The answer of {@link machineClauseCoverage}. */
export interface ClauseCoverage {
  /** The clauses the machines cite, in catalogue order, with where. */
  readonly implemented: readonly ClauseUse[];
  /** Catalogue entries no machine, guard, obligation or event cites. */
  readonly notImplemented: readonly string[];
  /** Ids cited that are not in the catalogue (should be empty). */
  readonly unknown: readonly ClauseUse[];
  /** Each act the rules require without a fixed period ({@link OPEN_ENDED_ACTS}), with the states whose obligations owe it. */
  readonly openEndedActs: readonly OpenEndedActUse[];
}

/** Where the machines owe an act the rules require without a fixed period. */
export interface OpenEndedActUse {
  /** The clause. */
  readonly clause: string;
  /** The act. */
  readonly act: string;
  /** Its time limit as the rules word it. */
  readonly due: string;
  /** The states (ids) whose obligations owe it: by its clause, or naming it in their time limit. */
  readonly owedIn: readonly string[];
}

/**
 * The clause coverage of the machines: every clause id in the `meta` of their states and
 * transitions, in their guards and obligations, and in the event catalogue, checked against the
 * clause catalogue.
 *
 * @returns `{ implemented, notImplemented, unknown }`
 * @example
 * ```ts
 * const c = machineClauseCoverage();
 * c.unknown.length; //=> 0
 * c.implemented.some((u) => u.id === '10.9'); //=> true
 * ```
 */
export function machineClauseCoverage(): ClauseCoverage {
  const uses = new Map<string, string[]>();
  const cite = (ids: readonly string[], where: string): void => {
    for (const id of ids) {
      const list = uses.get(id) ?? [];
      if (!list.includes(where)) list.push(where);
      uses.set(id, list);
    }
  };
  for (const spec of PROCESSES) {
    for (const node of stateNodesOf(spec.machine)) {
      const meta = node.meta as NodeMeta;
      cite(meta.clauses, `state ${node.id}`);
      for (const o of meta.obligations ?? []) cite([o.clause, ...(o.period === undefined ? [] : [o.period])], `obligation ${node.id}`);
    }
    for (const { node, event, transition } of transitionsOf(spec.machine)) cite((transition.meta as TransitionMeta).clauses, `transition ${node.id} --${event}--> (${(transition.meta as TransitionMeta).label})`);
    for (const [name, guard] of Object.entries(spec.guards)) cite(guard.clauses, `guard ${spec.name} ${name}`);
  }
  for (const d of EVENT_DEFINITIONS) cite(d.info.clauses, `event ${d.type}`);
  const implemented: ClauseUse[] = [];
  const unknown: ClauseUse[] = [];
  for (const [id, where] of uses) (inOutline(id) ? implemented : unknown).push({ id, where });
  const order = new Map(outlineIds().map((id, i) => [id, i]));
  implemented.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  const notImplemented = outlineIds().filter((id) => !uses.has(id) && !isDefinition(id));
  const obligations = PROCESSES.flatMap((spec) => stateNodesOf(spec.machine).flatMap((node) => ((node.meta as NodeMeta).obligations ?? []).map((o) => ({ state: node.id, o }))));
  const openEndedActs = OPEN_ENDED_ACTS.map((a) => ({
    clause: a.clause,
    act: a.act,
    due: a.due,
    owedIn: [...new Set(obligations.filter(({ o }) => o.clause === a.clause || (o.due ?? '').includes(`(${a.clause})`)).map(({ state }) => state))],
  }));
  return { implemented, notImplemented, unknown, openEndedActs };
}
