/**
 * The request and response schemas of the service, in zod, from which `@hono/zod-openapi`
 * writes the OpenAPI document.
 *
 * Where the library has a schema, it is the library's: a request is validated by the library's
 * own `CaseFileSchema`, `CaseEventSchema`, `ServiceSchema` and `DayInputSchema` (with their
 * messages and clauses). The answers the library documents as JSON Schema (`Evaluation`, a
 * persisted case, and the `TraceEntry` and `Refusal` inside them) are `shipped(...)`
 * placeholders: `openapi.ts` puts the package's own `ismap-liu/schema/*.json` in their place.
 */
import { z } from '@hono/zod-openapi';
import {
  CaseEventSchema,
  CaseFileSchema,
  DayInputSchema,
  IsoDateSchema,
  PERIODS,
  ServiceSchema,
  type PeriodClauseId,
} from 'ismap-liu';

/** The components that are the package's JSON Schemas (documents, or `$defs` of a document). */
export type ShippedName = 'CaseFile' | 'CaseEvent' | 'PersistedCase' | 'Evaluation' | 'TraceEntry' | 'Refusal';

/**
 * A JSON object described by a component that `openapi.ts` fills from the package's JSON
 * Schemas. Only its being an object is checked here: the library reads the rest
 * (`restoreCase` a persisted case).
 */
export const shipped = (name: ShippedName) =>
  z
    .custom<unknown>((value) => typeof value === 'object' && value !== null && !Array.isArray(value), {
      error: `Expected a JSON object (${name}).`,
    })
    .openapi(name, { type: 'object' });

// ---------------------------------------------------------------------------------------------
// Requests

/** `POST /evaluate`. */
export const EvaluateRequest = z
  .strictObject({
    caseFile: CaseFileSchema.openapi('CaseFile'),
    asOf: DayInputSchema,
    basis: z
      .record(z.string(), z.unknown())
      .optional()
      .openapi({
        description:
          'A pinned basis: the `basis` of a stored answer, or part of it. The evaluation is refused (400 basis_mismatch) unless it is computed under the same rules revision, holiday data and calendar, by a compatible release, under the same provisions.',
      }),
  })
  .openapi('EvaluateRequest', { description: 'A case file and the instant to evaluate it at, as evaluateCase(caseFile, { asOf, basis }) takes them.' });

const PERIOD_CLAUSES = Object.keys(PERIODS) as [PeriodClauseId, ...PeriodClauseId[]];

/** `POST /deadline`. */
export const DeadlineRequest = z
  .strictObject({
    clause: z.enum(PERIOD_CLAUSES).openapi({ description: 'A clause of the rules that sets a period (the keys of PERIODS).', examples: ['13.2'] }),
    from: DayInputSchema,
    recognizedAt: DayInputSchema.optional().openapi({ description: 'For 18.2(6): when the incident was recognized.' }),
    calendar: z
      .strictObject({
        addHolidays: z.array(IsoDateSchema).optional(),
        removeHolidays: z.array(IsoDateSchema).optional(),
      })
      .optional()
      .openapi({ description: 'Changes to the official calendar (createCalendar): days added as holidays, official holidays removed.' }),
  })
  .openapi('DeadlineRequest', { description: 'deadline(clause, from, { calendar, recognizedAt }).' });

/** `POST /apply`: a persisted case (or a service, to start one) and one event. */
export const ApplyRequest = z
  .strictObject({
    case: shipped('PersistedCase').optional(),
    service: ServiceSchema.optional(),
    event: CaseEventSchema.openapi('CaseEvent'),
    verify: z.enum(['replay', 'digest']).optional().openapi({ description: "How restoreCase verifies `case` (default 'replay')." }),
    persist: z
      .strictObject({ schemaVersion: z.union([z.literal(1), z.literal(2)]).optional(), log: z.boolean().optional() })
      .optional()
      .openapi({ description: 'Options of persistCase for the case returned (default: schema version 2 with its log).' }),
  })
  .refine((body) => (body.case === undefined) !== (body.service === undefined), {
    message: 'Give either `case` (a persisted case) or `service` (to start a new case), not both.',
  })
  .openapi('ApplyRequest', { description: 'applyEvent(restoreCase(case) or startCase(service), event), persisted again. Exactly one of `case` and `service`.' });

/** `GET /calendar/{year}`. */
export const CalendarParams = z.strictObject({
  year: z
    .string()
    .regex(/^[0-9]{4}$/, { error: (issue) => `Expected a year of four digits (2000–2099), but it is ${JSON.stringify(String(issue.input).slice(0, 40))}.` })
    .openapi({ param: { name: 'year', in: 'path' }, description: 'A year, 2000–2099.', examples: ['2025'] }),
});

