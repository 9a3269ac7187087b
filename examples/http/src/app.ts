/**
 * The reference HTTP service over `ismap-liu`, as a Hono app that uses only fetch-standard APIs
 * (`Request`, `Response`, streams), so the same app runs on Node (`node.ts`) and in a Worker
 * (`worker.ts`).
 *
 * ```ts
 * const app = createApp();
 * const res = await app.request('/calendar/2025');
 * (await res.json()).holidays[0]; //=> { date: '2025-01-01', kind: 'national', name: '元日', … }
 * ```
 */
import { OpenAPIHono, createRoute, z } from '@hono/zod-openapi';
import { limitBody } from './body.js';
import { openApiDocument, type OpenApiDocument } from './openapi.js';
import { errorProblem, problem, visible } from './problem.js';
import { addApply } from './routes/apply.js';
import { addCalendar } from './routes/calendar.js';
import { addDeadline } from './routes/deadline.js';
import { addEvaluate } from './routes/evaluate.js';

const openApiRoute = createRoute({
  method: 'get',
  path: '/openapi.json',
  tags: ['meta'],
  summary: 'This OpenAPI 3.1 document',
  description: 'The document the package ships as ismap-liu/schema/openapi.json.',
  responses: { 200: { description: 'The OpenAPI document.', content: { 'application/json': { schema: z.looseObject({ openapi: z.string() }) } } } },
});

/** The service: its routes, `/openapi.json`, and problem+json for every error. */
export function createApp(): OpenAPIHono {
  const app = new OpenAPIHono();
  app.use('*', limitBody);
  addEvaluate(app);
  addDeadline(app);
  addApply(app);
  addCalendar(app);
  let document: OpenApiDocument | undefined;
  app.openapi(openApiRoute, (c) => c.json((document ??= openApiDocument(app)), 200));
  app.notFound((c) => notFound(app, c.req.method, c.req.path));
  app.onError((error) => errorProblem(error));
  return app;
}

/** The document of `createApp()`'s routes (as served at `/openapi.json`). */
export function createOpenApiDocument(): OpenApiDocument {
  return openApiDocument(createApp());
}

/** 405 with `Allow` for a known path asked with another method; else 404. */
function notFound(app: OpenAPIHono, method: string, path: string): Response {
  const allowed = app.openAPIRegistry.definitions.flatMap((def) => (def.type === 'route' && templateMatches(def.route.path, path) ? [def.route.method.toUpperCase()] : []));
  if (allowed.length > 0) {
    const allow = [...new Set(allowed.includes('GET') ? [...allowed, 'HEAD'] : allowed)].join(', ');
    return problem(405, `${visible(method, 20)} is not allowed on ${visible(path)}; allowed: ${allow}.`, {}, { allow });
  }
  return problem(404, `No route "${visible(path)}". The routes are listed in /openapi.json.`);
}

/** Whether `path` matches an OpenAPI path template (`/calendar/{year}`). */
function templateMatches(template: string, path: string): boolean {
  const t = template.split('/');
  const p = path.split('/');
  return t.length === p.length && t.every((part, i) => (part.startsWith('{') && part.endsWith('}') ? p[i] !== '' : part === p[i]));
}
