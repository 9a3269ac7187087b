/** `POST /evaluate`: `evaluateCase(caseFile, { asOf, basis })`. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { evaluateCase, type BasisPin } from 'ismap-liu';
import { jsonBody, libraryIssues } from '../body.js';
import { EvaluateRequest, shipped } from '../schemas.js';
import { BODY_PROBLEMS } from './responses.js';

/** The route's definition: what the OpenAPI document says of it, and what its validator checks. */
export const evaluateRoute = createRoute({
  method: 'post',
  path: '/evaluate',
  tags: ['cases'],
  summary: 'Evaluate a case file as of an instant',
  description:
    'Where the case stands as of `asOf`, what is owed by whom and by when, what may happen next, and why: the Evaluation of evaluateCase, with the `basis` it is computed under. Events the rules refuse are listed in `refused`, not errors.',
  middleware: [jsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: EvaluateRequest } } } },
  responses: {
    200: { description: 'The evaluation.', content: { 'application/json': { schema: shipped('Evaluation') } } },
    ...BODY_PROBLEMS,
  },
});

/** Adds `POST /evaluate` to `app`. */
export function addEvaluate(app: OpenAPIHono): void {
  app.openapi(
    evaluateRoute,
    (c) => {
      const { caseFile, asOf, basis } = c.req.valid('json');
      // The library reads the pinned basis itself (a ValidationError for one it cannot read).
      return c.json(evaluateCase(caseFile, { asOf, ...(basis === undefined ? {} : { basis: basis as BasisPin }) }), 200);
    },
    libraryIssues(evaluateRoute),
  );
}
