/**
 * The failures listed in issue 11, one case each: every one must end as an answer or a typed
 * error (and, where the issue says so, a bounded answer or a refusal). Heavy cases run in the
 * child process of `heavy.ts`; the rest in `regressions.test.ts`.
 */
import { isIsmapLiuError } from '../../../src/errors.js';
import { canonicalJson, fnv1a64 } from '../../../src/machines/case/persist.js';
import * as machines from '../../../src/machines/index.js';
import * as rules from '../../../src/rules/index.js';
import { deepArray, deepObject, hugeString, revokedProxy, sparseArray } from '../../arbitraries/hostile.js';
import { attempt, MAX_TEXT, type Outcome } from './invariants.js';
import { probe, type Failure } from './probe.js';
import { validCaseFile, validEvaluation, validState } from './validArgs.js';

/** One listed failure. */
export interface RegressionCase {
  readonly name: string;
  /** Runs in the child process (memory limit, timeout). */
  readonly heavy?: boolean;
  readonly check: () => Failure[];
}

/** A case that calls `run` on `inputs` with the standard checks plus `extra`. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each case types its own arguments
function call(name: string, run: (...args: any[]) => unknown, inputs: () => unknown[], extra?: (o: Outcome) => string[], heavy = false): RegressionCase {
  return {
    name,
    heavy,
    check: () => {
      const args = inputs();
      const { problems } = probe('regressions', () => run(...args), args, MAX_TEXT * 4, extra);
      return problems.map((problem) => ({ door: 'regressions', name, position: '-', value: '-', problem }));
    },
  };
}

/** The answer, if any, serializes to at most 64 kB. */
const boundedAnswer = (o: Outcome): string[] => {
  if (o.kind !== 'returned') return [];
  let json: string | undefined;
  try {
    json = JSON.stringify(o.value);
  } catch (error) {
    return [`the answer cannot be serialized: ${String(error)}`];
  }
  return json !== undefined && json.length > MAX_TEXT ? [`the answer serializes to ${json.length} characters (more than 64 kB)`] : [];
};

/** Only a typed refusal will do. */
const refused = (o: Outcome): string[] => (o.kind === 'threw' && isIsmapLiuError(o.error) ? [] : ['was accepted: it must be refused with a typed error']);

/** The call finished within `ms` milliseconds. */
function quick<T extends unknown[]>(ms: number, run: (...args: T) => unknown): (...args: T) => unknown {
  return (...args: T) => {
    const started = performance.now();
    const outcome = attempt(() => run(...args));
    const took = performance.now() - started;
    if (took > ms) throw new Error(`took ${Math.round(took)} ms (more than ${ms})`);
    if (outcome.kind === 'threw') throw outcome.error;
    return outcome.value;
  };
}

const persisted = (log = true) => JSON.parse(JSON.stringify(machines.persistCase(validState(), { log }))) as Record<string, unknown>;

/**
 * A persisted case edited by `edit`, with its digest recomputed so that only the edit is judged
 * (for an edit too deep for the library's own `canonicalJson`, the old digest stays: the call
 * must still end in an answer or a typed error).
 */
export function tampered(edit: (p: Record<string, unknown>) => void, log = false): Record<string, unknown> {
  const p = persisted(log);
  edit(p);
  const { digest, ...rest } = p;
  try {
    return { ...rest, digest: `fnv1a64:${fnv1a64(canonicalJson(rest) ?? '')}` };
  } catch {
    return { ...rest, digest };
  }
}

const clock = (p: Record<string, unknown>) => p['clock'] as Record<string, unknown>;
const firstProcess = (p: Record<string, unknown>) => (p['processes'] as Record<string, unknown>[])[0] as Record<string, unknown>;
const caseWith = (events: unknown[]) => ({ service: { name: 'Kintai Cloud' }, events });
const asOf = { asOf: '2025-03-01' };

const FIRST_ARGUMENT: readonly [string, (first: unknown) => unknown][] = [
  ['applyEvent', (first) => machines.applyEvent(first as never, { type: 'oso.acceptedPriorApplication', at: '2024-04-15' })],
  ['describeCase', (first) => machines.describeCase(first as never, { asOf: '2024-06-01' })],
  ['persistCase', (first) => machines.persistCase(first as never)],
  ['formatEvaluation', (first) => machines.formatEvaluation(first as never)],
  ['toICalendar', (first) => machines.toICalendar(first as never)],
  ['toMermaid', (first) => machines.toMermaid(first as never)],
  ['deadlineTimeline', (first) => machines.deadlineTimeline(first as never)],
  ['deadlineTimelineSvg', (first) => machines.deadlineTimelineSvg(first as never)],
];

