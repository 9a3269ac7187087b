/**
 * Bad requests get `application/problem+json`, never a 500: a library error is a 400 with the
 * typed error's fields (code, refused value, expected form, clause, issues with JSON paths); a
 * body that is not JSON, not declared as JSON or too large, an unknown route and a wrong method
 * have problems of their own. The OpenAPI document refuses the same bad values as the service.
 * (robustness.test.ts: never a 500, whatever the request.)
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, expectProblem as expectProblemIn, issues, openApiValidators, post, startService, type Answer, type Service } from './_support/service.js';

let service: Service;
let lib: typeof import('ismap-liu');
let problems: typeof import('../../examples/http/src/problem.js');
let validate: ReturnType<typeof openApiValidators>;
let body: typeof import('../../examples/http/src/body.js');

const MAX_BODY_BYTES = 16 * 1024 * 1024;

beforeAll(async () => {
  service = await startService();
  lib = await import('ismap-liu');
  problems = await import('../../examples/http/src/problem.js');
  body = await import('../../examples/http/src/body.js');
  validate = openApiValidators((await call(service, '/openapi.json')).body);
}, 600_000);
afterAll(() => service?.close());

const expectProblem = (answer: Answer, status: number, code: string) => expectProblemIn(validate, answer, status, code);

/** A POST that sends only its headers (Content-Length `length`, no body), and the answer. */
function headersOnly(path: string, length: number): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${service.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(length) } }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        req.destroy();
        const headers = new Headers(Object.entries(res.headers).flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : [])));
        resolve({ status: res.statusCode ?? 0, type: headers.get('content-type'), headers, body: JSON.parse(text) as Record<string, unknown> });
      });
    });
    req.on('error', reject);
    req.flushHeaders();
  });
}


describe('library errors: 400 problem+json with the typed error', () => {
  it('a day that does not exist (2024-02-30): validation_failed, the issue at $.from', async () => {
    const request = { clause: '13.2', from: '2024-02-30' };
    const answer = await post(service, '/deadline', request);
    expectProblem(answer, 400, 'validation_failed');
    expect(answer.body).toMatchObject({ name: 'ValidationError', title: 'Bad Request' });
    expect(issues(answer).map((i) => [i.pathText, i.code])).toEqual([['$.from', 'no_such_day']]);
    expect(issues(answer)[0]?.message).toContain('2024-02 has 29 days');
    expect(validate.request('post', '/deadline', request).valid).toBe(false);
  });

  it('an instant without an offset: missing_offset, citing interpretation I8', async () => {
    const request = { caseFile: { service: { name: 'X' }, events: [] }, asOf: '2025-01-04T10:00' };
    const answer = await post(service, '/evaluate', request);
    expectProblem(answer, 400, 'validation_failed');
    expect(issues(answer).map((i) => [i.pathText, i.code, i.interpretation])).toEqual([['$.asOf', 'missing_offset', 'I8']]);
    expect(validate.request('post', '/evaluate', request).valid).toBe(false);
  });

  it('an unknown clause: validation_failed, the message lists the clauses that set a deadline', async () => {
    const request = { clause: '99.9', from: '2024-12-27' };
    const answer = await post(service, '/deadline', request);
    expectProblem(answer, 400, 'validation_failed');
    expect(issues(answer).map((i) => i.pathText)).toEqual(['$.clause']);
    expect(issues(answer)[0]?.message).toMatch(/"13\.2".*"BR3\.5".*"99\.9"/s);
    expect(validate.request('post', '/deadline', request).valid).toBe(false);
  });

  it('a bad event in a case file: the issue at its JSON path inside the body', async () => {
    const answer = await post(service, '/evaluate', { caseFile: { service: { name: 'X' }, events: [{ type: 'oso.acceptedPriorApplication', at: '2024-13-01' }] }, asOf: '2025-01-01' });
    expectProblem(answer, 400, 'validation_failed');
    expect(issues(answer).map((i) => i.pathText)).toEqual(['$.caseFile.events[0].at']);
  });

  it('13.2 counted from before 2024-01-04: provision_not_in_force, with the value and the clause', async () => {
    const answer = await post(service, '/deadline', { clause: '13.2', from: '2023-12-01' });
    expectProblem(answer, 400, 'provision_not_in_force');
    expect(answer.body).toMatchObject({ name: 'ProvisionNotInForceError', clause: expect.any(String) });
    expect(answer.body).not.toHaveProperty('message'); // the message is the detail
    let thrown: unknown;
    try {
      lib.deadline('13.2', '2023-12-01');
    } catch (error) {
      thrown = error;
    }
    const { message, ...fields } = (thrown as InstanceType<typeof lib.IsmapLiuError>).toJSON();
    expect(answer.body).toEqual(JSON.parse(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: message, ...fields })));
  });

  it('a year outside 2000–2099: date_out_of_range, citing 行政機関の休日に関する法律 1', async () => {
    const answer = await call(service, '/calendar/1999');
    expectProblem(answer, 400, 'date_out_of_range');
    expect(answer.body).toMatchObject({ value: '1999-01-01', clause: '行政機関の休日に関する法律 1' });
  });

  it('a year that is not four digits: validation_failed at $.year', async () => {
    const answer = await call(service, '/calendar/20x5');
    expectProblem(answer, 400, 'validation_failed');
    expect(issues(answer).map((i) => [i.pathText, i.message])).toEqual([['$.year', 'Expected a year of four digits (2000–2099), but it is "20x5".']]);
  });

  it('a stored case that was edited: invalid_snapshot', async () => {
    const started = await post(service, '/apply', { service: { name: 'X' }, event: { type: 'oso.acceptedPriorApplication', at: '2024-04-24' } });
    const edited = { ...(started.body['case'] as object), applied: 5 };
    const answer = await post(service, '/apply', { case: edited, event: { type: 'min.judgedEligibility', at: '2024-05-20', eligible: true } });
    expectProblem(answer, 400, 'invalid_snapshot');
  });

  it('both `case` and `service`, or neither: validation_failed', async () => {
    const event = { type: 'oso.acceptedPriorApplication', at: '2024-04-24' };
    for (const body of [{ event }, { event, service: { name: 'X' }, case: {} }]) {
      const answer = await post(service, '/apply', body);
      expectProblem(answer, 400, 'validation_failed');
      expect(issues(answer)[0]?.message).toContain('either `case`');
    }
  });
});

