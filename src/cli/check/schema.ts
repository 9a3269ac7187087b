/**
 * The conformance fixture format (docs/guides/conformance.md): a case file or the path of one,
 * an as-of, and what the evaluation must say. Strict objects throughout, so that a misspelt key
 * is a problem with its JSON path rather than an expectation silently left unchecked.
 *
 * @module
 */
import * as z from 'zod';
import { CaseFileSchema, EVENT_TYPES, type Obligation, type Process, type RefusalCode } from '../../machines/index.js';
import { DayInputSchema, IsoDateSchema } from '../../rules/schemas/index.js';
import { quote } from '../../_lib/text.js';

/** A `z.enum` of every member of a string union, each once (the compiler refuses a missing or an extra one). */
const every = <T extends string>(members: { readonly [K in T]: K }) => z.enum(members);

const PROCESS = every<Process>({ procedure: 'procedure', registration: 'registration', incident: 'incident', change: 'change', monitoring: 'monitoring', reAudit: 'reAudit', appeals: 'appeals' });
const ACTOR = every<Obligation['actor']>({ A: 'A', OSO: 'OSO', SC: 'SC', MIN: 'MIN' });
const REFUSAL_CODE = every<RefusalCode>({ out_of_order: 'out_of_order', after_as_of: 'after_as_of', unknown_instance: 'unknown_instance', not_allowed: 'not_allowed', guard_failed: 'guard_failed', provision_not_in_force: 'provision_not_in_force', invalid_event: 'invalid_event' });
const KNOWN_TYPES: ReadonlySet<string> = new Set(EVENT_TYPES);

/** An event type of the catalogue: a misspelt one would never match, so it is refused. */
const EVENT_TYPE = z
  .string()
  .refine((type) => KNOWN_TYPES.has(type), {
    error: (issue) => `Unknown event type ${typeof issue.input === 'string' ? quote(issue.input) : String(issue.input)}: expected an event type of the case file format (docs/case-file.md), e.g. "time.passed".`,
  })
  .meta({ enum: [...EVENT_TYPES] });
const ID = z.string().min(1, { error: 'Expected a non-empty string.' });
const INSTANCE = ID.nullable();
const DAY = IsoDateSchema.nullable();
const MATCH = z.enum(['exact', 'contains']);
/** Free text for the reader of a fixture (why a value is right); never compared. */
const NOTE = z.string().optional();

/** The state a process (and instance) must be in. */
const ProcessExpectation = z.strictObject({
  process: PROCESS,
  instance: INSTANCE.optional(),
  in: z.array(ID).min(1),
});

/** An obligation, matched by clause and instance (and process, when given); the other fields given are compared. */
const ObligationExpectation = z.strictObject({
  clause: ID,
  instance: INSTANCE.optional(),
  process: PROCESS.optional(),
  owedBy: ACTOR.optional(),
  lastDay: DAY.optional(),
  lastDayIfExtended: DAY.optional(),
  overdue: z.boolean().optional(),
  note: NOTE,
});

/** An event that may (or must not) happen next: a type, or a type with the instance and `until` to match. */
const AllowedExpectation = z.union([EVENT_TYPE, z.strictObject({ type: EVENT_TYPE, instance: INSTANCE.optional(), until: DAY.optional() })]);

/** A refused event of the case file, by its index or its type. */
const RefusedExpectation = z
  .strictObject({ index: z.number().int().min(0).optional(), type: ID.optional(), code: REFUSAL_CODE.optional(), note: NOTE })
  .refine((r) => r.index !== undefined || r.type !== undefined, { error: 'A refused event needs its index or its type (or both).' });

/** A list compared as a whole (`exact`) or row by row (`contains`). */
const rowList = <T extends z.ZodType>(item: T) =>
  z
    .strictObject({ match: MATCH, items: z.array(item) })
    .refine((list) => list.match === 'exact' || list.items.length > 0, { error: 'A "contains" list needs at least one item (an empty one would check nothing).', path: ['items'] });

