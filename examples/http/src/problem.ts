/**
 * Errors as `application/problem+json` (RFC 9457). A library error (`isIsmapLiuError`) is a
 * 400 carrying its `toJSON()` fields, its message as `detail`; the HTTP-level problems (404, 405,
 * 413, 415, malformed JSON) have codes of their own. Anything else is a bug: a 500 that says so
 * and shows nothing of the error, which is logged.
 */
import { HTTPException } from 'hono/http-exception';
import { isIsmapLiuError } from 'ismap-liu';

/** The media type of every error response. */
export const PROBLEM_JSON = 'application/problem+json';

const TITLES = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  500: 'Internal Server Error',
} as const;

/** The statuses the service answers errors with. */
export type ProblemStatus = keyof typeof TITLES;

/** The codes of the problems that are not library errors, by status. */
const HTTP_CODES: Readonly<Record<ProblemStatus, string>> = {
  400: 'bad_request',
  404: 'not_found',
  405: 'method_not_allowed',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  500: 'internal_error',
};

/**
 * A problem response: `type` is `about:blank` (the status says what kind of failure it is, and
 * `code` which one), `title` the status's reason phrase.
 */
export function problem(status: ProblemStatus, detail: string, fields: Readonly<Record<string, unknown>> = {}, headers: Readonly<Record<string, string>> = {}): Response {
  const body = { type: 'about:blank', title: TITLES[status], status, detail, code: HTTP_CODES[status], ...withoutHeader(fields) };
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': PROBLEM_JSON, ...headers } });
}

/** `fields` without the members that `problem` sets itself. */
function withoutHeader(fields: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const { type: _type, title: _title, status: _status, detail: _detail, ...rest } = fields;
  return rest;
}

/**
 * `text` cut to `max` characters, with control, C1, line-separator and bidirectional characters
 * shown as `\uXXXX` (as the library shows them in its messages), for echoing what a request sent.
 */
export function visible(text: string, max = 200): string {
  const cut = text.length > max ? `${text.slice(0, max)}…` : text;
  return cut.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** The response for an error thrown while answering (Hono's `onError`). */
export function errorProblem(error: unknown): Response {
  if (isIsmapLiuError(error)) {
    const { message, ...fields } = error.toJSON();
    return problem(400, typeof message === 'string' ? message : error.message, fields);
  }
  if (error instanceof HTTPException && isProblemStatus(error.status) && error.status !== 500) {
    return problem(error.status, error.message || TITLES[error.status]);
  }
  console.error('ismap-liu HTTP service: unexpected error', error);
  return problem(500, 'The service failed to answer this request. This is a bug in the service, not a problem with the request; the error has been logged.');
}

function isProblemStatus(status: number): status is ProblemStatus {
  return Object.prototype.hasOwnProperty.call(TITLES, status);
}
