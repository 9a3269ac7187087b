/**
 * Makes sure dist/cli.js is built from the current sources; throws when the build fails or
 * another build holds the lock for more than ten minutes.
 */
export function ensureBuilt(): void;
