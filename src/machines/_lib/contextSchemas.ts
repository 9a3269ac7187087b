/**
 * Zod schemas of what machine contexts hold in common, used to validate a persisted snapshot
 * before it is restored.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { INTERPRETATION_IDS as IDS, type InterpretationId } from '../../rules/interpretations/ids.js';
import { PERIODS, type Actor, type PeriodClauseId } from '../../rules/periods/index.js';
import type { DeadlineRecord, Deadlines } from './deadlines.js';

const PERIOD_IDS = /* @__PURE__ */ Object.keys(PERIODS) as [PeriodClauseId, ...PeriodClauseId[]];
const INTERPRETATION_IDS = IDS as unknown as [InterpretationId, ...InterpretationId[]];
/** Every {@link Actor}, each once (the compiler refuses a missing or an extra one). */
const ACTORS = { A: 'A', OSO: 'OSO', SC: 'SC', MIN: 'MIN' } as const satisfies { readonly [K in Actor]: K };
/** Every kind of period, each once. */
const KINDS = { hard: 'hard', target: 'target' } as const satisfies { readonly [K in DeadlineRecord['kind']]: K };

/** A day `YYYY-MM-DD` (shape only: the snapshot was written by the library). @internal */
export const Day = /* @__PURE__ */ z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A record persisted before `inPrinciple` existed takes it from its clause's period rule. */
const withInPrinciple = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || Object.hasOwn(value, 'inPrinciple')) return value;
  const clause = (value as { clause?: unknown }).clause;
  return typeof clause === 'string' && Object.hasOwn(PERIODS, clause) ? { ...value, inPrinciple: PERIODS[clause as PeriodClauseId].inPrinciple } : value;
};

/**
 * A {@link DeadlineRecord}: every field of the type, no other (`satisfies`), in the order `due()`
 * writes them.
 *
 * @internal
 */
export const DeadlineRecordSchema: z.ZodType<DeadlineRecord, unknown> = /* @__PURE__ */ z.preprocess(withInPrinciple, z.strictObject({
  clause: z.enum(PERIOD_IDS),
  from: Day,
  startDay: Day,
  lastDay: Day,
  lastDayIfExtended: Day,
  provisional: z.boolean(),
  owedBy: z.enum(ACTORS),
  act: z.string(),
  forms: z.array(z.string()),
  kind: z.enum(KINDS),
  inPrinciple: z.boolean(),
  consequence: z.string().nullable(),
  interpretations: z.array(z.enum(INTERPRETATION_IDS)),
  steps: z.array(z.strictObject({ article: z.string(), text: z.string(), day: Day.exactOptional() })),
} satisfies { readonly [K in keyof DeadlineRecord]-?: z.ZodType }));

/** @internal */
export const DeadlinesSchema: z.ZodType<Deadlines, unknown> = /* @__PURE__ */ z.partialRecord(z.enum(PERIOD_IDS), DeadlineRecordSchema);
