/** `POST /deadline`: `deadline(clause, from, { calendar, recognizedAt })`. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { createCalendar, deadline } from 'ismap-liu';
import { jsonBody, libraryIssues } from '../body.js';
import { DeadlineRequest, DeadlineResponse } from '../schemas.js';
import { BODY_PROBLEMS } from './responses.js';

/** The route's definition: what the OpenAPI document says of it, and what its validator checks. */
export const deadlineRoute = createRoute({
  method: 'post',
  path: '/deadline',
  tags: ['rules'],
  summary: 'The deadline a clause sets, counted from an event',
  description:
    'The strict last day and the last day if extended past a government holiday, who owes what, the consequence of missing it, and the computation step by step (民法 140–143). A date is a day in Japan; an instant must carry an offset.',
  middleware: [jsonBody] as const,
  request: { body: { required: true, content: { 'application/json': { schema: DeadlineRequest } } } },
  responses: {
    200: { description: 'The deadline.', content: { 'application/json': { schema: DeadlineResponse } } },
    ...BODY_PROBLEMS,
  },
});

/** Adds `POST /deadline` to `app`. */
export function addDeadline(app: OpenAPIHono): void {
  app.openapi(
    deadlineRoute,
    (c) => {
      const { clause, from, recognizedAt, calendar } = c.req.valid('json');
      const options = {
        ...(calendar === undefined ? {} : { calendar: createCalendar(calendar) }),
        ...(recognizedAt === undefined ? {} : { recognizedAt }),
      };
      return c.json(deadline(clause, from, options), 200);
    },
    libraryIssues(deadlineRoute),
  );
}
