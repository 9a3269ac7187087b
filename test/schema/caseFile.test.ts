/**
 * The case file, case event and persisted case JSON Schemas with ajv (draft 2020-12): the shipped
 * examples and property-generated cases validate, bad dates are refused by ajv as by the library,
 * and what the library accepts ajv accepts (the JSON Schema is a pre-check; the library's parse
 * is the authority).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { evaluateCase } from '../../src/machines/case/evaluate.js';
import { EvaluationSchema } from '../../src/machines/case/evaluationSchema.js';
import { persistCase } from '../../src/machines/case/persist.js';
import { parseCaseFile } from '../../src/machines/events/caseFile.js';
import { addDays } from '../_support/days.js';
import { arbDateLikeString, arbDayInput } from '../arbitraries/index.js';
import { SERVICE, choices, starts, walk } from '../machines/_support/walk.js';
import { check } from './_support/ajv.js';
import { BAD_DATES, isRangeEdgeInstant } from './_support/dates.js';

const EXAMPLES = fileURLToPath(new URL('../../examples/', import.meta.url));
const FILES = readdirSync(EXAMPLES).filter((f) => f.endsWith('.json')).sort();
const read = (file: string) => JSON.parse(readFileSync(`${EXAMPLES}${file}`, 'utf8')) as { service: unknown; events: Record<string, unknown>[] };
const json = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const RUNS = { numRuns: Number(process.env['FC_RUNS'] ?? 25) };

describe('the case file JSON Schema', () => {
  it('has the shipped examples to check', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(4);
  });

  it.each(FILES)('examples/%s validates, and so does each of its events', (file) => {
    const caseFile = read(file);
    expect(parseCaseFile(caseFile).ok).toBe(true);
    expect(check('case-file', caseFile)).toEqual({ valid: true, errors: [] });
    for (const event of caseFile.events) expect(check('case-event', event), JSON.stringify(event)).toEqual({ valid: true, errors: [] });
  });

  it.each(BAD_DATES)('an event at %j is refused by ajv and by the library', (at) => {
    const caseFile = read('kintai-cloud-registration.json');
    caseFile.events[0] = { ...caseFile.events[0], at };
    expect(parseCaseFile(caseFile).ok).toBe(false);
    expect(check('case-file', caseFile).valid).toBe(false);
    expect(check('case-event', caseFile.events[0]).valid).toBe(false);
  });

  it('refuses what is not a case file: an unknown event type, an unknown key, a missing service', () => {
    const caseFile = read('kintai-cloud-registration.json');
    expect(check('case-file', { ...caseFile, events: [{ type: 'time.flew', at: '2025-02-01' }] }).valid).toBe(false);
    expect(check('case-file', { ...caseFile, extra: 1 }).valid).toBe(false);
    expect(check('case-file', { events: [] }).valid).toBe(false);
    expect(check('case-event', { type: 'time.passed', at: '2025-02-01', extra: 1 }).valid).toBe(false);
  });

  test.prop([choices(25), starts], RUNS)('generated cases: the case file, its persisted case (versions 2 and 1) and its evaluation validate', (list, start) => {
    const { state, events } = walk(list, undefined, start);
    const caseFile = { service: SERVICE, events };
    expect(parseCaseFile(caseFile).ok).toBe(true);
    expect(check('case-file', caseFile)).toEqual({ valid: true, errors: [] });
    expect(check('persisted-case', json(persistCase(state)))).toEqual({ valid: true, errors: [] });
    expect(check('persisted-case', json(persistCase(state, { schemaVersion: 1 })))).toEqual({ valid: true, errors: [] });
    const evaluation = json(evaluateCase(caseFile, { asOf: addDays(String(events.at(-1)?.['at']).slice(0, 10), 30) }));
    expect(check('evaluation', evaluation)).toEqual({ valid: true, errors: [] });
    expect(EvaluationSchema.safeParse(evaluation).success).toBe(true);
  }, 60_000);

  const examples = FILES.map(read);
  const arbValue = fc.oneof(arbDateLikeString, arbDayInput(), fc.jsonValue({ maxDepth: 2 }), fc.constantFrom('', ' ', 'INC-1', 'form-2-4', true, false, null, 0, -1, 1.5, [], {}));
  test.prop([fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), fc.boolean(), arbValue], { numRuns: 1000 })(
    'what the library accepts, ajv accepts: an event with one field changed',
    (fileIndex, eventIndex, newKey, existing, value) => {
      const events = examples[fileIndex % examples.length]?.events ?? [];
      const event = events[eventIndex % events.length] ?? {};
      const keys = Object.keys(event);
      const key = existing ? (keys[eventIndex % keys.length] ?? 'at') : newKey;
      if (typeof value === 'string' && isRangeEdgeInstant(value)) return;
      const changed = { ...event, [key]: value };
      const caseFile = { service: SERVICE, events: [changed] };
      if (parseCaseFile(caseFile).ok) expect(check('case-file', caseFile)).toEqual({ valid: true, errors: [] });
    },
  );
});
