/**
 * Reading a request: the size bound, the JSON body, and the library's issues for a body or a
 * parameter that does not match its schema.
 */
import type { Context, MiddlewareHandler, Next } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { parseOrThrow } from 'ismap-liu';
import type { z } from '@hono/zod-openapi';
import { problem, visible } from './problem.js';

/** The largest request body read: 16 MiB, as the CLI reads at most 16 MiB of a file. */
export const MAX_BODY_BYTES = 16 * 1024 * 1024;

/** Refuses a body larger than {@link MAX_BODY_BYTES} with 413, before reading it. */
export const limitBody: MiddlewareHandler = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => problem(413, `The request body is larger than ${MAX_BODY_BYTES} bytes (16 MiB); no case file comes near it.`),
});

/** `application/json` or `application/<something>+json`, with parameters. */
const JSON_TYPE = /^application\/(?:[a-z0-9!#$&^_.-]+\+)?json[ \t]*(?:;|$)/i;
const CHARSET = /;[ \t]*charset[ \t]*=[ \t]*"?([^";]*)"?/i;

/**
 * Refuses a body that is not declared as JSON in UTF-8 (415) or is not JSON (400
 * `malformed_json`); the parsed body is then cached for the route's validator.
 */
export const jsonBody: MiddlewareHandler = async (c: Context, next: Next) => {
  const type = c.req.header('content-type');
  const charset = type === undefined ? undefined : CHARSET.exec(type)?.[1]?.trim().toLowerCase();
  if (type === undefined || !JSON_TYPE.test(type) || (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')) {
    const given = type === undefined ? 'no Content-Type' : `Content-Type "${visible(type, 100)}"`;
    return problem(415, `The request body must be JSON in UTF-8 (Content-Type: application/json); the request has ${given}.`, {}, { 'accept-post': 'application/json' });
  }
  try {
    await c.req.json();
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    return problem(400, `The request body is not JSON: ${visible(error.message)}`, { code: 'malformed_json' });
  }
  await next();
};

/** What the validation result of `@hono/zod-openapi` gives a hook. */
interface Validated {
  readonly success: boolean;
  readonly data?: unknown;
  readonly target: string;
}

/** The schemas of a route's request, as `createRoute` takes them. */
interface RequestSchemas {
  readonly request?: {
    readonly params?: z.ZodType;
    readonly body?: { readonly content: { readonly [type: string]: { readonly schema?: unknown } | undefined } };
  };
}

/**
 * A hook for `app.openapi(route, handler, hook)`: when a body or a parameter does not match its
 * schema, it is read again with the library's `parseOrThrow`, whose `ValidationError` (every
 * problem with its JSON path, expected form and clause, within the library's input limits)
 * becomes a 400 problem.
 */
export function libraryIssues(route: RequestSchemas) {
  return (result: Validated): undefined => {
    if (result.success) return undefined;
    const target = result.target === 'json' ? 'the request body' : 'the path parameters';
    const schema = result.target === 'json' ? route.request?.body?.content['application/json']?.schema : route.request?.params;
    parseOrThrow(schema as z.ZodType, result.data, target);
    // zod refused what the same schema accepted through the library: not the request's fault.
    throw new Error(`${target} was refused by its schema but accepted by parseOrThrow`);
  };
}
