/** `GET /calendar/{year}`: the government holidays of a year. */
import { createRoute, type OpenAPIHono } from '@hono/zod-openapi';
import { LAST_OFFICIAL_HOLIDAY_YEAR, calendarBasis, governmentHolidaysBetween } from 'ismap-liu';
import { libraryIssues } from '../body.js';
import { CalendarParams, CalendarResponse } from '../schemas.js';
import { PATH_PROBLEMS } from './responses.js';

/** The route's definition: what the OpenAPI document says of it, and what its validator checks. */
export const calendarRoute = createRoute({
  method: 'get',
  path: '/calendar/{year}',
  tags: ['calendar'],
  summary: "A year's government holidays",
  description:
    'Every day of the year on which government offices are closed (行政機関の休日に関する法律 1(1)): weekends, national, substitute, citizens\' and special-act holidays, and 29 December – 3 January, each with its kinds and its names in Japanese and English. Years after lastOfficialYear are computed from the statutes and provisional. Supported years: 2000–2099.',
  request: { params: CalendarParams },
  responses: {
    200: { description: 'The holidays of the year.', content: { 'application/json': { schema: CalendarResponse } } },
    ...PATH_PROBLEMS,
  },
});

/** Adds `GET /calendar/{year}` to `app`. */
export function addCalendar(app: OpenAPIHono): void {
  app.openapi(
    calendarRoute,
    (c) => {
      const { year } = c.req.valid('param');
      const holidays = governmentHolidaysBetween(`${year}-01-01`, `${year}-12-31`);
      const n = Number(year);
      return c.json({ year: n, lastOfficialYear: LAST_OFFICIAL_HOLIDAY_YEAR, provisional: n > LAST_OFFICIAL_HOLIDAY_YEAR, holidays, basis: { ...calendarBasis() } as { id: 'official' | 'custom'; holidayData: { officialList: string; lastOfficialYear: number; computedWith: string } } }, 200);
    },
    libraryIssues(calendarRoute),
  );
}