// ---------------------------------------------------------------------------------------------
// Responses

/** The answer of `POST /apply`. */
export const ApplyResponse = z
  .union([
    z.strictObject({ ok: z.literal(true), case: shipped('PersistedCase'), entry: shipped('TraceEntry') }),
    z.strictObject({ ok: z.literal(false), case: shipped('PersistedCase'), refusal: shipped('Refusal') }),
  ])
  .openapi('ApplyResponse', { description: 'The event applied (`entry`) or refused (`refusal`, the case unchanged), and the case to store.' });

const ACTOR = z.enum(['A', 'OSO', 'SC', 'MIN']);
const CalendarInfo = z.union([
  z.strictObject({ id: z.literal('official') }),
  z.strictObject({ id: z.literal('custom'), addHolidays: z.array(IsoDateSchema).readonly(), removeHolidays: z.array(IsoDateSchema).readonly() }),
]);

/** The answer of `POST /deadline`: `deadline()`'s result. Other fields may be added. */
export const DeadlineResponse = z
  .object({
    clause: z.string(),
    title: z.string(),
    countedFrom: z.string(),
    period: z.string(),
    from: IsoDateSchema,
    fromMidnight: z.boolean(),
    startDay: IsoDateSchema,
    lastDay: IsoDateSchema,
    lastDayIfExtended: IsoDateSchema,
    expiresAt: z.string(),
    provisional: z.boolean(),
    owedBy: ACTOR,
    act: z.string(),
    forms: z.array(z.string()).readonly(),
    kind: z.enum(['hard', 'target']),
    inPrinciple: z.boolean(),
    consequence: z.string().nullable(),
    steps: z.array(z.strictObject({ article: z.string(), text: z.string(), day: IsoDateSchema.optional() })).readonly(),
    interpretations: z.array(z.string()).readonly(),
    calendar: CalendarInfo,
  })
  .openapi('Deadline', { description: 'A deadline of the rules with who owes what, the steps of the computation and the interpretations relied on.' });

const HOLIDAY_KIND = z.enum(['weekend', 'national', 'substitute', 'citizens', 'special-act', 'year-end', 'custom']);

/** One government holiday, as `governmentHolidaysBetween` lists it. */
export const Holiday = z
  .strictObject({
    date: IsoDateSchema,
    kind: HOLIDAY_KIND,
    kinds: z.array(HOLIDAY_KIND).readonly(),
    name: z.string().optional(),
    names: z.strictObject({ ja: z.string(), en: z.string() }),
    provisional: z.boolean(),
  })
  .openapi('GovernmentHoliday');

/** The answer of `GET /calendar/{year}`. */
export const CalendarResponse = z
  .strictObject({
    year: z.number().int(),
    lastOfficialYear: z.number().int().openapi({ description: 'The last year of the official list; later years are computed from the statutes.' }),
    provisional: z.boolean().openapi({ description: 'The year is after lastOfficialYear.' }),
    holidays: z.array(Holiday),
    basis: z
      .looseObject({
        id: z.enum(['official', 'custom']),
        holidayData: z.strictObject({ officialList: z.string(), lastOfficialYear: z.number().int(), computedWith: z.string() }),
      })
      .openapi({ description: 'What the answer is computed under: the calendar and its holiday data (see the Stamped answers guide).' }),
  })
  .openapi('CalendarYear', { description: 'Every government holiday of the year (行政機関の休日に関する法律 1(1)), in date order.' });

/** An error, as `application/problem+json` (RFC 9457). */
export const Problem = z
  .looseObject({
    type: z.string().openapi({ description: '`about:blank`: the status says what kind of failure; `code` says which.' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string().openapi({
      description:
        'The library error code (invalid_date, date_out_of_range, invalid_argument, validation_failed, provision_not_in_force, invalid_snapshot, …) or one of not_found, method_not_allowed, unsupported_media_type, malformed_json, payload_too_large, internal_error.',
    }),
    name: z.string().optional().openapi({ description: 'The library error class.' }),
    value: z.unknown().optional(),
    expected: z.string().optional(),
    clause: z.string().optional(),
    issues: z.array(z.looseObject({ path: z.array(z.union([z.string(), z.number()])), pathText: z.string(), message: z.string(), code: z.string() })).optional(),
  })
  .openapi('Problem', { description: 'An error (RFC 9457): the fields of the library error (its toJSON(), the message as `detail`), or an HTTP-level problem.' });