describe('HTTP-level problems', () => {
  it('a body that is not JSON: 400 malformed_json', async () => {
    const answer = await call(service, '/deadline', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"clause": "13.2",' });
    expectProblem(answer, 400, 'malformed_json');
  });

  it('echoes what the request sent with control and bidirectional characters made visible', async () => {
    const answer = await call(service, '/deadline', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"clause": \u202e13.2\u0007}' });
    expectProblem(answer, 400, 'malformed_json');
    const detail = answer.body['detail'] as string;
    expect([detail.includes('\u0007'), detail.includes('\u202e')]).toEqual([false, false]);
    expect(detail).toContain('\\u202e');
    expect(problems.visible('a\u202eb\n\u0085', 10)).toBe('a\\u202eb\\u000a\\u0085');
    expect(problems.visible('x'.repeat(5), 3)).toBe('xxx…');
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['a form', 'application/x-www-form-urlencoded'],
    ['JSON in Latin-1', 'application/json; charset=iso-8859-1'],
  ])('a body declared as %s: 415 unsupported_media_type, with Accept-Post', async (_what, type) => {
    const answer = await call(service, '/deadline', { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ clause: '13.2', from: '2024-12-27' }) });
    expectProblem(answer, 415, 'unsupported_media_type');
    expect(answer.headers.get('accept-post')).toBe('application/json');
  });

  it('accepts application/json with charset=utf-8 and application/<x>+json', async () => {
    for (const type of ['application/json; charset=UTF-8', 'application/vnd.example+json']) {
      const answer = await call(service, '/deadline', { method: 'POST', headers: { 'content-type': type }, body: JSON.stringify({ clause: '13.2', from: '2024-12-27' }) });
      expect(answer.status, type).toBe(200);
    }
  });

  it('a body without a Content-Type: 415', async () => {
    const answer = await call(service, '/evaluate', { method: 'POST', body: new Uint8Array([123, 125]) });
    expectProblem(answer, 415, 'unsupported_media_type');
  });

  it('a body of 16 MiB is read; one byte more is a 413 payload_too_large, with or without Content-Length', async () => {
    expect(body.MAX_BODY_BYTES).toBe(MAX_BODY_BYTES);
    const head = '{"clause":"13.2","from":"2024-12-27","pad":"';
    const full = `${head}${'x'.repeat(MAX_BODY_BYTES - head.length - 2)}"}`;
    expect(full.length).toBe(MAX_BODY_BYTES);
    const read = await call(service, '/deadline', { method: 'POST', headers: { 'content-type': 'application/json' }, body: full });
    expectProblem(read, 400, 'validation_failed'); // read and parsed: `pad` is not a field
    expect(issues(read)[0]?.code).toBe('unrecognized_keys');
    // Content-Length says one byte too many: refused before a byte of the body is read.
    expectProblem(await headersOnly('/deadline', MAX_BODY_BYTES + 1), 413, 'payload_too_large');
    // No Content-Length (chunked): refused at the byte that passes the bound.
    const over = `${full} `;
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        const bytes = new TextEncoder().encode(over);
        for (let i = 0; i < bytes.length; i += 1 << 20) controller.enqueue(bytes.subarray(i, i + (1 << 20)));
        controller.close();
      },
    });
    const init = { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit;
    expectProblem(await call(service, '/deadline', init), 413, 'payload_too_large');
  }, 60_000);

  it('an unknown route: 404 not_found', async () => {
    expectProblem(await call(service, '/deadlines'), 404, 'not_found');
    expectProblem(await call(service, '/calendar/2025/01'), 404, 'not_found');
  });

  it('a known route with another method: 405 method_not_allowed, with Allow', async () => {
    const get = await call(service, '/evaluate');
    expectProblem(get, 405, 'method_not_allowed');
    expect(get.headers.get('allow')).toBe('POST');
    const del = await call(service, '/calendar/2025', { method: 'DELETE' });
    expectProblem(del, 405, 'method_not_allowed');
    expect(del.headers.get('allow')).toBe('GET, HEAD');
    const head = await call(service, '/calendar/2025', { method: 'HEAD' });
    expect([head.status, head.type, head.body]).toEqual([200, 'application/json', null]);
  });
});
