/**
 * The package's name and version, as its answers record them (`basis.library`).
 *
 * Kept equal to package.json by `scripts/sync-version.mjs` (run by `npm version`) and checked in
 * tests; written here rather than read at run time, because the library reads no files.
 *
 * @internal
 * @module
 */

/** The package and its version. @internal */
export const LIBRARY: { readonly name: 'ismap-liu'; readonly version: string } = Object.freeze({ name: 'ismap-liu', version: '0.1.0' });
