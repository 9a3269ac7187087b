/**
 * A zod schema of {@link Evaluation}, the answer of `evaluateCase`, checked against the interface
 * at compile time. It exists to write `schema/evaluation.json` (see `jsonSchemas.ts`) and to test
 * that every golden evaluation has the documented shape; no door imports it, so it is not in the
 * runtime bundle.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { INTERPRETATION_IDS, type InterpretationId } from '../../rules/interpretations/ids.js';
import type { ProvisionKey, SupplementarySource } from '../../rules/provisions/data.js';
import { DayInputSchema, IsoDateSchema } from '../../rules/schemas/index.js';
import { typed } from '../../rules/schemas/_lib/field.js';
import { DeadlineRecordSchema } from '../_lib/contextSchemas.js';
import { EVENT_TYPES, type CaseEventType } from '../events/catalogue.js';
import { ServiceSchema } from '../events/caseFile.js';
import type { EventActor } from '../events/define.js';
import type { Process } from '../process.js';
import type { Evaluation } from './evaluate.js';
import type { Obligation, RefusalCode, TraceStep } from './types.js';

/** A `z.enum` of every member of a string union, each once (the compiler refuses a missing or an extra one). */
const every = <T extends string>(members: { readonly [K in T]: K }) => z.enum(members);
/** An array typed `readonly T[]`, as the interfaces declare (the JSON Schema is that of the array). */
const many = <T extends z.ZodType>(item: T) => z.array(item) as unknown as z.ZodType<readonly z.output<T>[]>;
/** A strict object with an id: the JSON Schema lists it once, in `$defs`, under that id. */
const named = <T extends z.core.$ZodLooseShape>(id: string, description: string, shape: T) => z.strictObject(shape).meta({ id, description });

const PROCESS = every<Process>({ procedure: 'procedure', registration: 'registration', incident: 'incident', change: 'change', monitoring: 'monitoring', reAudit: 'reAudit', appeals: 'appeals' });
const ACTOR = every<Obligation['actor']>({ A: 'A', OSO: 'OSO', SC: 'SC', MIN: 'MIN' });
const EVENT_ACTOR = every<EventActor>({ A: 'A', OSO: 'OSO', SC: 'SC', MIN: 'MIN', assessor: 'assessor', clock: 'clock' });
const EVENT_TYPE = z.enum(EVENT_TYPES as [CaseEventType, ...CaseEventType[]]);
const INTERPRETATION = z.enum(INTERPRETATION_IDS as unknown as [InterpretationId, ...InterpretationId[]]);
const SOURCE = every<SupplementarySource>({ 'Supp. (2022-11-01)': 'Supp. (2022-11-01)', 'Supp. (2023-07-03)': 'Supp. (2023-07-03)', 'Supp. (2023-09-22)': 'Supp. (2023-09-22)', 'Supp. (2023-11-10)': 'Supp. (2023-11-10)' });
const KEY = every<ProvisionKey>({ priorApplicationDate: 'priorApplicationDate', applicationDate: 'applicationDate', requestDate: 'requestDate', assessmentStartDate: 'assessmentStartDate', incidentRecognizedAt: 'incidentRecognizedAt' });
const REFUSAL = every<RefusalCode>({ out_of_order: 'out_of_order', after_as_of: 'after_as_of', unknown_instance: 'unknown_instance', not_allowed: 'not_allowed', guard_failed: 'guard_failed', provision_not_in_force: 'provision_not_in_force', invalid_event: 'invalid_event' });

const strings = many(z.string());
const instance = z.string().nullable();
const index = z.number().int().min(0).nullable();

const CheckFailure = named('CheckFailure', 'Why a check refused: the clause, the reason, and what it relied on.', {
  clause: z.string(),
  reason: z.string(),
  see: strings.exactOptional(),
  interpretations: many(INTERPRETATION).exactOptional(),
  path: z.string().exactOptional(),
});
const GuardResult = named('GuardResult', 'A guard as evaluated for an event: its name (clause first), clauses, outcome and failures.', {
  name: z.string(),
  clauses: strings,
  passed: z.boolean(),
  failures: many(CheckFailure),
});
const TraceStepSchema = typed<TraceStep>()(
  named('TraceStep', 'One transition taken by one machine.', {
    kind: every<TraceStep['kind']>({ event: 'event', expiry: 'expiry', 'follow-up': 'follow-up' }),
    process: PROCESS,
    instance,
    event: z.string(),
    from: strings,
    to: strings,
    label: z.string(),
    clauses: strings,
    forms: strings,
    guards: many(GuardResult),
  }),
);
const StateView = named('StateView', 'An active state of a process, with its label and clauses.', { id: z.string(), label: z.string(), clauses: strings, forms: strings });
const Deadline = DeadlineRecordSchema.meta({ id: 'DeadlineRecord', description: 'A deadline set by an event, with its derivation step by step.' });

