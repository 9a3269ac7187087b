/**
 * The case file: `{ service, events }`, validated with zod (see docs/case-file.md).
 *
 * @module
 */
import * as z from 'zod';
import { describe } from '../../errors.js';
import { safeParseInput, type InputIssue } from '../../rules/schemas/index.js';
import { list, record, text } from '../../rules/schemas/_lib/field.js';
import { EVENT_DEFINITIONS, EVENT_TYPES, type CaseEvent, type CaseEventInput } from './catalogue.js';
import { ListEntryInputSchema } from './fields.js';

/** The words of an event type or a guess at one, each cut to its first five letters. */
function stems(text: string): string[] {
  return text.slice(0, 120).replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 0).map((w) => w.slice(0, 5));
}

let stemIndex: { readonly sizes: readonly number[]; readonly byStem: ReadonlyMap<string, readonly number[]> } | undefined;

function indexStems() {
  const byStem = new Map<string, number[]>();
  const sizes = EVENT_TYPES.map((type, i) => {
    const set = new Set(stems(type));
    for (const stem of set) byStem.set(stem, [...(byStem.get(stem) ?? []), i]);
    return set.size;
  });
  return { sizes, byStem };
}

/**
 * Up to three event types closest to `guess`: most words in common (ignoring case and all but the
 * first five letters of each word), then fewest other words, then the catalogue's order. Cheap
 * enough to run for every unknown type of a large file.
 *
 * @internal
 */
export function nearestEventTypes(guess: string): string[] {
  stemIndex ??= indexStems();
  const scores = new Map<number, number>();
  for (const word of new Set(stems(guess))) for (const i of stemIndex.byStem.get(word) ?? []) scores.set(i, (scores.get(i) ?? 0) + 1);
  const sizes = stemIndex.sizes;
  return [...scores]
    .sort(([a, x], [b, y]) => y - x || (sizes[a] ?? 0) - (sizes[b] ?? 0) || a - b)
    .slice(0, 3)
    .map(([i]) => EVENT_TYPES[i] as string);
}

function unknownTypeMessage(type: unknown): string {
  const near = typeof type === 'string' ? nearestEventTypes(type) : [];
  const hint = near.length === 0 ? 'expected one of the event types listed in docs/case-file.md' : `did you mean ${near.map((t) => JSON.stringify(t)).join(', ')}? (every event type is listed in docs/case-file.md)`;
  return `Unknown event type ${describe(type)}: ${hint}.`;
}

/**
 * One event of a case file: `{ type, at, note?, ...payload }`, the payload depending on `type`
 * (see docs/case-file.md). `at` is a `YYYY-MM-DD` date or an instant with offset. A discriminated
 * union on `type` with a strict schema per type: `z.output<typeof CaseEventSchema>` is
 * {@link CaseEvent}, `z.input<typeof CaseEventSchema>` is {@link CaseEventInput}. Its options are
 * the per-type schemas wrapped in `z.lazy`, so that importing the package does not build them:
 * the first parse builds them all.
 *
 * @example
 * ```ts
 * CaseEventSchema.safeParse({ type: 'time.passed', at: '2025-02-01' }).success; //=> true
 * CaseEventSchema.safeParse({ type: 'time.flew', at: '2025-02-01' }).success; //=> false
 * ```
 */
export const CaseEventSchema: z.ZodType<CaseEvent, CaseEventInput> = /* @__PURE__ */ eventUnion();

/** The schema of a case event: {@link CaseEventSchema} (the engine's name for it). @internal */
export const PARSED_EVENT_SCHEMA: z.ZodType<CaseEvent, CaseEventInput> = CaseEventSchema;

/**
 * The union, over each event type's schema wrapped in `z.lazy`: the union is a real discriminated
 * union (its JSON Schema and its answers are those of the schemas themselves), but an event type's
 * schema is only built when the union first needs it — on the first parse, which builds them all
 * to map `type` to its schema. Importing the package builds none of them.
 */
function eventUnion() {
  return z.discriminatedUnion(
  'type',
  EVENT_DEFINITIONS.map((d) => z.lazy(() => d.schema)) as unknown as [
    (typeof EVENT_DEFINITIONS)[number]['schema'],
    ...(typeof EVENT_DEFINITIONS)[number]['schema'][],
  ],
  {
    error: (iss) => {
      const input = iss.input as { type?: unknown } | undefined;
      if (input === null || typeof input !== 'object') return 'An event must be an object { type, at, ... } (see docs/case-file.md).';
      if (input.type === undefined) return 'The event has no "type": expected one of the event types listed in docs/case-file.md.';
      return unknownTypeMessage(input.type);
    },
  },
  );
}

