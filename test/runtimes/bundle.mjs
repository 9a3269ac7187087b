// Bundles test/runtimes/smoke.mjs, as copied into a project where the packed tarball is
// installed, into one classic script (IIFE) for the runtimes that cannot resolve packages
// themselves: edge-runtime's EdgeVM and a browser. `platform: 'browser'` makes esbuild refuse any
// import of a Node built-in, so a Node-only API in the library (or its dependencies) fails here.
import { build } from 'esbuild';
import { join } from 'node:path';

/**
 * Bundles `<project>/smoke.mjs` (ismap-liu, xstate and zod included) into `outfile`.
 *
 * @param {string} project - the temporary project with ismap-liu installed
 * @param {string} outfile - where to write the bundle
 * @returns {Promise<number>} the bundle's size in bytes
 */
export async function bundleSmoke(project, outfile) {
  const result = await build({
    entryPoints: [join(project, 'smoke.mjs')],
    absWorkingDir: project,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    outfile,
    metafile: true,
    logLevel: 'error',
  });
  return Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
}