const NOT_SCHEMAS: readonly [string, () => unknown][] = [
  ['null', () => null],
  ['undefined', () => undefined],
  ['{}', () => ({})],
  ['{ safeParse: 1 }', () => ({ safeParse: 1 })],
  ['{ safeParse() { return null } }', () => ({ safeParse: () => null })],
  ['the string "IsoDateSchema"', () => 'IsoDateSchema'],
  ['a function', () => () => ({ success: true, data: 1 })],
];

const ERROR_CLASSES: readonly [string, new (...args: never[]) => unknown, number][] = [
  ['IsmapLiuError', rules.IsmapLiuError, 3],
  ['InvalidDateError', rules.InvalidDateError, 3],
  ['DateOutOfRangeError', rules.DateOutOfRangeError, 2],
  ['InvalidArgumentError', rules.InvalidArgumentError, 4],
  ['ProvisionNotInForceError', rules.ProvisionNotInForceError, 4],
  ['UnknownClauseError', rules.UnknownClauseError, 1],
  ['UnknownFormError', rules.UnknownFormError, 1],
  ['ValidationError', rules.ValidationError, 3],
  ['InvalidSnapshotError', machines.InvalidSnapshotError, 3],
];

const ODD: readonly [string, () => unknown][] = [
  ['a Symbol', () => Symbol('odd')],
  ['a null-prototype object', () => Object.create(null) as object],
];