/**
 * The cloud service a case is about (11.5(1)–(3)).
 *
 * @example
 * ```ts
 * ServiceSchema.parse({ name: 'Kintai Cloud' }).name; //=> 'Kintai Cloud'
 * ```
 */
export const ServiceSchema: z.ZodType<Service> = /* @__PURE__ */ (() => record(
  'the service',
  {
    name: text({ what: 'the name of the cloud service', clause: '11.5(1)' }),
    url: ListEntryInputSchema.shape.url,
    operator: ListEntryInputSchema.shape.operator,
  },
  '11.5',
))();

/** The cloud service of a case (11.5(1)–(3)). */
export interface Service {
  /** 11.5(1): the name of the cloud service. */
  readonly name: string;
  /** 11.5(2): the URL of its website. */
  readonly url?: string | undefined;
  /** 11.5(3): the operator's name and address. */
  readonly operator?: Operator | undefined;
}

/** The operator of a cloud service (11.5(3)). */
export interface Operator {
  /** Its name. */
  readonly name: string;
  /** Its address. */
  readonly address?: string | undefined;
}

/**
 * The fields of the ISMAP-LIU Cloud Service List entry (11.5) that an application
 * (`applicant.submittedApplication`), a registration notice (`oso.registeredService`) or a change
 * notice (`applicant.notifiedListedContentChange`) can give. The fields the library derives itself
 * (registration and expiration dates, the assessment period, the improvement plan) are not among
 * them; see {@link ListEntry} for the entry as listed.
 */
export interface ListEntryInput {
  /** 11.5(1): the name of the cloud service. */
  readonly name?: string | undefined;
  /** 11.5(2): the URL of its website. */
  readonly url?: string | undefined;
  /** 11.5(3): the operator's name and address. */
  readonly operator?: Operator | undefined;
  /** 11.5(6): the scope of the Statement. */
  readonly statementScope?: string | undefined;
  /** 11.5(7): the control measures. */
  readonly controls?: string[] | undefined;
  /** 11.5(9): the subsequent events. */
  readonly subsequentEvents?: string | undefined;
  /** 11.5(11): the information provided under 7.5. */
  readonly information75?: string | undefined;
  /** 11.5(12): the special notes. */
  readonly specialNotes?: string | undefined;
  /** 11.5(13): the number of government institutions using the service. */
  readonly governmentUsers?: number | undefined;
}

/**
 * A case file: the service and its dated events, in time order.
 *
 * @example
 * ```ts
 * CaseFileSchema.safeParse({ service: { name: 'X' }, events: [] }).success; //=> true
 * ```
 */
export const CaseFileSchema: z.ZodType<CaseFile> = /* @__PURE__ */ (() => record('the case file', {
  $schema: z.string().optional(),
  service: ServiceSchema,
  events: list(CaseEventSchema, { what: 'the events' }),
}))();

/** A case file: the service and its dated events (see docs/case-file.md). */
export interface CaseFile {
  /** Optional: the URL of a JSON schema, ignored. */
  readonly $schema?: string | undefined;
  /** The service (11.5(1)–(3)). */
  readonly service: Service;
  /** The dated events, in time order. */
  readonly events: readonly CaseEvent[];
}

/** A valid case file, as {@link parseCaseFile} returns it. */
export interface CaseFileParsed {
  /** Always `true`. */
  readonly ok: true;
  /** The case file. */
  readonly value: CaseFile;
}

/** An invalid case file, as {@link parseCaseFile} returns it. */
export interface CaseFileInvalid {
  /** Always `false`. */
  readonly ok: false;
  /** Every problem, with its JSON path (`$.events[3].at`), message, code and clause. */
  readonly issues: readonly InputIssue[];
}

/** The answer of {@link parseCaseFile}. */
export type CaseFileParse = CaseFileParsed | CaseFileInvalid;

/**
 * Validates a case file without throwing: the file, or every problem with its JSON path
 * (`$.events[3].at`).
 *
 * @param input - anything, typically `JSON.parse` of a file
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`
 * @example
 * ```ts
 * const r = parseCaseFile({ service: { name: 'X' }, events: [{ type: 'time.passed', at: '2024-02-30' }] });
 * r.ok; //=> false
 * r.ok || r.issues[0]?.pathText; //=> '$.events[0].at'
 * ```
 */
export function parseCaseFile(input: unknown): CaseFileParse {
  const result = safeParseInput(CaseFileSchema, input);
  return result.ok ? { ok: true, value: result.value } : result;
}
