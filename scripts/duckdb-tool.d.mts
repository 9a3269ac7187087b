/** The pinned version of @duckdb/node-api. */
export const DUCKDB_VERSION: string;
/** The folder whose node_modules holds the pinned @duckdb/node-api, or `null` when it has not been fetched. Never fetches. */
export function duckdbDir(): string | null;
/** The folder of the pinned @duckdb/node-api, fetched first if it is not there; throws when it cannot be. */
export function fetchDuckdb(options?: { log?: (line: string) => void }): string;