/** Every listed failure. */
export const REGRESSIONS: readonly RegressionCase[] = [
  ...FIRST_ARGUMENT.flatMap(([name, run]) =>
    [['null', null], ['undefined', undefined], ['the number 42', 42]].map(([label, value]) => call(`${name}(${String(label)}, …)`, (first) => run(first), () => [value])),
  ),
  call('evaluateCase(file, undefined)', (file, options) => machines.evaluateCase(file, options as never), () => [validCaseFile(), undefined]),
  ...NOT_SCHEMAS.flatMap(([label, make]) => [
    call(`safeParseInput(${label}, '2024-02-29')`, (schema) => rules.safeParseInput(schema as never, '2024-02-29'), () => [make()]),
    call(`parseOrThrow(${label}, '2024-02-29')`, (schema) => rules.parseOrThrow(schema as never, '2024-02-29'), () => [make()]),
  ]),
  // A revoked Proxy: the doors that parse refuse it with a typed error (a schema's own
  // safeParse is zod's, which lets the engine's TypeError through; see suite.ts).
  ...(['CaseFileSchema', 'ServiceSchema', 'AuditPeriodSchema', 'PriorApplicationSchema'] as const).flatMap((name) => [
    call(`safeParseInput(${name}, a revoked Proxy)`, (v) => rules.safeParseInput((name in rules ? rules[name as keyof typeof rules] : machines[name as keyof typeof machines]) as never, v), () => [revokedProxy()]),
  ]),
  call('evaluateCase(a revoked Proxy, …)', (v) => machines.evaluateCase(v, { asOf: '2025-03-01' }), () => [revokedProxy()]),
  call('restoreCase(a revoked Proxy)', (v) => machines.restoreCase(v), () => [revokedProxy()]),
  call('deletionBarsEligibility(a revoked Proxy)', (v) => rules.deletionBarsEligibility(v as never), () => [revokedProxy()]),
  call("childClauses('10.8', null)", (id, options) => rules.childClauses(id as never, options as never), () => ['10.8', null]),
  ...(['IsoDateSchema', 'InstantSchema', 'DayInputSchema'] as const).flatMap((name) => [
    call(`${name}.safeParse(null)`, (v) => rules[name].safeParse(v), () => [null]),
    call(`safeParseInput(${name}, null)`, (v) => rules.safeParseInput(rules[name], v), () => [null]),
    call(`parseOrThrow(${name}, null)`, (v) => rules.parseOrThrow(rules[name], v), () => [null]),
  ]),
  ...(['isoDateSchema', 'instantSchema', 'dayInputSchema'] as const).map((name) => call(`${name}(null)`, (o) => rules[name](o as never), () => [null])),
  ...ODD.map(([label, make]) => call(`isValidCorporateNumber(${label})`, (v) => rules.isValidCorporateNumber(v as never), () => [make()])),
  ...ERROR_CLASSES.flatMap(([name, ErrorClass, arity]) =>
    ODD.flatMap(([label, make]) =>
      Array.from({ length: arity }, (_, position) =>
        call(
          `new ${name}(…) with ${label} as argument ${position}`,
          (...args) => {
            const error = new ErrorClass(...(args as never[]));
            return [String((error as Error).message), JSON.stringify((error as { toJSON: () => unknown }).toJSON())];
          },
          () => {
            const args: unknown[] = Array.from({ length: arity }, () => 'x');
            if (name === 'ValidationError' || name === 'InvalidSnapshotError') args[name === 'ValidationError' ? 0 : 1] = [];
            if (name === 'IsmapLiuError') args[0] = 'invalid_date';
            args[position] = make();
            return args;
          },
        ),
      ),
    ),
  ),
  call('restoreCase with schemaVersion 2n', (p) => machines.restoreCase(p), () => [{ ...persisted(), schemaVersion: 2n }], refused),
  call('restoreCase with schemaVersion 1n', (p) => machines.restoreCase(p), () => [{ ...persisted(), schemaVersion: 1n }], refused),
  call('control: a snapshot with a recomputed digest restores', (p) => machines.restoreCase(p, { verify: 'digest' }), () => [tampered(() => undefined)], (o) =>
    o.kind === 'returned' ? [] : ['the digest recomputation of these tests is wrong: an untouched snapshot was refused'],
  ),
  ...(
    [
      ['clock.ms: -1e308', (p) => void (clock(p)['ms'] = -1e308)],
      ['clock.ms: 1e308', (p) => void (clock(p)['ms'] = 1e308)],
      ['clock.ms: 0.5', (p) => void (clock(p)['ms'] = 0.5)],
      ['clock.ms: 2**53', (p) => void (clock(p)['ms'] = 2 ** 53)],
      ['applied: -1', (p) => void (p['applied'] = -1)],
      ['applied: 1e308', (p) => void (p['applied'] = 1e308)],
      ['applied: 2.5', (p) => void (p['applied'] = 2.5)],
      ['context.round: -1e308', (p) => void ((firstProcess(p)['context'] as Record<string, unknown>)['round'] = -1e308)],
      ['context.inquiries: 1e308', (p) => void ((firstProcess(p)['context'] as Record<string, unknown>)['inquiries'] = 1e308)],
    ] satisfies [string, (p: Record<string, unknown>) => void][]
  ).map(([label, edit]) => call(`restoreCase refuses a snapshot with ${label}`, (p) => machines.restoreCase(p, { verify: 'digest' }), () => [tampered(edit)], refused)),
  call('restoreCase of a cross-checked snapshot with a BigInt context number', (p) => machines.restoreCase(p), () => [(() => {
    const p = persisted();
    (firstProcess(p)['context'] as Record<string, unknown>)['round'] = 1n;
    return p;
  })()], refused),
  // heavy: nesting, sizes, sparse arrays
  ...(
    [
      ['an array', () => deepArray(5000, 'oso.acceptedPriorApplication')],
      ['an object', () => deepObject(5000, 'oso.acceptedPriorApplication', 'type')],
    ] satisfies [string, () => unknown][]
  ).flatMap(([what, deep]) => [
    call(`parseCaseFile with an event type nested 5,000 deep (${what})`, (f) => machines.parseCaseFile(f), () => [caseWith([{ type: deep(), at: '2024-04-15' }])], boundedAnswer, true),
    call(`evaluateCase with an event type nested 5,000 deep (${what})`, (f) => machines.evaluateCase(f, asOf), () => [caseWith([{ type: deep(), at: '2024-04-15' }])], boundedAnswer, true),
    call(`applyEvent with an event type nested 5,000 deep (${what})`, (s, e) => machines.applyEvent(s as never, e), () => [validState(), { type: deep(), at: '2024-04-15' }], boundedAnswer, true),
    call(`restoreCase with a state value nested 5,000 deep (${what})`, (p) => machines.restoreCase(p), () => [tampered((p) => void (firstProcess(p)['value'] = deep()), true)], refused, true),
    call(`restoreCase (digest) with a state value nested 5,000 deep (${what})`, (p) => machines.restoreCase(p, { verify: 'digest' }), () => [tampered((p) => void (firstProcess(p)['value'] = deep()))], refused, true),
    call(`restoreCase with a context value nested 5,000 deep (${what})`, (p) => machines.restoreCase(p, { verify: 'digest' }), () => [tampered((p) => void ((firstProcess(p)['context'] as Record<string, unknown>)['priorApplication'] = deep()))], refused, true),
  ]),
  call('parseCaseFile on a 214 kB case file returns at most 64 kB of problems', (f) => machines.parseCaseFile(f), () => [bigBadCaseFile()], boundedAnswer, true),
  call('evaluateCase on a 214 kB case file: a bounded typed error', (f) => machines.evaluateCase(f, asOf), () => [bigBadCaseFile()], boundedAnswer, true),
  call('parseCaseFile with 5,000 unknown event types', (f) => machines.parseCaseFile(f), () => [unknownTypes()], boundedAnswer, true),
  call('evaluateCase with 5,000 unknown event types', (f) => machines.evaluateCase(f, asOf), () => [unknownTypes()], boundedAnswer, true),
  call('parseCaseFile with a 10 MB event type does not echo it', (f) => machines.parseCaseFile(f), () => [caseWith([{ type: hugeString(10_000_000, 'applicant.'), at: '2024-04-15' }])], boundedAnswer, true),
  call('evaluateCase with a 10 MB event type does not echo it', (f) => machines.evaluateCase(f, asOf), () => [caseWith([{ type: hugeString(10_000_000, 'applicant.'), at: '2024-04-15' }])], boundedAnswer, true),
  call('applyEvent with a 10 MB event type does not echo it', (s, e) => machines.applyEvent(s as never, e), () => [validState(), { type: hugeString(10_000_000, 'applicant.'), at: '2024-04-15' }], boundedAnswer, true),
  call('formatEvaluation of an evaluation of a case with a 1 MB service name', (e) => machines.formatEvaluation(e as never), () => [bigNameEvaluation()], undefined, true),
  call(
    'deadlines on a sparse array of length 2**32-1 answers within 5 s with the present rows only, or refuses',
    quick(5000, (froms) => rules.deadlines('13.2', froms as never)),
    () => [sparseArray()],
    presentRowsOnly,
    true,
  ),
  call('deadlines on an empty sparse array of length 2**32-1', quick(5000, (froms) => rules.deadlines('13.2', froms as never)), () => [sparseArray(2 ** 32 - 1, undefined, undefined)], presentRowsOnly, true),
];