const TraceEntry = named('TraceEntry', 'One applied event: what happened, with the guards, deadlines and provisions behind it.', {
  index,
  type: EVENT_TYPE,
  at: DayInputSchema,
  day: IsoDateSchema,
  steps: many(TraceStepSchema),
  deadlines: many(Deadline),
  provisions: many(named('ProvisionNote', 'A provision of the Supplementary Provisions applied to an event, and why.', { provision: z.string(), applies: z.boolean(), because: z.string() })),
});
const Refusal = named('Refusal', 'A refused event: nothing else in the case changed.', {
  index,
  type: z.string(),
  at: z.string(),
  code: REFUSAL,
  message: z.string(),
  clauses: strings,
  process: PROCESS.nullable(),
  instance,
  states: many(StateView),
  guards: many(GuardResult),
});
const ObligationSchema = named('Obligation', 'Something owed as of the as-of instant: by whom, by when, under which clause.', {
  process: PROCESS,
  instance,
  actor: ACTOR,
  act: z.string(),
  forms: strings,
  clause: z.string(),
  lastDay: IsoDateSchema.nullable(),
  lastDayIfExtended: IsoDateSchema.nullable(),
  overdue: z.boolean(),
  kind: every<'hard' | 'target'>({ hard: 'hard', target: 'target' }).nullable(),
  nature: every<Obligation['nature']>({ act: 'act', keep: 'keep', continuing: 'continuing' }),
  consequence: z.string().nullable(),
  countedFrom: IsoDateSchema.nullable(),
  provisional: z.boolean(),
  due: z.string().nullable(),
  since: IsoDateSchema.nullable(),
});
const AllowedEvent = named('AllowedEvent', 'An event that may happen next.', {
  type: EVENT_TYPE,
  label: z.string(),
  actor: EVENT_ACTOR,
  process: z.union([PROCESS, z.literal('clock')]),
  instance,
  clauses: strings,
  forms: strings,
  variant: z.record(z.string(), z.unknown()),
  until: IsoDateSchema.nullable(),
});
const ListEntry = named('ListEntry', 'The ISMAP-LIU Cloud Service List entry (11.5(1)–(13)) with its announcements.', {
  listed: z.boolean(),
  status: every<'registered' | 'suspended' | 'deleted'>({ registered: 'registered', suspended: 'suspended', deleted: 'deleted' }),
  fields: z.strictObject({
    name: z.string().nullable(),
    url: z.string().nullable(),
    operator: z.strictObject({ name: z.string(), address: z.string().nullable() }).nullable(),
    registrationDate: IsoDateSchema.nullable(),
    expirationDate: IsoDateSchema.nullable(),
    statementScope: z.string().nullable(),
    controls: strings.nullable(),
    assessmentPeriod: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).nullable(),
    subsequentEvents: z.string().nullable(),
    improvementPlan: z.boolean().nullable(),
    information75: z.string().nullable(),
    specialNotes: z.string().nullable(),
    governmentUsers: z.number().nullable(),
  }),
  announcements: many(
    z.strictObject({
      kind: every<'suspended' | 're-audit'>({ suspended: 'suspended', 're-audit': 're-audit' }),
      clause: z.string(),
      since: IsoDateSchema.nullable(),
      source: z.string(),
    }),
  ),
  removal: z.strictObject({ ground: z.string(), on: IsoDateSchema }).nullable(),
});
const Provisions = named('ProvisionsInForce', 'The provisions of the Supplementary Provisions that govern the case, and those the facts leave undetermined.', {
  decisions: many(z.strictObject({ provision: z.string(), applies: z.boolean(), because: z.string(), source: SOURCE, sourceClause: z.string(), keyedOn: KEY, keyDate: IsoDateSchema })),
  undetermined: many(z.strictObject({ provision: z.string(), keyedOn: KEY, because: z.string() })),
});

const Basis = typed<Evaluation['basis']>()(
  named('Basis', 'What the answer is computed under: the rules revision, the provisions applied, the calendar and its holiday data, the library release.', {
    rules: z.strictObject({
      title: z.literal('ISMAP-LIU Cloud Service Registration Rules'),
      enacted: z.literal('2022-11-01'),
      revision: z.literal('2023-11-10'),
    }),
    provisions: strings,
    calendar: z.strictObject({
      id: z.literal('official'),
      holidayData: z.strictObject({ officialList: z.string(), lastOfficialYear: z.number().int(), computedWith: z.string() }),
    }) as unknown as z.ZodType<Evaluation['basis']['calendar']>,
    library: z.strictObject({ name: z.literal('ismap-liu'), version: z.string().regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/) }),
  }),
);

/**
 * The answer of `evaluateCase` as a zod schema: every field of {@link Evaluation}, no other. The
 * compiler checks that its output is the interface. Days are real `YYYY-MM-DD` days; `at` fields
 * are as the case file gave them.
 *
 * @example
 * ```ts
 * const caseFile = { service: { name: 'Kintai Cloud' }, events: [{ type: 'oso.acceptedPriorApplication', at: '2024-12-20' }] };
 * EvaluationSchema.safeParse(evaluateCase(caseFile, { asOf: '2025-03-01' })).success; //=> true
 * ```
 * @internal
 */
export const EvaluationSchema = /* @__PURE__ */ typed<Evaluation>()(
  z.strictObject({
    schemaVersion: z.literal(1),
    service: ServiceSchema,
    asOf: z.strictObject({ at: DayInputSchema, day: IsoDateSchema }),
    headline: z.string(),
    processes: many(z.strictObject({ process: PROCESS, instance, states: many(StateView) })),
    obligations: many(ObligationSchema),
    allowed: many(AllowedEvent),
    listEntry: ListEntry.nullable(),
    expiredAtAsOf: many(TraceStepSchema),
    provisions: Provisions,
    applied: z.number().int().min(0),
    trace: many(TraceEntry),
    refused: many(Refusal),
    basis: Basis,
  }),
);
