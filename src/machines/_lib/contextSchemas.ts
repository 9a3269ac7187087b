/**
 * Zod schemas of what machine contexts hold in common, used to validate a persisted snapshot
 * before it is restored.
 *
 * @internal
 * @module
 */
import { z } from 'zod';
import { PERIODS, type PeriodClauseId } from '../../rules/periods/index.js';
import type { DeadlineRecord, Deadlines } from './deadlines.js';

const PERIOD_IDS = /* @__PURE__ */ Object.keys(PERIODS) as [PeriodClauseId, ...PeriodClauseId[]];

/** A day `YYYY-MM-DD` (shape only: the snapshot was written by the library). @internal */
export const Day = /* @__PURE__ */ z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A record persisted before `inPrinciple` existed takes it from its clause's period rule. */
const withInPrinciple = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null || Object.hasOwn(value, 'inPrinciple')) return value;
  const clause = (value as { clause?: unknown }).clause;
  return typeof clause === 'string' && Object.hasOwn(PERIODS, clause) ? { ...value, inPrinciple: PERIODS[clause as PeriodClauseId].inPrinciple } : value;
};

/** @internal */
export const DeadlineRecordSchema: z.ZodType<DeadlineRecord, unknown> = /* @__PURE__ */ z.preprocess(withInPrinciple, z.strictObject({
  clause: z.enum(PERIOD_IDS),
  from: Day,
  startDay: Day,
  lastDay: Day,
  lastDayIfExtended: Day,
  provisional: z.boolean(),
  owedBy: z.enum(['A', 'OSO', 'SC', 'MIN']),
  act: z.string(),
  forms: z.array(z.string()),
  kind: z.enum(['hard', 'target']),
  inPrinciple: z.boolean(),
  consequence: z.string().nullable(),
  interpretations: z.array(z.string()),
  steps: z.array(z.strictObject({ article: z.string(), text: z.string(), day: Day.optional() })),
}));

/** @internal */
export const DeadlinesSchema: z.ZodType<Deadlines, unknown> = /* @__PURE__ */ z.partialRecord(z.enum(PERIOD_IDS), DeadlineRecordSchema);