/** A case file of about 214 kB in which every event has several problems. */
function bigBadCaseFile(): unknown {
  const events: unknown[] = [];
  let size = 0;
  for (let i = 0; size < 214_000; i += 1) {
    const event = { type: 'applicant.submittedPriorApplication', at: `2024-13-${String(i % 90).padStart(2, '0')}`, submitted: 'form-1-1', inJapanese: 'yes', contentsComplete: 1, evaluations: [{ agency: '', date: 'x' }] };
    size += JSON.stringify(event).length + 1;
    events.push(event);
  }
  return caseWith(events);
}

function unknownTypes(): unknown {
  return caseWith(Array.from({ length: 5000 }, (_, i) => ({ type: `applicant.unknownEvent${i}`, at: '2024-04-15' })));
}

function bigNameEvaluation(): unknown {
  const file = validCaseFile();
  file.service.name = hugeString(1_000_000, 'Kintai ');
  try {
    return machines.evaluateCase(file, asOf);
  } catch {
    return validEvaluation();
  }
}

/** A `deadlines` answer whose columns hold the two present rows at most. */
function presentRowsOnly(o: Outcome): string[] {
  if (o.kind !== 'returned') return [];
  const problems: string[] = [];
  for (const [column, rows] of Object.entries(o.value as Record<string, unknown>)) {
    if (!Array.isArray(rows)) continue;
    let present = 0;
    for (const key in rows) if (Object.hasOwn(rows, key) && ++present > 2) break;
    if (present > 2) problems.push(`column ${column} holds more than the 2 present rows`);
  }
  return problems;
}
