/**
 * Never a 500 for bad input: hostile nesting, any JSON body, any date-like `from`, any path
 * after /calendar/; and how the service answers its own failures (a 500 that shows nothing).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { arbDateLikeString } from '../arbitraries/index.js';
import { call, expectProblem as expectProblemIn, issues, openApiValidators, post, PROBLEM_JSON, startService, type Answer, type Service } from './_support/service.js';

let service: Service;
let lib: typeof import('ismap-liu');
let problems: typeof import('../../examples/http/src/problem.js');
let validate: ReturnType<typeof openApiValidators>;

beforeAll(async () => {
  service = await startService();
  lib = await import('ismap-liu');
  problems = await import('../../examples/http/src/problem.js');
  validate = openApiValidators((await call(service, '/openapi.json')).body);
}, 600_000);
afterAll(() => service?.close());

const expectProblem = (answer: Answer, status: number, code: string) => expectProblemIn(validate, answer, status, code);

describe('never a 500 for bad input', () => {
  it('a case file or a stored case nested thousands deep: 400 (the library refuses it before reading it)', async () => {
    const send = (path: string, body: string) => call(service, path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const deep = `${'['.repeat(10_000)}${']'.repeat(10_000)}`;
    const evaluate = await send('/evaluate', `{"caseFile":{"service":{"name":"X"},"events":[{"type":"oso.acceptedPriorApplication","at":"2024-04-24","note":${deep}}]},"asOf":"2025-01-01"}`);
    expectProblem(evaluate, 400, 'validation_failed');
    const nested = `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`;
    const apply = await send('/apply', `{"case":{"schemaVersion":2,"kind":"ismap-liu/case","processes":[{"process":"procedure","id":null,"value":${nested},"context":{}}]},"event":{"type":"oso.acceptedPriorApplication","at":"2024-04-24"}}`);
    expectProblem(apply, 400, 'invalid_snapshot');
  });

  it.each(['/evaluate', '/deadline', '/apply'])('POST %s with any JSON body: 400 problem+json', async (path) => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), async (body) => {
        const answer = await post(service, path, body);
        expect([answer.status, answer.type]).toEqual([400, PROBLEM_JSON]);
      }),
      { numRuns: 60 },
    );
  });

  it('POST /deadline answers as deadline() does, for any date-like `from`: the deadline, or the error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('13.2', '8.2', '10.8', 'BR3.5'), arbDateLikeString, async (clause, from) => {
        const answer = await post(service, '/deadline', { clause, from });
        // The service reads `from` with the library's DayInputSchema first, then calls deadline().
        let expected: { status: number; code?: string; at?: string } = { status: 200 };
        if (!lib.DayInputSchema.safeParse(from).success) expected = { status: 400, code: 'validation_failed', at: '$.from' };
        else {
          try {
            lib.deadline(clause as 'BR3.5', from);
          } catch (error) {
            if (!lib.isIsmapLiuError(error)) throw error;
            expected = { status: 400, code: error.code };
          }
        }
        const got = answer.status === 200 ? { status: 200 } : { status: answer.status, code: answer.body['code'] as string, ...(expected.at === undefined ? {} : { at: issues(answer)[0]?.pathText }) };
        expect(got, from).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('GET /calendar/<anything>: 200, 400 or 404, never 500', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 12 }), async (text) => {
        const answer = await call(service, `/calendar/${encodeURIComponent(text)}`);
        expect([200, 400, 404]).toContain(answer.status);
        if (answer.status !== 200) expect(answer.type).toBe(PROBLEM_JSON);
      }),
      { numRuns: 100 },
    );
  });
});

describe('problem responses', () => {
  it('an unexpected error is a 500 internal_error that shows nothing of it (and is logged)', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      const response = problems.errorProblem(new TypeError('secret detail at /srv/app.js:1'));
      expect([response.status, response.headers.get('content-type')]).toEqual([500, PROBLEM_JSON]);
      const body = (await response.json()) as Record<string, unknown>;
      expect(body).toMatchObject({ type: 'about:blank', title: 'Internal Server Error', status: 500, code: 'internal_error' });
      expect(JSON.stringify(body)).not.toContain('secret');
      expect(log).toHaveBeenCalledOnce();
    } finally {
      log.mockRestore();
    }
  });

  it('the members problem() sets cannot be overridden by the fields', async () => {
    const body = (await problems.problem(404, 'No route.', { type: 'https://evil.example', status: 200, title: 'OK', detail: 'x', extra: 1 }).json()) as Record<string, unknown>;
    expect(body).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No route.', code: 'not_found', extra: 1 });
  });
});
