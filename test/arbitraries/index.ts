/**
 * Shared fast-check arbitraries mirroring the zod schemas of src/rules/schemas, plus hostile
 * inputs for fuzz tests.
 */
export * from './dates.js';
export * from './domain.js';
export * from './hostile.js';
