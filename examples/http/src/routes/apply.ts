/** `POST /apply`: one event applied to a stored case, which is returned to be stored again. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { applyEvent, persistCase, restoreCase, startCase } from 'ismap-liu';
import { jsonBody, libraryIssues } from '../body.js';
import { ApplyRequest, ApplyResponse } from '../schemas.js';
import { BODY_PROBLEMS } from './responses.js';

/** The route's definition: what the OpenAPI document says of it, and what its validator checks. */
export const applyRoute = createRoute({
  method: 'post',
  path: '/apply',
  tags: ['cases'],
  summary: 'Apply one event to a stored case',
  description:
    'Restores `case` (restoreCase, verified by replaying its log unless `verify` is digest) or starts a case for `service`, applies `event` (applyEvent), and returns the case persisted again (persistCase) with the trace entry, or the refusal and the case unchanged. A refusal is an answer (200, ok: false), not an error; a case that is not a valid snapshot is a 400 invalid_snapshot.',
  middleware: [jsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: ApplyRequest } } } },
  responses: {
    200: { description: 'The event applied or refused, and the case to store.', content: { 'application/json': { schema: ApplyResponse } } },
    ...BODY_PROBLEMS,
  },
});

/** Adds `POST /apply` to `app`. */
export function addApply(app: OpenAPIHono): void {
  app.openapi(
    applyRoute,
    (c) => {
      const body = c.req.valid('json');
      const state = body.service === undefined ? restoreCase(body.case, { verify: body.verify ?? 'replay' }) : startCase(body.service);
      const result = applyEvent(state, body.event);
      const { schemaVersion, log } = body.persist ?? {};
      const persisted = persistCase(result.state, { ...(schemaVersion === undefined ? {} : { schemaVersion }), ...(log === undefined ? {} : { log }) });
      return c.json(result.ok ? { ok: true, case: persisted, entry: result.entry } : { ok: false, case: persisted, refusal: result.refusal }, 200);
    },
    libraryIssues(applyRoute),
  );
}