/** The fields of the ISMAP-LIU Cloud Service List entry to compare (any subset). */
const ListEntryFields = z.strictObject({
  name: z.string().nullable().optional(),
  url: z.string().nullable().optional(),
  operator: z.strictObject({ name: z.string(), address: z.string().nullable() }).nullable().optional(),
  registrationDate: DAY.optional(),
  expirationDate: DAY.optional(),
  statementScope: z.string().nullable().optional(),
  controls: z.array(z.string()).nullable().optional(),
  assessmentPeriod: z.strictObject({ start: IsoDateSchema, end: IsoDateSchema }).nullable().optional(),
  subsequentEvents: z.string().nullable().optional(),
  improvementPlan: z.boolean().nullable().optional(),
  information75: z.string().nullable().optional(),
  specialNotes: z.string().nullable().optional(),
  governmentUsers: z.number().nullable().optional(),
});

/** The list entry: `null` (the service has none), or the parts of it to compare. */
const ListEntryExpectation = z
  .strictObject({
    listed: z.boolean().optional(),
    status: z.enum(['registered', 'suspended', 'deleted']).optional(),
    fields: ListEntryFields.optional(),
    announcements: z.array(z.strictObject({ kind: z.enum(['suspended', 're-audit']), clause: ID.optional(), since: DAY.optional(), source: z.string().optional() })).optional(),
    removal: z.strictObject({ ground: ID, on: IsoDateSchema }).nullable().optional(),
  })
  .nullable();

/** What the evaluation must say. At least one expectation. */
const Expect = z
  .strictObject({
    status: z.strictObject({ headline: z.string().optional(), processes: z.array(ProcessExpectation).min(1).optional() }).optional(),
    obligations: rowList(ObligationExpectation).optional(),
    allowed: z.array(AllowedExpectation).min(1).optional(),
    notAllowed: z.array(AllowedExpectation).min(1).optional(),
    refused: rowList(RefusedExpectation).optional(),
    listEntry: ListEntryExpectation.optional(),
  })
  .refine((e) => Object.values(e).some((v) => v !== undefined) && (e.status === undefined || e.status.headline !== undefined || e.status.processes !== undefined), {
    error: 'Expected at least one expectation (status, obligations, allowed, notAllowed, refused or listEntry): a fixture that expects nothing cannot fail.',
  });

/**
 * One fixture: a name, the case (inline as `caseFile`, or `case`, a path relative to the
 * fixture file), the as-of, and the expectations.
 */
export const FixtureSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: z.string().min(1, { error: 'The fixture needs a name: a non-empty string that says what it shows.' }),
    note: NOTE,
    caseFile: CaseFileSchema.optional(),
    case: ID.optional(),
    asOf: DayInputSchema,
    expect: Expect,
  })
  .refine((f) => (f.caseFile === undefined) !== (f.case === undefined), {
    error: 'Expected exactly one of "caseFile" (the case inline) and "case" (the path of a case file, relative to the fixture file).',
  });

/** A fixture file: one fixture, or a non-empty array of them. */
export const FixturesSchema = z.array(FixtureSchema).min(1, { error: 'Expected one fixture, or an array of at least one: an empty array checks nothing.' });

/** A fixture as read (the `caseFile` as written, not as parsed: the evaluation reads it). */
export type Fixture = Omit<z.output<typeof FixtureSchema>, 'caseFile'> & { readonly caseFile?: unknown };
/** What a fixture expects. */
export type Expectations = Fixture['expect'];
/** An expected obligation row. */
export type ObligationRow = z.output<typeof ObligationExpectation>;
/** An expected allowed event. */
export type AllowedItem = z.output<typeof AllowedExpectation>;
/** An expected refused event. */
export type RefusedRow = z.output<typeof RefusedExpectation>;
/** An expected list entry. */
export type ListEntryExpected = z.output<typeof ListEntryExpectation>;
/** An expected process state. */
export type ProcessExpected = z.output<typeof ProcessExpectation>;
