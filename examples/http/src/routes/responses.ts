/** The error responses the routes document (the bodies are `Problem`s; see `../problem.ts`). */
import { Problem } from '../schemas.js';

const content = { 'application/problem+json': { schema: Problem } };

/** The 400 of a route that reads a JSON body, and its 413 and 415. */
export const BODY_PROBLEMS = {
  400: {
    description: 'A library error (code, refused value, expected form, clause; a body that does not match its schema is a validation_failed with every issue and its JSON path), or a body that is not JSON (malformed_json).',
    content,
  },
  413: { description: 'The body is larger than 16 MiB (payload_too_large).', content },
  415: { description: 'The body is not declared as JSON in UTF-8 (unsupported_media_type).', content },
} as const;

/** The 400 of a route that reads only its path. */
export const PATH_PROBLEMS = {
  400: { description: 'A library error: a parameter that does not match its schema (validation_failed), or a value out of range.', content },
} as const;
